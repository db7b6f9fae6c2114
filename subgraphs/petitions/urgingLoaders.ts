import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { type AgencyScope, parentLoader, rowLoader } from '../../kit/loaders.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import type { CountedUnits, FieldProcedures } from './petitionStats.ts';
import {
  NO_URGINGS,
  type UrgingFigures,
  urgingFiguresForAgencies,
  urgingFiguresForFields,
} from './urgingStats.ts';
import {
  type UrgingRow,
  urgedPetitionIds,
  urgingCounts,
  urgingPages,
  urgingsByIds,
  urgingsOfPetitions,
} from './urgingStore.ts';

export interface UrgingPageArgs extends PageArgs {
  acknowledged: boolean | null;
}

/** Per request, one statement per kind of read however many parents ask (resolvers check access first). */
export function createUrgingLoaders(knex: Knex) {
  return {
    urging: rowLoader(
      (ids: readonly string[]) => urgingsByIds(knex, ids),
      (row: UrgingRow) => row.id,
    ),
    petitionUrgings: new DataLoader<string, UrgingRow[]>(async (ids) => {
      const byPetition = await urgingsOfPetitions(knex, ids);
      return ids.map((id) => byPetition.get(id.toLowerCase()) ?? []);
    }),
    urgedPetitionIds: new DataLoader<string, string[]>(async (ids) => {
      const byUrging = await urgedPetitionIds(knex, ids);
      return ids.map((id) => byUrging.get(id.toLowerCase()) ?? []);
    }),
    agencyUrgings: parentLoader<UrgingPageArgs, UrgingRow[]>(
      (agencyIds, { acknowledged, ...page }) => urgingPages(knex, agencyIds, acknowledged, page),
      () => [],
    ),
    agencyUrgingCount: parentLoader<{ acknowledged: boolean | null }, number>(
      (agencyIds, { acknowledged }) => urgingCounts(knex, agencyIds, acknowledged),
      () => 0,
    ),
    agencyUrgingFigures: parentLoader<
      { from: string; to: string; units: string; byCategory: boolean },
      Map<string, UrgingFigures>,
      AgencyScope
    >(
      (scopes, { from, to, byCategory }) => urgingFiguresForAgencies(knex, scopes, { from, to }, byCategory),
      () => new Map(),
    ),
    fieldUrgingFigures: parentLoader<
      { from: string; to: string; units: CountedUnits },
      UrgingFigures,
      FieldProcedures
    >(
      (fields, { from, to, units }) => urgingFiguresForFields(knex, fields, { from, to }, units),
      () => NO_URGINGS,
    ),
  };
}

export type UrgingLoaders = ReturnType<typeof createUrgingLoaders>;
