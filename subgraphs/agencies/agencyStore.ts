import type { Knex } from 'knex';
import type { Keyset, PageArgs } from '../../kit/pagination.ts';
import { keysetPage, keysetPagesByParent } from '../../kit/pagination.ts';
import {
  type MatchedName,
  matchedName,
  namesOnDay,
  whereNameOrCodeMatches,
  withoutControlCharacters,
} from './nameStore.ts';

/**
 * An agencies row. `name` and `short_name` are the latest, or those borne on the day a query asked about
 * (agencyByCode's `on`, a filter's `activeOn`).
 */
export interface AgencyRow extends Record<string, unknown> {
  id: string;
  code: string;
  name: string;
  short_name: string;
  kind: string;
  parent_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  successor_id: string | null;
  /** In a search's answer: the most recent name the search matched; null when only the code did. */
  matched_name?: MatchedName | null;
}

export interface AgencyFilter {
  kind?: string | null;
  parentId?: string | null;
  activeOn?: string | null;
  search?: string | null;
}

export const AGENCY_ORDER: Keyset = {
  name: 'agencies',
  keys: [
    { column: 'code', field: 'code', type: 'string' },
    { column: 'id', field: 'id', type: 'string' },
  ],
  direction: 'asc',
};

const LATEST_NAME_COLUMNS = [
  'id',
  'code',
  'name',
  'short_name',
  'kind',
  'parent_id',
  'valid_from',
  'valid_to',
  'successor_id',
];

/** The columns of an agency, with the names borne on `day` when a day is asked about. */
function columnsOn(knex: Knex, day: string | null | undefined): (string | Knex.Raw)[] {
  if (!day) return LATEST_NAME_COLUMNS;
  const dated = new Set(['name', 'short_name']);
  return [...LATEST_NAME_COLUMNS.filter((column) => !dated.has(column)), ...namesOnDay(knex, day)];
}

function whereActiveOn(query: Knex.QueryBuilder, day: string): void {
  query
    .where((q) => q.whereNull('valid_from').orWhere('valid_from', '<=', day))
    .where((q) => q.whereNull('valid_to').orWhere('valid_to', '>=', day));
}

export async function agenciesByIds(knex: Knex, ids: readonly string[]): Promise<AgencyRow[]> {
  return knex('agencies')
    .select(LATEST_NAME_COLUMNS)
    .whereIn('id', ids as string[]);
}

/** Agencies whose successor is one of `ids`: the predecessors of each. */
export async function predecessorsOf(knex: Knex, ids: readonly string[]): Promise<AgencyRow[]> {
  return knex('agencies')
    .select(LATEST_NAME_COLUMNS)
    .whereIn('successor_id', ids as string[])
    .orderBy('code');
}

export async function agencyByCode(
  knex: Knex,
  kind: string,
  code: string,
  on: string,
): Promise<AgencyRow | undefined> {
  const query = knex('agencies').select(columnsOn(knex, on)).where({ kind, code }).first();
  whereActiveOn(query, on);
  return query;
}

function filtered(knex: Knex, filter: AgencyFilter): Knex.QueryBuilder {
  const query = knex('agencies').select(columnsOn(knex, filter.activeOn));
  if (filter.kind) query.where('kind', filter.kind);
  if (filter.parentId) query.where('parent_id', filter.parentId);
  if (filter.activeOn) whereActiveOn(query, filter.activeOn);
  // A blank search is no search; any other (a NUL byte, only punctuation) is one, that may find nothing.
  if (filter.search?.trim()) {
    const search = withoutControlCharacters(filter.search).trim();
    // Codes match whole, so "91" finds both provinces that held it.
    whereNameOrCodeMatches(query, search);
    query.select(matchedName(knex, search));
  }
  return query;
}

export function listAgencies(knex: Knex, filter: AgencyFilter, page: PageArgs) {
  return keysetPage<AgencyRow>(filtered(knex, filter), AGENCY_ORDER, page);
}

/** The children pages of many parents in one statement. */
export function childrenPages(
  knex: Knex,
  parentIds: readonly string[],
  activeOn: string | null,
  page: PageArgs,
) {
  return keysetPagesByParent<AgencyRow>(
    knex,
    filtered(knex, { activeOn }),
    'parent_id',
    'parent_id',
    parentIds,
    AGENCY_ORDER,
    page,
  );
}

export async function childCounts(knex: Knex, parentIds: readonly string[], activeOn: string | null) {
  const rows = (await filtered(knex, { activeOn })
    .clearSelect()
    .select('parent_id')
    .count({ n: '*' })
    .whereIn('parent_id', parentIds as string[])
    .groupBy('parent_id')) as { parent_id: string; n: number }[];
  return new Map(rows.map((row) => [row.parent_id, Number(row.n)]));
}

/** An agency's closures: with its units and predecessors, its units only, its predecessors only. */
export interface Closures {
  lineage: string[];
  descendants: string[];
  predecessors: string[];
}

const CLOSURE_STEPS: Record<keyof Closures, string> = {
  lineage: 'agencies.parent_id = walk.id or agencies.successor_id = walk.id',
  descendants: 'agencies.parent_id = walk.id',
  predecessors: 'agencies.successor_id = walk.id',
};

/**
 * The three closures of many agencies in ONE statement (each agency is in its own closures): what a
 * statistic's @requires asks for, which would otherwise be three statements.
 */
export async function closuresOf(knex: Knex, ids: readonly string[]): Promise<Map<string, Closures>> {
  const kinds = Object.keys(CLOSURE_STEPS) as (keyof Closures)[];
  const walks = kinds.map(
    (kind) => `${kind}(root_id, id) as (
       select id, id from agencies where id = any(:ids)
       union
       select walk.root_id, agencies.id from ${kind} walk join agencies on ${CLOSURE_STEPS[kind]})`,
  );
  const result = await knex.raw(
    `with recursive ${walks.join(', ')}
     ${kinds
       .map(
         (kind) =>
           `select '${kind}' as kind, root_id, array_agg(id order by id) as ids from ${kind} group by root_id`,
       )
       .join(' union all ')}`,
    { ids: [...ids] },
  );
  const found = new Map<string, Closures>();
  for (const row of result.rows as { kind: keyof Closures; root_id: string; ids: string[] }[]) {
    const closures = found.get(row.root_id) ?? { lineage: [], descendants: [], predecessors: [] };
    closures[row.kind] = row.ids;
    found.set(row.root_id, closures);
  }
  return found;
}

/** For each agency, the agencies above it, nearest first (a department's province, then the Government). */
export async function ancestorIds(knex: Knex, ids: readonly string[]): Promise<Map<string, string[]>> {
  const result = await knex.raw(
    `with recursive up(root_id, id, depth) as (
       select id, parent_id, 1 from agencies where id = any(?::text[]) and parent_id is not null
       union all
       select up.root_id, agencies.parent_id, up.depth + 1
       from up join agencies on agencies.id = up.id
       where agencies.parent_id is not null
     )
     select root_id, array_agg(id order by depth) as ids from up group by root_id`,
    [ids as string[]],
  );
  return new Map((result.rows as { root_id: string; ids: string[] }[]).map((row) => [row.root_id, row.ids]));
}

export async function hasAgencies(knex: Knex): Promise<boolean> {
  const row = await knex('agencies').first('id');
  return row !== undefined;
}
