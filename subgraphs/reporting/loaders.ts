import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { parentLoader, rowLoader } from '../../kit/loaders.ts';
import { reportingClock } from './clock.ts';
import {
  type AgencyComplianceRow,
  type AgencyScope,
  agenciesOwingRegimes,
  type ComplianceCounts,
  complianceByAgencyForRegimes,
  complianceForAgencies,
  complianceForRegimes,
  NO_OBLIGATIONS,
  type Units,
} from './complianceStore.ts';
import {
  type ObligationRow,
  obligationsByIds,
  type SubmissionRow,
  submissionsOf,
} from './obligationStore.ts';
import { type PlanRow, plansByIds, plansOfRegimes } from './planStore.ts';
import type { DateRange } from './ranges.ts';
import { type ChangeRow, changesOf, type VersionRow, versionsOf } from './regimeHistoryStore.ts';
import { type IndicatorRow, indicatorsOf, type RegimeRow, regimesByCodes } from './regimeStore.ts';
import { createReportingUrgingLoaders } from './urgingLoaders.ts';

export type { DateRange } from './ranges.ts';

/** Groups rows by a key, every requested key answered (empty list when it has no row). */
function groupedLoader<K, R>(load: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K) {
  return new DataLoader<K, R[]>(async (keys) => {
    const groups = new Map<K, R[]>();
    for (const row of await load(keys)) {
      const list = groups.get(keyOf(row)) ?? [];
      list.push(row);
      groups.set(keyOf(row), list);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Arguments of a statistic: also the agencies it may count (null: all), part of the batch key. */
export interface ScopedRange extends DateRange {
  units: Units;
}

export interface AgencyPageArgs extends ScopedRange {
  afterAgencyId: string | null;
  limit: number;
}

export function createReportingLoaders(knex: Knex) {
  // One "today" per request, so that every figure of a response is counted against the same day.
  const today = reportingClock.today();
  return {
    today,
    regime: rowLoader(
      (codes: readonly string[]) => regimesByCodes(knex, codes),
      (row: RegimeRow) => row.code,
    ),
    indicators: groupedLoader(
      (codes: readonly string[]) => indicatorsOf(knex, codes),
      (row: IndicatorRow) => row.regime_code,
    ),
    obligation: rowLoader(
      (ids: readonly number[]) => obligationsByIds(knex, ids),
      (row: ObligationRow) => Number(row.id),
    ),
    submissions: groupedLoader(
      (ids: readonly number[]) => submissionsOf(knex, ids),
      (row: SubmissionRow) => Number(row.obligation_id),
    ),
    plans: groupedLoader(
      (codes: readonly string[]) => plansOfRegimes(knex, codes),
      (row: PlanRow) => row.regime_code,
    ),
    plan: rowLoader(
      (ids: readonly number[]) => plansByIds(knex, ids),
      (row: PlanRow) => Number(row.id),
    ),
    versions: groupedLoader(
      (codes: readonly string[]) => versionsOf(knex, codes),
      (row: VersionRow) => row.regime_code,
    ),
    changes: groupedLoader(
      (codes: readonly string[]) => changesOf(knex, codes),
      (row: ChangeRow) => row.regime_code,
    ),
    agencyCompliance: parentLoader<DateRange, ComplianceCounts, AgencyScope>(
      (scopes, { from, to }) => complianceForAgencies(knex, scopes, from, to, today),
      () => NO_OBLIGATIONS,
    ),
    regimeCompliance: parentLoader<ScopedRange, ComplianceCounts>(
      (codes, { from, to, units }) => complianceForRegimes(knex, codes, { from, to, today }, units),
      () => NO_OBLIGATIONS,
    ),
    regimeAgencyCompliance: parentLoader<AgencyPageArgs, AgencyComplianceRow[]>(
      (codes, { from, to, units, afterAgencyId, limit }) =>
        complianceByAgencyForRegimes(knex, codes, { from, to, today }, { afterAgencyId, limit }, units),
      () => [],
    ),
    regimeAgencyCount: parentLoader<ScopedRange, number>(
      (codes, { from, to, units }) => agenciesOwingRegimes(knex, codes, { from, to }, units),
      () => 0,
    ),
    ...createReportingUrgingLoaders(knex),
  };
}

export type ReportingLoaders = ReturnType<typeof createReportingLoaders>;
