import type { Knex } from 'knex';
import { type Keyset, keysetPagesByParent, type PageArgs } from '../../kit/pagination.ts';
import type { UrgingTable } from '../../kit/urgingRate.ts';
import { OVERDUE } from './petitionStore.ts';

/** An urgings row as the API reads it (migration 20261207000000_urgings). */
export interface UrgingRow extends Record<string, unknown> {
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
export const validIds = (ids: readonly string[]) =>
  ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());

/**
 * SQL: a petition that is overdue now and still owes its answer: Petition.overdue (petitionStore.ts OVERDUE,
 * `?` for today in Vietnam) and not published, which leaves exactly the statistics' overdueUnpublished (not
 * published, not rejected, due date before today). A petition published late is overdue but owes nothing.
 */
export const OVERDUE_OPEN = `(${OVERDUE} and petitions.published_at is null)`;

/** Newest first; ties on the instant broken by id. */
export const URGING_ORDER: Keyset = {
  name: 'agency-urgings',
  keys: [
    { column: 'urgings.urged_at', field: 'urged_key', type: 'string' },
    { column: 'urgings.id', field: 'id', type: 'string' },
  ],
  direction: 'desc',
};

function selectUrgings(knex: Knex): Knex.QueryBuilder {
  return knex('urgings').select(
    knex.raw('urgings.id::text as id'),
    'urgings.agency_id',
    'urgings.urged_by',
    'urgings.urged_by_agency_id',
    'urgings.urged_at',
    'urgings.message',
    knex.raw('urgings.expected_by::text as expected_by'),
    'urgings.acknowledged_at',
    'urgings.acknowledged_by',
    knex.raw(`to_char(urgings.urged_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as urged_key`),
  );
}

export async function urgingsByIds(knex: Knex, ids: readonly string[]): Promise<UrgingRow[]> {
  const valid = validIds(ids);
  if (!valid.length) return [];
  return selectUrgings(knex).whereIn('urgings.id', valid);
}

/** Each petition's urgings, newest first, for many petitions in one statement. */
export async function urgingsOfPetitions(
  knex: Knex,
  petitionIds: readonly string[],
): Promise<Map<string, UrgingRow[]>> {
  const byPetition = new Map<string, UrgingRow[]>();
  const valid = validIds(petitionIds);
  if (!valid.length) return byPetition;
  const rows = (await selectUrgings(knex)
    .select(knex.raw('up.petition_id::text as petition_id'))
    .join({ up: 'urged_petitions' }, 'up.urging_id', 'urgings.id')
    .whereIn('up.petition_id', valid)
    .orderBy([
      { column: 'urgings.urged_at', order: 'desc' },
      { column: 'urgings.id', order: 'desc' },
    ])) as (UrgingRow & { petition_id: string })[];
  for (const row of rows) {
    const list = byPetition.get(row.petition_id) ?? [];
    list.push(row);
    byPetition.set(row.petition_id, list);
  }
  return byPetition;
}

/** The petitions each urging named, by id, for many urgings in one statement. */
export async function urgedPetitionIds(
  knex: Knex,
  urgingIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byUrging = new Map<string, string[]>();
  const valid = validIds(urgingIds);
  if (!valid.length) return byUrging;
  const rows = (await knex('urged_petitions')
    .select(knex.raw('urging_id::text as urging_id'), knex.raw('petition_id::text as petition_id'))
    .whereIn('urging_id', valid)
    .orderBy(['urging_id', 'petition_id'])) as { urging_id: string; petition_id: string }[];
  for (const row of rows) {
    const list = byUrging.get(row.urging_id) ?? [];
    list.push(row.petition_id);
    byUrging.set(row.urging_id, list);
  }
  return byUrging;
}

const acknowledgedFilter = (query: Knex.QueryBuilder, acknowledged: boolean | null) => {
  if (acknowledged === true) query.whereNotNull('urgings.acknowledged_at');
  if (acknowledged === false) query.whereNull('urgings.acknowledged_at');
  return query;
};

/** One page of urgings per agency (addressed to it), newest first, for many agencies in one statement. */
export function urgingPages(
  knex: Knex,
  agencyIds: readonly string[],
  acknowledged: boolean | null,
  page: PageArgs,
): Promise<Map<string, UrgingRow[]>> {
  return keysetPagesByParent<UrgingRow>(
    knex,
    acknowledgedFilter(selectUrgings(knex), acknowledged),
    'urgings.agency_id',
    'agency_id',
    agencyIds,
    URGING_ORDER,
    page,
  );
}

/** How many urgings each agency has (as urgingPages filters them), in one statement. */
export async function urgingCounts(
  knex: Knex,
  agencyIds: readonly string[],
  acknowledged: boolean | null,
): Promise<Map<string, number>> {
  const rows = (await acknowledgedFilter(
    knex('urgings')
      .select('agency_id')
      .count({ n: '*' })
      .whereIn('agency_id', agencyIds as string[]),
    acknowledged,
  ).groupBy('agency_id')) as { agency_id: string; n: number }[];
  return new Map(rows.map((row) => [row.agency_id, Number(row.n)]));
}

/** A named petition as the urge command checks it: who handles it and whether it is overdue and open. */
export interface UrgeCandidate {
  id: string;
  handling_agency_id: string;
  overdue: boolean;
}

/** The named petitions, locked against a concurrent command until the urging is stored. */
export async function urgeCandidates(
  trx: Knex.Transaction,
  ids: readonly string[],
  today: string,
): Promise<UrgeCandidate[]> {
  const valid = validIds(ids);
  if (!valid.length) return [];
  return trx('petitions')
    .select(
      trx.raw('petitions.id::text as id'),
      'petitions.handling_agency_id',
      trx.raw(`${OVERDUE_OPEN} as overdue`, [today]),
    )
    .whereIn('petitions.id', valid)
    .forShare();
}

export interface NewUrging {
  id: string;
  agencyId: string;
  urgedBy: string;
  urgedByAgencyId: string;
  urgedAt: Date;
  message: string;
  expectedBy: string;
}

export async function insertUrging(trx: Knex.Transaction, urging: NewUrging): Promise<void> {
  await trx('urgings').insert({
    id: urging.id,
    agency_id: urging.agencyId,
    urged_by: urging.urgedBy,
    urged_by_agency_id: urging.urgedByAgencyId,
    urged_at: urging.urgedAt,
    message: urging.message,
    expected_by: urging.expectedBy,
  });
}

/** Links the named petitions to the urging (already checked by urgeCandidates). */
export async function linkPetitions(
  trx: Knex.Transaction,
  urgingId: string,
  petitionIds: readonly string[],
): Promise<void> {
  await trx.raw('insert into urged_petitions (urging_id, petition_id) select ?::uuid, unnest(?::uuid[])', [
    urgingId,
    petitionIds as string[],
  ]);
}

/**
 * Links every petition the agency itself handles that is overdue and open today, in one statement however
 * many there are; answers how many.
 */
export async function linkOverduePetitions(
  trx: Knex.Transaction,
  urgingId: string,
  agencyId: string,
  today: string,
): Promise<number> {
  const result = await trx.raw(
    `with linked as (
       insert into urged_petitions (urging_id, petition_id)
       select ?::uuid, petitions.id from petitions
       where petitions.handling_agency_id = ? and ${OVERDUE_OPEN}
       returning 1)
     select count(*)::int as n from linked`,
    [urgingId, agencyId, today],
  );
  return Number(result.rows[0].n);
}

/** Records the acknowledgement unless one is recorded already (then false). */
export async function acknowledge(trx: Knex.Transaction, id: string, by: string, at: Date): Promise<boolean> {
  const updated = await trx('urgings')
    .where('id', id)
    .whereNull('acknowledged_at')
    .update({ acknowledged_at: at, acknowledged_by: by });
  return Number(updated) === 1;
}

/** Where the urging rate limit counts this subgraph's urgings (kit/urgingRate.ts), with its own lock class. */
export const URGINGS: UrgingTable = { table: 'urgings', lockClass: 2_026_120_720 };
