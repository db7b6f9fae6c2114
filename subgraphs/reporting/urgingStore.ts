import type { Knex } from 'knex';
import { type Keyset, keysetPagesByParent, type PageArgs } from '../../kit/pagination.ts';
import type { UrgingTable } from '../../kit/urgingRate.ts';
import { type ObligationRow, obligationSelect, unreported } from './obligationStore.ts';

/** A reporting_urgings row as the API reads it (migration 20261207010000_reporting_urgings). */
export interface ReportingUrgingRow extends Record<string, unknown> {
  id: string;
  agency_id: string;
  urged_by: string;
  urged_by_agency_id: string;
  urged_at: Date;
  message: string;
  /** A Vietnam day, YYYY-MM-DD. */
  expected_by: string;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  /** urged_at as fixed-width UTC ISO text with microseconds: the page cursor round-trips exactly. */
  urged_key: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id can name no row; dropping it keeps the uuid cast from failing the batch. */
export const validUrgingIds = (ids: readonly string[]) =>
  ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());

/** Newest first; ties on the instant broken by id. */
export const REPORTING_URGING_ORDER: Keyset = {
  name: 'agency-reporting-urgings',
  keys: [
    { column: 'u.urged_at', field: 'urged_key', type: 'string' },
    { column: 'u.id', field: 'id', type: 'string' },
  ],
  direction: 'desc',
};

function selectUrgings(knex: Knex): Knex.QueryBuilder {
  return knex({ u: 'reporting_urgings' }).select(
    knex.raw('u.id::text as id'),
    'u.agency_id',
    'u.urged_by',
    'u.urged_by_agency_id',
    'u.urged_at',
    'u.message',
    knex.raw('u.expected_by::text as expected_by'),
    'u.acknowledged_at',
    'u.acknowledged_by',
    knex.raw(`to_char(u.urged_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as urged_key`),
  );
}

export async function reportingUrgingsByIds(
  knex: Knex,
  ids: readonly string[],
): Promise<ReportingUrgingRow[]> {
  const valid = validUrgingIds(ids);
  if (!valid.length) return [];
  return selectUrgings(knex).whereIn('u.id', valid);
}

/** Each obligation's urgings, newest first, for many obligations in one statement. */
export async function urgingsOfObligations(
  knex: Knex,
  obligationIds: readonly number[],
): Promise<Map<number, ReportingUrgingRow[]>> {
  const byObligation = new Map<number, ReportingUrgingRow[]>();
  if (!obligationIds.length) return byObligation;
  const rows = (await selectUrgings(knex)
    .select('uo.obligation_id')
    .join({ uo: 'urged_obligations' }, 'uo.urging_id', 'u.id')
    .whereIn('uo.obligation_id', obligationIds as number[])
    .orderBy([
      { column: 'u.urged_at', order: 'desc' },
      { column: 'u.id', order: 'desc' },
    ])) as (ReportingUrgingRow & { obligation_id: number })[];
  for (const row of rows) {
    const list = byObligation.get(Number(row.obligation_id)) ?? [];
    list.push(row);
    byObligation.set(Number(row.obligation_id), list);
  }
  return byObligation;
}

/** The obligations each urging named, for many urgings in one statement, by obligation id. */
export async function urgedObligations(
  knex: Knex,
  urgingIds: readonly string[],
): Promise<(ObligationRow & { urging_id: string })[]> {
  const valid = validUrgingIds(urgingIds);
  if (!valid.length) return [];
  return obligationSelect(knex)
    .select(knex.raw('uo.urging_id::text as urging_id'))
    .join({ uo: 'urged_obligations' }, 'uo.obligation_id', 'o.id')
    .whereIn('uo.urging_id', valid)
    .orderBy([{ column: 'uo.urging_id' }, { column: 'o.id' }]);
}

const acknowledgedFilter = (query: Knex.QueryBuilder, acknowledged: boolean | null) => {
  if (acknowledged === true) query.whereNotNull('u.acknowledged_at');
  if (acknowledged === false) query.whereNull('u.acknowledged_at');
  return query;
};

/** One page of urgings per agency (addressed to it), newest first, for many agencies in one statement. */
export function reportingUrgingPages(
  knex: Knex,
  agencyIds: readonly string[],
  acknowledged: boolean | null,
  page: PageArgs,
): Promise<Map<string, ReportingUrgingRow[]>> {
  return keysetPagesByParent<ReportingUrgingRow>(
    knex,
    acknowledgedFilter(selectUrgings(knex), acknowledged),
    'u.agency_id',
    'agency_id',
    agencyIds,
    REPORTING_URGING_ORDER,
    page,
  );
}

/** How many urgings each agency has (as reportingUrgingPages filters them), in one statement. */
export async function reportingUrgingCounts(
  knex: Knex,
  agencyIds: readonly string[],
  acknowledged: boolean | null,
): Promise<Map<string, number>> {
  const rows = (await acknowledgedFilter(
    knex({ u: 'reporting_urgings' })
      .select('u.agency_id')
      .count({ n: '*' })
      .whereIn('u.agency_id', agencyIds as string[]),
    acknowledged,
  ).groupBy('u.agency_id')) as { agency_id: string; n: number }[];
  return new Map(rows.map((row) => [row.agency_id, Number(row.n)]));
}

/** A named obligation as the urge command checks it: whose it is and whether it is OVERDUE now. */
export interface UrgeCandidate {
  id: number;
  agency_id: string;
  overdue: boolean;
}

/**
 * The named obligations, locked against a concurrent submission until the urging is stored. Overdue is
 * ReportingObligation.status OVERDUE: no submission at all (obligationStore.ts unreported) and due before
 * today (Vietnam), as overdueReports lists them.
 */
export async function urgeCandidates(
  trx: Knex.Transaction,
  ids: readonly number[],
  today: string,
): Promise<UrgeCandidate[]> {
  if (!ids.length) return [];
  const overdue = unreported(trx, trx({ o: 'reporting_obligations' }).select(trx.raw('1')))
    .whereRaw('o.id = c.id')
    .where('o.due_date', '<', today);
  const rows = (await trx({ c: 'reporting_obligations' })
    .select('c.id', 'c.agency_id', trx.raw('exists (?) as overdue', [overdue]))
    .whereIn('c.id', ids as number[])
    .forShare()) as UrgeCandidate[];
  return rows.map((row) => ({ ...row, id: Number(row.id) }));
}

export interface NewReportingUrging {
  id: string;
  agencyId: string;
  urgedBy: string;
  urgedByAgencyId: string;
  urgedAt: Date;
  message: string;
  expectedBy: string;
}

export async function insertReportingUrging(
  trx: Knex.Transaction,
  urging: NewReportingUrging,
): Promise<void> {
  await trx('reporting_urgings').insert({
    id: urging.id,
    agency_id: urging.agencyId,
    urged_by: urging.urgedBy,
    urged_by_agency_id: urging.urgedByAgencyId,
    urged_at: urging.urgedAt,
    message: urging.message,
    expected_by: urging.expectedBy,
  });
}

export async function linkObligations(
  trx: Knex.Transaction,
  urgingId: string,
  obligationIds: readonly number[],
): Promise<void> {
  await trx.raw(
    'insert into urged_obligations (urging_id, obligation_id) select ?::uuid, unnest(?::bigint[])',
    [urgingId, obligationIds as number[]],
  );
}

/** Links every OVERDUE obligation the agency itself owes, in one statement; answers how many. */
export async function linkOverdueObligations(
  trx: Knex.Transaction,
  urgingId: string,
  agencyId: string,
  today: string,
): Promise<number> {
  const overdue = unreported(
    trx,
    trx({ o: 'reporting_obligations' }).select(trx.raw('?::uuid', [urgingId]), 'o.id'),
  )
    .where('o.agency_id', agencyId)
    .where('o.due_date', '<', today);
  const result = await trx.raw(
    `with linked as (insert into urged_obligations (urging_id, obligation_id) ? returning 1)
     select count(*)::int as n from linked`,
    [overdue],
  );
  return Number(result.rows[0].n);
}

/** Records the acknowledgement unless one is recorded already (then false). */
export async function acknowledgeReportingUrging(
  trx: Knex.Transaction,
  id: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const updated = await trx('reporting_urgings')
    .where('id', id)
    .whereNull('acknowledged_at')
    .update({ acknowledged_at: at, acknowledged_by: by });
  return Number(updated) === 1;
}

/** Where the urging rate limit counts this subgraph's urgings (kit/urgingRate.ts), with its own lock class. */
export const REPORTING_URGINGS: UrgingTable = { table: 'reporting_urgings', lockClass: 2_026_120_721 };
