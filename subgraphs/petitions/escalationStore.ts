import type { Knex } from 'knex';
import type { Scope } from '../../kit/agencyScope.ts';
import { type AgencyScope, scopePairs } from '../../kit/loaders.ts';
import { type Keyset, keysetPage, type PageArgs } from '../../kit/pagination.ts';
import type { Category } from './domain.ts';
import { ESCALATION_GROUNDS, type EscalationGround, type EscalationState } from './escalationRules.ts';
import { vietnamDayEnd, vietnamDayStart } from './petitionStore.ts';

/** An escalations row as the API reads it. */
export interface EscalationRow extends Record<string, unknown> {
  id: string;
  petition_id: string;
  ground: EscalationGround;
  reason: string;
  escalated_by: string;
  escalated_by_agency_id: string;
  escalated_at: Date;
  state: EscalationState;
  decided_at: Date | null;
  decided_by: string | null;
  assigned_agency_id: string | null;
  answer: string | null;
  /** escalated_at as fixed-width UTC text with microseconds: the queue cursor round-trips exactly. */
  escalated_key: string;
}

const COLUMNS = [
  'e.id',
  'e.ground',
  'e.reason',
  'e.escalated_by',
  'e.escalated_by_agency_id',
  'e.escalated_at',
  'e.state',
  'e.decided_at',
  'e.decided_by',
  'e.assigned_agency_id',
  'e.answer',
];
const PETITION_ID = 'e.petition_id::text as petition_id';
const ESCALATED_KEY = `to_char(e.escalated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as escalated_key`;

const select = (knex: Knex) =>
  knex({ e: 'escalations' }).select([...COLUMNS, knex.raw(PETITION_ID), knex.raw(ESCALATED_KEY)]);

/** The queue's order: oldest first (the Government Office decides in the order reports arrived), then id. */
export const QUEUE_ORDER: Keyset = {
  name: 'escalations',
  keys: [
    { column: 'e.escalated_at', field: 'escalated_key', type: 'string' },
    { column: 'e.id', field: 'id', type: 'string' },
  ],
  direction: 'asc',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const validIds = (ids: readonly string[]) =>
  ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase());

/**
 * The escalations a scope may see: all, or those touching one of its units — the agency that escalated or
 * another agency involved, the agency assigned, or the agency handling the petition now.
 */
function inScope(knex: Knex, query: Knex.QueryBuilder, scope: Scope): Knex.QueryBuilder {
  if (scope.kind === 'all') return query;
  const units = scope.unitIds as string[];
  return query.where((q) =>
    q
      .whereExists(
        knex('escalation_agencies as a')
          .whereRaw('a.escalation_id = e.id')
          .whereRaw('a.agency_id = any(?::text[])', [units]),
      )
      .orWhereRaw('e.assigned_agency_id = any(?::text[])', [units])
      .orWhereExists(
        knex('petitions as p')
          .whereRaw('p.id = e.petition_id')
          .whereRaw('p.handling_agency_id = any(?::text[])', [units]),
      ),
  );
}

export interface EscalationFilter {
  state?: EscalationState | null;
  ground?: EscalationGround | null;
}

/** Query.escalations: one page of the queue, oldest first, with keyset cursors. */
export function escalationQueue(knex: Knex, scope: Scope, filter: EscalationFilter, page: PageArgs) {
  const query = inScope(knex, select(knex), scope);
  if (filter.state) query.where('e.state', filter.state);
  if (filter.ground) query.where('e.ground', filter.ground);
  return keysetPage<EscalationRow>(query, QUEUE_ORDER, page);
}

/** Escalations by id, in a scope. */
export async function escalationsByIds(
  knex: Knex,
  scope: Scope,
  ids: readonly string[],
): Promise<EscalationRow[]> {
  const valid = validIds(ids);
  if (!valid.length) return [];
  return inScope(knex, select(knex).whereIn('e.id', valid), scope);
}

/** Each petition's latest escalation, many petitions in one statement. */
export async function latestEscalations(
  knex: Knex,
  petitionIds: readonly string[],
): Promise<EscalationRow[]> {
  const valid = validIds(petitionIds);
  if (!valid.length) return [];
  return select(knex)
    .distinctOn('e.petition_id')
    .whereIn('e.petition_id', valid)
    .orderBy([
      { column: 'e.petition_id' },
      { column: 'e.escalated_at', order: 'desc' },
      { column: 'e.id', order: 'desc' },
    ]);
}

/** The agencies involved in each escalation, the escalating agency first, many escalations at once. */
export async function agenciesByEscalations(
  knex: Knex,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = (await knex('escalation_agencies')
    .select(knex.raw('escalation_id::text as escalation_id'), 'agency_id')
    .whereIn('escalation_id', validIds(ids))
    .orderBy(['escalation_id', 'position'])) as { escalation_id: string; agency_id: string }[];
  const byEscalation = new Map<string, string[]>();
  for (const row of rows) {
    byEscalation.set(row.escalation_id, [...(byEscalation.get(row.escalation_id) ?? []), row.agency_id]);
  }
  return byEscalation;
}

/** Which history events are escalation steps: the ground, and the state the step put the escalation in. */
export interface EscalationStep {
  event_id: string;
  ground: EscalationGround;
  state: EscalationState;
}

export async function escalationSteps(knex: Knex, eventIds: readonly string[]): Promise<EscalationStep[]> {
  const ids = eventIds.filter((id) => /^\d+$/.test(id));
  if (!ids.length) return [];
  const result = await knex.raw(
    `select escalated_event_id::text as event_id, ground, 'PENDING' as state
       from escalations where escalated_event_id = any(cast(:ids as bigint[]))
     union all
     select decided_event_id::text, ground, state
       from escalations where decided_event_id = any(cast(:ids as bigint[]))`,
    { ids },
  );
  return result.rows as EscalationStep[];
}

export interface EscalationStats {
  escalated: number;
  pending: number;
  assigned: number;
  answered: number;
  byGround: { ground: EscalationGround; count: number }[];
}

/** Query.escalationStats: escalations made on the Vietnam days [from, to], by their state now and ground. */
export async function escalationStats(
  knex: Knex,
  scope: Scope,
  from: string,
  to: string,
): Promise<EscalationStats> {
  const query = inScope(
    knex,
    knex({ e: 'escalations' })
      .select('e.ground', 'e.state')
      .count({ n: '*' })
      .where('e.escalated_at', '>=', vietnamDayStart(from))
      .where('e.escalated_at', '<', vietnamDayEnd(to))
      .groupBy('e.ground', 'e.state'),
    scope,
  );
  const rows = (await query) as { ground: EscalationGround; state: EscalationState; n: string }[];
  const sum = (keep: (row: (typeof rows)[number]) => boolean) =>
    rows.filter(keep).reduce((total, row) => total + Number(row.n), 0);
  return {
    escalated: sum(() => true),
    pending: sum((row) => row.state === 'PENDING'),
    assigned: sum((row) => row.state === 'ASSIGNED'),
    answered: sum((row) => row.state === 'ANSWERED'),
    byGround: ESCALATION_GROUNDS.map((ground) => ({ ground, count: sum((row) => row.ground === ground) })),
  };
}

const IN_PERIOD =
  'p.received_at >= cast(:start as timestamptz) and p.received_at < cast(:end as timestamptz)';
const ESCALATED = 'exists (select 1 from escalations x where x.petition_id = p.id)';

/**
 * PetitionStats.escalated of many agencies in one statement: of the petitions received in [from, to] and
 * handled by each scope's units, those escalated at least once; per category too ("" for all of them).
 */
export async function escalatedForAgencies(
  knex: Knex,
  scopes: readonly AgencyScope[],
  from: string,
  to: string,
): Promise<Map<string, Map<Category | '', number>>> {
  const { roots, units } = scopePairs(scopes);
  const result = await knex.raw(
    `select scope.root_id, p.category, count(*) as n
     from unnest(cast(:roots as text[]), cast(:units as text[])) as scope(root_id, unit_id)
     join petitions p on p.handling_agency_id = scope.unit_id
     where ${IN_PERIOD} and ${ESCALATED}
     group by 1, 2`,
    { roots, units, start: vietnamDayStart(from), end: vietnamDayEnd(to) },
  );
  const byRoot = new Map<string, Map<Category | '', number>>();
  for (const row of result.rows as { root_id: string; category: Category; n: string }[]) {
    const counts = byRoot.get(row.root_id) ?? new Map<Category | '', number>();
    counts.set(row.category, Number(row.n));
    counts.set('', (counts.get('') ?? 0) + Number(row.n));
    byRoot.set(row.root_id, counts);
  }
  return byRoot;
}

/** The same for fields: petitions naming one of each field's procedures, handled by the units (null: all). */
export async function escalatedForFields(
  knex: Knex,
  fields: readonly { id: string; procedureCodes: readonly string[] }[],
  from: string,
  to: string,
  units: readonly string[] | null,
): Promise<Map<string, number>> {
  const pairs = fields.flatMap((field) => [...new Set(field.procedureCodes)].map((code) => [field.id, code]));
  if (!pairs.length) return new Map();
  const result = await knex.raw(
    `select field.root_id, count(*) as n
     from unnest(cast(:fieldCodes as text[]), cast(:codes as text[])) as field(root_id, procedure_code)
     join petitions p on p.procedure_code = field.procedure_code
     where ${IN_PERIOD} and ${ESCALATED}
       and (cast(:units as text[]) is null or p.handling_agency_id = any(cast(:units as text[])))
     group by 1`,
    {
      fieldCodes: pairs.map(([field]) => field),
      codes: pairs.map(([, code]) => code),
      units: units as string[] | null,
      start: vietnamDayStart(from),
      end: vietnamDayEnd(to),
    },
  );
  return new Map(
    (result.rows as { root_id: string; n: string }[]).map((row) => [row.root_id, Number(row.n)]),
  );
}

/** The petition's PENDING escalation, if any, read in a command's transaction. */
export async function pendingEscalationOf(
  trx: Knex.Transaction,
  petitionId: string,
): Promise<string | undefined> {
  const row = (await trx('escalations')
    .where({ petition_id: petitionId, state: 'PENDING' })
    .first(trx.raw('id::text as id'))) as { id: string } | undefined;
  return row?.id;
}
