import type { Knex } from 'knex';
import { addDays } from '../../kit/dates.ts';
import type { AgencyScope } from '../../kit/loaders.ts';
import { type Keyset, keysetPagesByParent, type PageArgs } from '../../kit/pagination.ts';
import type { Category, Status } from './domain.ts';

/** A petitions row as the API reads it (never the petitioner's personal data). */
export interface PetitionRow extends Record<string, unknown> {
  id: string;
  tracking_code: string;
  title: string;
  content: string;
  category: Category;
  kind: string;
  channel: string;
  petitioner_type: string;
  status: Status;
  receiving_agency_id: string;
  handling_agency_id: string;
  procedure_code: string | null;
  received_at: Date;
  due_date: string;
  answered_at: Date | null;
  published_at: Date | null;
  answer: string | null;
  /** received_at as fixed-width UTC ISO text with microseconds: the inbox cursor round-trips exactly. */
  received_key: string;
}

export type { AgencyScope } from '../../kit/loaders.ts';

export interface PetitionFilter {
  status?: readonly Status[] | null;
  category?: readonly Category[] | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
}

export const PUBLIC_COLUMNS = [
  'petitions.id',
  'petitions.tracking_code',
  'petitions.title',
  'petitions.content',
  'petitions.category',
  'petitions.kind',
  'petitions.channel',
  'petitions.petitioner_type',
  'petitions.status',
  'petitions.receiving_agency_id',
  'petitions.handling_agency_id',
  'petitions.procedure_code',
  'petitions.received_at',
  'petitions.due_date',
  'petitions.answered_at',
  'petitions.published_at',
  'petitions.answer',
];

const RECEIVED_KEY = `to_char(petitions.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as received_key`;

/** Newest first; ties on the instant broken by id. */
export const INBOX_ORDER: Keyset = {
  name: 'agency-petitions',
  keys: [
    { column: 'petitions.received_at', field: 'received_key', type: 'string' },
    { column: 'petitions.id', field: 'id', type: 'string' },
  ],
  direction: 'desc',
};

/** The first instant of a Vietnam day (UTC+7), as a timestamptz literal. */
export const vietnamDayStart = (day: string) => `${day}T00:00:00+07:00`;

/** SQL: the instant a due date ends (midnight after it, Vietnam time). */
const DUE_END = `(((petitions.due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC')`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function selectPublic(knex: Knex): Knex.QueryBuilder {
  return knex('petitions').select([...PUBLIC_COLUMNS, knex.raw(RECEIVED_KEY)]);
}

export async function petitionsByIds(knex: Knex, ids: readonly string[]): Promise<PetitionRow[]> {
  // A malformed id can name no petition; filtering it here keeps the uuid cast from failing the batch.
  const valid = ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());
  if (!valid.length) return [];
  return selectPublic(knex).whereIn('petitions.id', valid);
}

export async function petitionByTrackingCode(knex: Knex, code: string): Promise<PetitionRow | undefined> {
  return selectPublic(knex).where('petitions.tracking_code', code).first();
}

/** Unnests the scopes into (root_id, unit_id) pairs joined to the petitions their units handle. */
function joinScopes(query: Knex.QueryBuilder, scopes: readonly AgencyScope[]): Knex.QueryBuilder {
  const roots: string[] = [];
  const units: string[] = [];
  for (const scope of scopes) {
    for (const unit of new Set(scope.unitIds)) {
      roots.push(scope.id);
      units.push(unit);
    }
  }
  return query.joinRaw(
    'join unnest(?::text[], ?::text[]) as scope(root_id, unit_id) on scope.unit_id = petitions.handling_agency_id',
    [roots, units],
  );
}

function applyFilter(query: Knex.QueryBuilder, filter: PetitionFilter): Knex.QueryBuilder {
  if (filter.status?.length) query.whereIn('petitions.status', filter.status as Status[]);
  if (filter.category?.length) query.whereIn('petitions.category', filter.category as Category[]);
  if (filter.receivedFrom) query.where('petitions.received_at', '>=', vietnamDayStart(filter.receivedFrom));
  if (filter.receivedTo)
    query.where('petitions.received_at', '<', vietnamDayStart(addDays(filter.receivedTo, 1)));
  return query;
}

/** One inbox page per agency, for many agencies in one statement. */
export function inboxPages(
  knex: Knex,
  scopes: readonly AgencyScope[],
  filter: PetitionFilter,
  page: PageArgs,
): Promise<Map<string, PetitionRow[]>> {
  const base = applyFilter(joinScopes(selectPublic(knex).select('scope.root_id'), scopes), filter);
  return keysetPagesByParent<PetitionRow>(
    knex,
    base,
    'scope.root_id',
    'root_id',
    scopes.map((scope) => scope.id),
    INBOX_ORDER,
    page,
  );
}

/** The inbox totals of many agencies in one statement. */
export async function inboxCounts(
  knex: Knex,
  scopes: readonly AgencyScope[],
  filter: PetitionFilter,
): Promise<Map<string, number>> {
  const query = applyFilter(joinScopes(knex('petitions').select('scope.root_id'), scopes), filter)
    .count({ n: '*' })
    .groupBy('scope.root_id');
  const rows = (await query) as { root_id: string; n: number }[];
  return new Map(rows.map((row) => [row.root_id, Number(row.n)]));
}

export interface PetitionStats {
  received: number;
  answered: number;
  answeredOnTime: number;
  rejected: number;
  overdue: number;
  inProgress: number;
  onTimeRate: number | null;
}

export const emptyStats = (): PetitionStats => ({
  received: 0,
  answered: 0,
  answeredOnTime: 0,
  rejected: 0,
  overdue: 0,
  inProgress: 0,
  onTimeRate: null,
});

/**
 * The scorecard of many agencies in ONE statement, straight from SQL: each scope counts the petitions its
 * units handle, received in [from, to] (Vietnam days); `today` (Vietnam) decides what is overdue.
 * Definitions are in the SDL (PetitionStats). Also the lead's direct-SQL cross-check of the API figures.
 */
export async function petitionStatsForAgencies(
  knex: Knex,
  scopes: readonly AgencyScope[],
  from: string,
  to: string,
  today: string,
): Promise<Map<string, PetitionStats>> {
  const open = `petitions.answered_at is null and petitions.status <> 'REJECTED'`;
  const query = joinScopes(
    knex('petitions').select(
      'scope.root_id',
      knex.raw('count(*) as received'),
      knex.raw('count(*) filter (where petitions.answered_at is not null) as answered'),
      knex.raw(`count(*) filter (where petitions.answered_at < ${DUE_END}) as answered_on_time`),
      knex.raw(`count(*) filter (where petitions.status = 'REJECTED') as rejected`),
      knex.raw(
        `count(*) filter (where (${open} and petitions.due_date < ?::date) or petitions.answered_at >= ${DUE_END}) as overdue`,
        [today],
      ),
      knex.raw(`count(*) filter (where ${open} and petitions.due_date >= ?::date) as in_progress`, [today]),
    ),
    scopes,
  )
    .where('petitions.received_at', '>=', vietnamDayStart(from))
    .where('petitions.received_at', '<', vietnamDayStart(addDays(to, 1)))
    .groupBy('scope.root_id');
  const rows = (await query) as {
    root_id: string;
    received: number;
    answered: number;
    answered_on_time: number;
    rejected: number;
    overdue: number;
    in_progress: number;
  }[];
  return new Map(
    rows.map((row) => {
      const answered = Number(row.answered);
      const answeredOnTime = Number(row.answered_on_time);
      return [
        row.root_id,
        {
          received: Number(row.received),
          answered,
          answeredOnTime,
          rejected: Number(row.rejected),
          overdue: Number(row.overdue),
          inProgress: Number(row.in_progress),
          onTimeRate: answered > 0 ? answeredOnTime / answered : null,
        },
      ];
    }),
  );
}

/** Petitions naming each procedure, received in the optional [from, to] (Vietnam days), in one statement. */
export async function petitionCountsByProcedure(
  knex: Knex,
  codes: readonly string[],
  from: string | null,
  to: string | null,
): Promise<Map<string, number>> {
  const query = knex('petitions')
    .select('procedure_code')
    .count({ n: '*' })
    .whereIn('procedure_code', codes as string[])
    .groupBy('procedure_code');
  if (from) query.where('received_at', '>=', vietnamDayStart(from));
  if (to) query.where('received_at', '<', vietnamDayStart(addDays(to, 1)));
  const rows = (await query) as { procedure_code: string; n: number }[];
  return new Map(rows.map((row) => [row.procedure_code, Number(row.n)]));
}

export async function hasPetitions(knex: Knex): Promise<boolean> {
  const row = await knex('petitions').first('id');
  return row !== undefined;
}
