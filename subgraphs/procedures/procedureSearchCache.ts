import { createHash, randomInt } from 'node:crypto';
import type { Knex } from 'knex';
import type { PageArgs } from '../../kit/pagination.ts';
import type { ProcedureFilter, ProcedureRow } from './procedureStore.ts';

/**
 * Catalog searches answered from `procedure_search_cache` (migration 20261127100000): the page's codes and
 * ranks and the match count, stored with the catalog version they were computed from. A hit costs one
 * indexed statement instead of ranking every trigram candidate. A change to the catalog moves the version
 * in its own transaction (a trigger), so an answer computed before it is never served after it.
 */

export type RankedProcedure = ProcedureRow & { rank: number };

export interface SearchPage {
  rows: RankedProcedure[];
  matchCount: number;
}

/** How long an answer is kept even when the catalog does not change: bounds the table, not correctness. */
function searchCacheSecondsFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.PROCEDURES_SEARCH_CACHE_SECONDS;
  if (raw === undefined || raw === '') return 600;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`PROCEDURES_SEARCH_CACHE_SECONDS must be an integer ≥ 0, got "${raw}"`);
  }
  return value;
}

let configuredSeconds: number | undefined;

/** PROCEDURES_SEARCH_CACHE_SECONDS, read once per process (searches are a hot path). */
export function searchCacheSeconds(): number {
  configuredSeconds ??= searchCacheSecondsFrom(process.env);
  return configuredSeconds;
}

/** Everything that decides a search page's codes, as one fixed-length key. */
export function searchCacheKey(
  filter: ProcedureFilter,
  search: string,
  size: number,
  page: PageArgs,
): string {
  const decisive = [
    search,
    filter.fieldCode ?? null,
    filter.level ?? null,
    filter.status ?? null,
    filter.subject?.trim() || null,
    filter.agencyId ?? null,
    size,
    page.after ?? null,
  ];
  return createHash('sha256').update(JSON.stringify(decisive)).digest('base64url');
}

/** The stored page with its procedures as they are now, or null when there is none for this version. */
export async function cachedSearchPage(
  knex: Knex,
  key: string,
  /** The procedure columns to return, qualified with the alias `p`. */
  qualifiedColumns: string,
  ttlSeconds: number,
): Promise<SearchPage | null> {
  const result = await knex.raw(
    `select c.match_count, s.rank, ${qualifiedColumns}
       from procedure_search_cache c
       join catalog_version v on v.version = c.version
       left join lateral unnest(c.codes, c.ranks) with ordinality as s (code, rank, position) on true
       left join procedures p on p.code = s.code
      where c.key = ? and c.created_at > now() - make_interval(secs => ?)
      order by s.position`,
    [key, ttlSeconds],
  );
  const rows = result.rows as (RankedProcedure & { match_count: number })[];
  if (rows.length === 0) return null;
  return {
    matchCount: Number(rows[0].match_count),
    // An empty page is stored as one row of nulls (left join on no codes).
    rows: rows.filter((row) => row.code !== null).map(({ match_count: _count, ...row }) => row),
  };
}

/**
 * Keeps a page computed from `version` (read in the same statement as the page). Now and then it also drops
 * expired answers, so the table holds about one TTL's worth of distinct searches.
 */
export async function storeSearchPage(
  knex: Knex,
  key: string,
  version: number,
  page: SearchPage,
  ttlSeconds: number,
): Promise<void> {
  await knex.raw(
    `insert into procedure_search_cache (key, version, codes, ranks, match_count)
     values (?, ?, ?::text[], ?::integer[], ?)
     on conflict (key) do update
       set version = excluded.version, codes = excluded.codes, ranks = excluded.ranks,
           match_count = excluded.match_count, created_at = now()`,
    [key, version, page.rows.map((row) => row.code), page.rows.map((row) => row.rank), page.matchCount],
  );
  if (randomInt(64) === 0) {
    await knex.raw(
      'delete from procedure_search_cache where created_at <= now() - make_interval(secs => ?)',
      [ttlSeconds],
    );
  }
}
