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
    agencyCompliance: parentLoader<DateRange, ComplianceCounts, AgencyScope>(
      (scopes, { from, to }) => complianceForAgencies(knex, scopes, from, to, today),
      () => NO_OBLIGATIONS,
    ),
    regimeCompliance: parentLoader<DateRange, ComplianceCounts>(
      (codes, { from, to }) => complianceForRegimes(knex, codes, from, to, today),
      () => NO_OBLIGATIONS,
    ),
  };
}

export type ReportingLoaders = ReturnType<typeof createReportingLoaders>;
