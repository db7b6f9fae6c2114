import type { Knex } from 'knex';
import { toDateString } from '../../kit/dates.ts';
import type { Frequency } from './periods.ts';
import type { ScheduleVersion, VersionedRegime } from './regimeSchedule.ts';
import type { RegimeRow } from './regimeStore.ts';

/** A reporting_regime_versions row: what a regime is from a day on, dates as YYYY-MM-DD text. */
export interface VersionRow {
  regime_code: string;
  effective_from: string;
  frequency: Frequency;
  sending_methods: string[];
  deadline_working_days: number;
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export type ChangeKind = 'CREATED' | 'AMENDED' | 'ABOLISHED' | 'MERGED';

/** A reporting_regime_changes row. */
export interface ChangeRow {
  id: number;
  regime_code: string;
  at: Date | string;
  by_subject: string | null;
  by_agency_id: string | null;
  kind: ChangeKind;
  effective_from: string;
  reason: string;
  plan_id: number | null;
  changes: FieldChange[] | string;
}

/** The versions of many regimes in one statement, oldest first. */
export async function versionsOf(knex: Knex, codes: readonly string[]): Promise<VersionRow[]> {
  const rows: VersionRow[] = await knex('reporting_regime_versions')
    .select(
      'regime_code',
      knex.raw('effective_from::text as effective_from'),
      'frequency',
      'sending_methods',
      'deadline_working_days',
    )
    .whereIn('regime_code', codes as string[])
    .orderBy(['regime_code', 'effective_from']);
  return rows.map((row) => ({ ...row, deadline_working_days: Number(row.deadline_working_days) }));
}

/** The history of many regimes in one statement, oldest first. */
export async function changesOf(knex: Knex, codes: readonly string[]): Promise<ChangeRow[]> {
  return knex('reporting_regime_changes')
    .select(
      'id',
      'regime_code',
      'at',
      'by_subject',
      'by_agency_id',
      'kind',
      knex.raw('effective_from::text as effective_from'),
      'reason',
      'plan_id',
      'changes',
    )
    .whereIn('regime_code', codes as string[])
    .orderBy(['regime_code', 'id']);
}

export type NewChange = Omit<ChangeRow, 'id' | 'at' | 'changes'> & { changes: FieldChange[] };

export async function insertChange(knex: Knex, change: NewChange): Promise<void> {
  await knex('reporting_regime_changes').insert({ ...change, changes: JSON.stringify(change.changes) });
}

/** Writes a regime's version from a day: a second change from the same day updates that version. */
export async function putVersion(knex: Knex, version: VersionRow): Promise<void> {
  await knex('reporting_regime_versions')
    .insert(version)
    .onConflict(['regime_code', 'effective_from'])
    .merge(['frequency', 'sending_methods', 'deadline_working_days']);
}

/** A regime row and its versions as the schedule reads them (a regime with no version row: its own fields). */
export function versionedRegime(
  regime: RegimeRow,
  versions: readonly VersionRow[],
): VersionedRegime<ScheduleVersion & { row: VersionRow | null }> {
  const effectiveFrom = toDateString(regime.effective_from) as string;
  return {
    effectiveFrom,
    effectiveTo: toDateString(regime.effective_to),
    versions: versions.length
      ? versions.map((row) => ({
          effectiveFrom: row.effective_from,
          frequency: row.frequency,
          deadline: row.deadline_working_days,
          row,
        }))
      : [
          {
            effectiveFrom,
            frequency: regime.frequency as Frequency,
            deadline: regime.deadline_working_days,
            row: null,
          },
        ],
  };
}
