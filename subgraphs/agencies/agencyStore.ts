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

/** Which relations a closure follows from an agency: down to its units, back to the agencies it succeeded. */
export interface Closure {
  units: boolean;
  predecessors: boolean;
}

/**
 * For each agency, itself and every agency reached by following the chosen relations, in one recursive
 * statement. With both, the merged An Giang answers for the old An Giang and Kiên Giang and their units.
 */
export async function closureIds(
  knex: Knex,
  ids: readonly string[],
  closure: Closure,
): Promise<Map<string, string[]>> {
  const steps = [
    ...(closure.units ? ['agencies.parent_id = lineage.id'] : []),
    ...(closure.predecessors ? ['agencies.successor_id = lineage.id'] : []),
  ];
  if (steps.length === 0) return new Map(ids.map((id) => [id, [id]]));
  const result = await knex.raw(
    `with recursive lineage(root_id, id) as (
       select id, id from agencies where id = any(?::text[])
       union
       select lineage.root_id, agencies.id
       from lineage join agencies on ${steps.join(' or ')}
     )
     select root_id, array_agg(id order by id) as ids from lineage group by root_id`,
    [ids as string[]],
  );
  return new Map((result.rows as { root_id: string; ids: string[] }[]).map((row) => [row.root_id, row.ids]));
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
