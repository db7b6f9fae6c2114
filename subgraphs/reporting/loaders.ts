import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { todayInVietnam } from '../../kit/dates.ts';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import {
  type AgencyScope,
  type ComplianceCounts,
  complianceForAgencies,
  complianceForRegimes,
  NO_OBLIGATIONS,
} from './complianceStore.ts';
import { type IndicatorRow, indicatorsOf, type RegimeRow, regimesByCodes } from './regimeStore.ts';

export interface DateRange {
  from: string;
  to: string;
}

type ScopeRequest = AgencyScope & DateRange;

/**
 * Compliance per agency scope. Like the kit's parentLoader (one statement per distinct {from, to}), but each
 * key also carries the unit ids the gateway sent with the entity (@requires), which the statement needs.
 */
function agencyComplianceLoader(knex: Knex, today: string) {
  return new DataLoader<ScopeRequest, ComplianceCounts, string>(
    async (requests) => {
      const groups = new Map<string, { range: DateRange; scopes: Map<string, AgencyScope> }>();
      for (const { id, unitIds, from, to } of requests) {
        const key = `${from}/${to}`;
        const group = groups.get(key) ?? { range: { from, to }, scopes: new Map() };
        group.scopes.set(id, { id, unitIds });
        groups.set(key, group);
      }
      const results = new Map<string, Map<string, ComplianceCounts>>();
      await Promise.all(
        [...groups].map(async ([key, { range, scopes }]) => {
          results.set(
            key,
            await complianceForAgencies(knex, [...scopes.values()], range.from, range.to, today),
          );
        }),
      );
      return requests.map(({ id, from, to }) => results.get(`${from}/${to}`)?.get(id) ?? NO_OBLIGATIONS);
    },
    // The id names the scope: the lineage of one agency is the same in every representation of a request.
    { cacheKeyFn: ({ id, from, to }) => `${id}\u0000${from}\u0000${to}` },
  );
}

export function createReportingLoaders(knex: Knex) {
  // One "today" per request, so that every figure of a response is counted against the same day.
  const today = todayInVietnam();
  return {
    regime: rowLoader(
      (codes: readonly string[]) => regimesByCodes(knex, codes),
      (row: RegimeRow) => row.code,
    ),
    indicators: new DataLoader<string, IndicatorRow[]>(async (codes) => {
      const rows = await indicatorsOf(knex, codes);
      return codes.map((code) => rows.filter((row) => row.regime_code === code));
    }),
    agencyCompliance: agencyComplianceLoader(knex, today),
    regimeCompliance: parentLoader<DateRange, ComplianceCounts>(
      (codes, { from, to }) => complianceForRegimes(knex, codes, from, to, today),
      () => NO_OBLIGATIONS,
    ),
  };
}

export type ReportingLoaders = ReturnType<typeof createReportingLoaders>;
