import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { openEmbeddedInWorker } from './embeddedDatabase.ts';
import { traceStatements } from './traceSql.ts';

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Dates stay calendar strings (no time-zone drift); counts arrive as int8 and fit in a JS number here.
pg.types.setTypeParser(DATE_OID, (value) => value);
pg.types.setTypeParser(INT8_OID, (value) => Number(value));
pg.types.setTypeParser(NUMERIC_OID, (value) => Number(value));

export type Database = Knex & { sqlStats: SqlStats; mode: 'pglite' | 'postgres' };

/** Counts statements so tests and benchmarks can prove that a query's SQL does not grow with its list. */
export interface SqlStats {
  statements: number;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string: runs on the server over `pg`. */
  url?: string;
  /** A folder for an embedded PGlite database on disk. Neither url nor dataDir: PGlite in memory. */
  dataDir?: string;
  /** Upper bound of the `pg` pool (PGlite is always a single connection). */
  poolMax?: number;
  /**
   * Server only (PGlite ignores it, see kit/embeddedDatabase.ts): statements running longer are cancelled.
   * A serving subgraph sets it near the gateway's timeout, so a query the client has given up on does not go
   * on loading the database.
   */
  statementTimeoutMs?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const knex = options.url
    ? openServer(options.url, options.poolMax ?? 10, options.statementTimeoutMs ?? 0)
    : await openEmbedded(options.dataDir);
  const db = knex as Database;
  db.mode = options.url ? 'postgres' : 'pglite';
  db.sqlStats = { statements: 0 };
  db.on('query', () => {
    db.sqlStats.statements += 1;
  });
  traceStatements(db);
  return db;
}

function openServer(url: string, poolMax: number, statementTimeoutMs: number): Knex {
  // JIT off: our statements are short aggregates over indexes, where compiling costs more than it saves
  // (measured: 0.8 s of a 1.57 s scorecard statement at 1M petitions, docs/BENCHMARKS.md).
  const options = `-c jit=off -c statement_timeout=${statementTimeoutMs}`;
  return knexFactory({
    client: 'pg',
    connection: { connectionString: url, options },
    pool: { min: 0, max: poolMax },
  });
}

/** PGlite in its own thread (kit/embeddedDatabase.ts): a long statement does not stop the service's thread. */
function openEmbedded(dataDir?: string): Promise<Knex> {
  return openEmbeddedInWorker(dataDir);
}

/**
 * Creates the extensions and the immutable unaccent wrapper every subgraph's search relies on.
 * `unaccent()` is only STABLE, so an expression index needs this IMMUTABLE wrapper.
 */
export async function createSearchFunctions(knex: Knex): Promise<void> {
  await knex.raw('create extension if not exists unaccent');
  await knex.raw('create extension if not exists pg_trgm');
  await knex.raw(`
    create or replace function search_text(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);
}
