import type { Knex } from 'knex';

/** An agency_names row: one name an agency bore over a period (null bounds: open). */
export interface AgencyNameRow extends Record<string, unknown> {
  agency_id: string;
  name: string;
  short_name: string;
  valid_from: string | null;
  valid_to: string | null;
}

/** A name as a search answer carries it (matched_name): the row without its agency. */
export type MatchedName = Omit<AgencyNameRow, 'agency_id'>;

const COVERS_DAY =
  '(n.valid_from is null or n.valid_from <= :day) and (n.valid_to is null or n.valid_to >= :day)';

/**
 * `name` and `short_name` as the agency bore them on `day`, for a select list over `agencies`: a correlated
 * lookup in the same statement (agency_names' unique (agency_id, valid_from) index serves it).
 */
export function namesOnDay(knex: Knex, day: string): Knex.Raw[] {
  return (['name', 'short_name'] as const).map((column) =>
    knex.raw(
      `coalesce((select n.${column} from agency_names n where n.agency_id = agencies.id and ${COVERS_DAY}
          order by n.valid_from desc nulls last limit 1), agencies.${column}) as ${column}`,
      { day },
    ),
  );
}

/**
 * Control characters separate words like punctuation does. The input guard (kit/inputGuard.ts) refuses them
 * first; the store does not rely on it, as PostgreSQL fails on a NUL byte.
 */
export const withoutControlCharacters = (search: string) => search.replace(/\p{Cc}/gu, ' ');

// search_words leaves ASCII letters, digits and single spaces only, so what a caller typed can never add a
// LIKE wildcard: "%" and "_" are punctuation, dropped like "–".
const NAME_MATCHES = `search_words(:search) <> ''
  and search_words(n.name || ' ' || n.short_name) like '%' || search_words(:search) || '%'`;

/**
 * Agencies with any name, current or former, containing the search's words (the trigram index on
 * agency_names serves it), or whose code is the search itself.
 */
export function whereNameOrCodeMatches(query: Knex.QueryBuilder, search: string): void {
  query.whereRaw(
    `agencies.id in (select n.agency_id from agency_names n where ${NAME_MATCHES}
      union select c.id from agencies c where c.code = :code)`,
    { search, code: search.toUpperCase() },
  );
}

/** For a select list over `agencies`: the most recent of its names that the search matched, as JSON. */
export function matchedName(knex: Knex, search: string): Knex.Raw {
  return knex.raw(
    `(select json_build_object('name', n.name, 'short_name', n.short_name, 'valid_from', n.valid_from,
        'valid_to', n.valid_to)
      from agency_names n where n.agency_id = agencies.id and ${NAME_MATCHES}
      order by n.valid_from desc nulls last limit 1) as matched_name`,
    { search },
  );
}

/** Every name of each agency, oldest first, in one statement. */
export async function namesOf(knex: Knex, ids: readonly string[]): Promise<Map<string, AgencyNameRow[]>> {
  const result = await knex.raw(
    `select agency_id, name, short_name, valid_from, valid_to from agency_names
     where agency_id = any(:ids) order by agency_id, valid_from nulls first`,
    { ids: ids as string[] },
  );
  const byAgency = new Map<string, AgencyNameRow[]>();
  for (const row of result.rows as AgencyNameRow[]) {
    const list = byAgency.get(row.agency_id) ?? [];
    list.push(row);
    byAgency.set(row.agency_id, list);
  }
  return byAgency;
}
