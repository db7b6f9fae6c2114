import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import type { ObligationRow } from './obligationStore.ts';
import { NO_URGINGS, type UrgingFigures, type UrgingKey, urgingFigures } from './urgingStats.ts';
import {
  type ReportingUrgingRow,
  reportingUrgingCounts,
  reportingUrgingPages,
  reportingUrgingsByIds,
  urgedObligations,
  urgingsOfObligations,
} from './urgingStore.ts';

export interface UrgingPageArgs extends PageArgs {
  acknowledged: boolean | null;
}

/** Per request, one statement per kind of read however many parents ask (resolvers check access first). */
export function createReportingUrgingLoaders(knex: Knex) {
  return {
    reportingUrging: rowLoader(
      (ids: readonly string[]) => reportingUrgingsByIds(knex, ids),
      (row: ReportingUrgingRow) => row.id,
    ),
    obligationUrgings: new DataLoader<number, ReportingUrgingRow[]>(async (ids) => {
      const byObligation = await urgingsOfObligations(knex, ids);
      return ids.map((id) => byObligation.get(id) ?? []);
    }),
    urgedObligations: new DataLoader<string, ObligationRow[]>(async (ids) => {
      const byUrging = new Map<string, ObligationRow[]>();
      for (const { urging_id, ...row } of await urgedObligations(knex, ids)) {
        byUrging.set(urging_id, [...(byUrging.get(urging_id) ?? []), row as ObligationRow]);
      }
      return ids.map((id) => byUrging.get(id.toLowerCase()) ?? []);
    }),
    agencyReportingUrgings: parentLoader<UrgingPageArgs, ReportingUrgingRow[]>(
      (agencyIds, { acknowledged, ...page }) => reportingUrgingPages(knex, agencyIds, acknowledged, page),
      () => [],
    ),
    agencyReportingUrgingCount: parentLoader<{ acknowledged: boolean | null }, number>(
      (agencyIds, { acknowledged }) => reportingUrgingCounts(knex, agencyIds, acknowledged),
      () => 0,
    ),
    complianceUrgings: parentLoader<{ from: string; to: string }, UrgingFigures, UrgingKey>(
      (keys, range) => urgingFigures(knex, keys, range),
      () => NO_URGINGS,
    ),
  };
}
