import type { Knex } from 'knex';
import { type Keyset, keysetPage, type PageArgs } from '../../kit/pagination.ts';

/** A reporting_obligations row, dates as YYYY-MM-DD text (the same on pg and PGlite). */
export interface ObligationRow extends Record<string, unknown> {
  id: number;
  regime_code: string;
  agency_id: string;
  period_label: string;
  period_start: string;
  period_end: string;
  due_date: string;
}

/** A reporting_submissions row with its obligation's regime (values are read per indicator of it). */
export interface SubmissionRow {
  id: number;
  obligation_id: number;
  regime_code: string;
  version: number;
  submitted_at: Date | string;
  late: boolean;
  values: Record<string, unknown> | string;
  submitted_by: string | null;
  submitted_by_agency_id: string | null;
  note: string | null;
}

export const OBLIGATION_COLUMNS = [
  'o.id',
  'o.regime_code',
  'o.agency_id',
  'o.period_label',
  'o.period_start',
  'o.period_end',
  'o.due_date',
];

/** Dates as text, so that comparisons in TypeScript and cursors are plain strings. */
export function obligationSelect(knex: Knex): Knex.QueryBuilder {
  return knex({ o: 'reporting_obligations' }).select(
    'o.id',
    'o.regime_code',
    'o.agency_id',
    'o.period_label',
    knex.raw('o.period_start::text as period_start'),
    knex.raw('o.period_end::text as period_end'),
    knex.raw('o.due_date::text as due_date'),
  );
}

export async function obligationsByIds(knex: Knex, ids: readonly number[]): Promise<ObligationRow[]> {
  return obligationSelect(knex).whereIn('o.id', ids as number[]);
}

export async function findObligation(
  knex: Knex,
  key: { regimeCode: string; agencyId: string; periodLabel: string },
  options: { lock?: boolean } = {},
): Promise<ObligationRow | undefined> {
  const query = obligationSelect(knex)
    .where({
      'o.regime_code': key.regimeCode,
      'o.agency_id': key.agencyId,
      'o.period_label': key.periodLabel,
    })
    .first();
  // Serializes submissions to one obligation: the second waits and then sees the first one's version.
  if (options.lock) query.forUpdate();
  return query;
}

/** Every version of many obligations' reports in one statement, oldest first. */
export async function submissionsOf(knex: Knex, obligationIds: readonly number[]): Promise<SubmissionRow[]> {
  return knex({ s: 'reporting_submissions' })
    .join({ o: 'reporting_obligations' }, 'o.id', 's.obligation_id')
    .select(
      's.id',
      's.obligation_id',
      'o.regime_code',
      's.version',
      's.submitted_at',
      's.late',
      's.values',
      's.submitted_by',
      's.submitted_by_agency_id',
      's.note',
    )
    .whereIn('s.obligation_id', obligationIds as number[])
    .orderBy([
      { column: 's.obligation_id', order: 'asc' },
      { column: 's.version', order: 'asc' },
    ]);
}

export async function latestVersion(knex: Knex, obligationId: number): Promise<number> {
  const row = await knex('reporting_submissions')
    .where('obligation_id', obligationId)
    .max({ v: 'version' })
    .first();
  return Number(row?.v ?? 0);
}

export interface NewSubmission {
  obligationId: number;
  version: number;
  late: boolean;
  values: Record<string, number | string | boolean>;
  submittedBy: string;
  submittedByAgencyId: string;
  note: string | null;
}

export async function insertSubmission(knex: Knex, submission: NewSubmission): Promise<number> {
  const [row] = await knex('reporting_submissions')
    .insert({
      obligation_id: submission.obligationId,
      version: submission.version,
      submitted_at: knex.fn.now(),
      late: submission.late,
      values: JSON.stringify(submission.values),
      submitted_by: submission.submittedBy,
      submitted_by_agency_id: submission.submittedByAgencyId,
      note: submission.note,
    })
    .returning('id');
  return Number((row as { id: number }).id);
}

export interface OverdueFilter {
  /** The agency and its units (ids `<agencyId>.<unit>`). */
  agencyId?: string | null;
  regimeCode?: string | null;
  dueFrom?: string | null;
  dueTo?: string | null;
}

export const OVERDUE_ORDER: Keyset = {
  name: 'overdueReports',
  keys: [
    { column: 'o.due_date', field: 'due_date', type: 'string' },
    { column: 'o.id', field: 'id', type: 'number' },
  ],
  direction: 'asc',
};

/**
 * Obligations past due (due date before `today` in Vietnam) with no submission at all, oldest due first,
 * of the agencies `units` names (null: every agency). A late report that has since arrived is no longer
 * overdue: it shows in compliance as late.
 */
export function overdueObligations(
  knex: Knex,
  filter: OverdueFilter,
  today: string,
  page: PageArgs,
  units: readonly string[] | null,
) {
  const query = unreported(knex, obligationSelect(knex).where('o.due_date', '<', today));
  if (filter.agencyId) {
    const agencyId = filter.agencyId;
    query.where((q) => q.where('o.agency_id', agencyId).orWhere('o.agency_id', 'like', `${agencyId}.%`));
  }
  if (units) query.whereIn('o.agency_id', units as string[]);
  if (filter.regimeCode) query.where('o.regime_code', filter.regimeCode);
  if (filter.dueFrom) query.where('o.due_date', '>=', filter.dueFrom);
  if (filter.dueTo) query.where('o.due_date', '<=', filter.dueTo);
  return keysetPage<ObligationRow>(query, OVERDUE_ORDER, page);
}

/** The obligations of `query` (aliased `o`) with no submission at all. */
export function unreported(knex: Knex, query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query.whereNotExists(
    knex('reporting_submissions as s').select(knex.raw('1')).whereRaw('s.obligation_id = o.id'),
  );
}

/**
 * How many reports are owed and not submitted: `due` (due date today or later, compliance's pending) and
 * `overdue` (due before today: what overdueObligations lists, compliance's missing), every agency.
 */
export async function unreportedCounts(knex: Knex, today: string): Promise<{ due: number; overdue: number }> {
  const row = await unreported(knex, knex({ o: 'reporting_obligations' }))
    .select(
      knex.raw('count(*) filter (where o.due_date >= ?::date)::int as due', [today]),
      knex.raw('count(*) filter (where o.due_date < ?::date)::int as overdue', [today]),
    )
    .first();
  return { due: Number(row?.due ?? 0), overdue: Number(row?.overdue ?? 0) };
}
