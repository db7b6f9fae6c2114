/**
 * The physical-limit database: ONE database (pakn_bench_all) holding the scorecard's tables of all four
 * subgraphs, a schema per subgraph, created by the subgraphs' own migrations (search_path = that schema)
 * and filled with the very rows the subgraph databases hold (copied, so the figures must agree).
 */
import knexFactory from 'knex';
import type { SubgraphName } from '../../kit/config.ts';
import type { Database } from '../../kit/db.ts';
import { prepareDatabase } from '../../kit/subgraph.ts';
import { copyTable } from './copyTable.ts';
import { ALL_DATABASE, benchDatabase, databaseUrl, onServer, recreateDatabase } from './databases.ts';
import { DEFINITIONS } from './dataset.ts';

/** The tables the province scorecard reads, by subgraph, in copy order; a subgraph it does not read has none. */
const SCORECARD_TABLES: Partial<Record<SubgraphName, string[]>> = {
  agencies: ['agencies'],
  petitions: ['petitions'],
  procedures: ['procedures', 'procedure_agencies'],
  reporting: ['reporting_obligations', 'reporting_submissions'],
};

/** Secondary indexes are dropped for the bulk copy and rebuilt after; trigram search indexes are not (unread). */
async function copyWithoutIndexes(serverUrl: string, schema: SubgraphName, table: string): Promise<void> {
  const allUrl = databaseUrl(serverUrl, ALL_DATABASE);
  const indexes = await onServer(allUrl, async (client) => {
    const found = await client.query(
      `select i.indexname, i.indexdef from pg_indexes i
       where i.schemaname = $1 and i.tablename = $2
         and not exists (select 1 from pg_constraint c
                         where c.conname = i.indexname and c.connamespace = $1::regnamespace)`,
      [schema, table],
    );
    for (const row of found.rows) await client.query(`drop index "${schema}"."${row.indexname}"`);
    // A migration may have written reference rows: the copy brings the subgraph's own.
    await client.query(`truncate "${schema}"."${table}" cascade`);
    return found.rows as { indexname: string; indexdef: string }[];
  });
  await copyTable(
    databaseUrl(serverUrl, benchDatabase(schema)),
    `public.${table}`,
    allUrl,
    `${schema}.${table}`,
    `${schema}, public`,
  );
  await onServer(allUrl, async (client) => {
    for (const index of indexes) if (!/gin_trgm_ops/.test(index.indexdef)) await client.query(index.indexdef);
    await client.query(`vacuum analyze "${schema}"."${table}"`);
  });
}

export async function buildAllDatabase(serverUrl: string): Promise<void> {
  await recreateDatabase(serverUrl, ALL_DATABASE);
  const allUrl = databaseUrl(serverUrl, ALL_DATABASE);
  // In public once, before any migration asks for them with its own schema first on the search path.
  await onServer(allUrl, async (client) => {
    await client.query('create extension unaccent schema public');
    await client.query('create extension pg_trgm schema public');
    for (const definition of DEFINITIONS) await client.query(`create schema "${definition.name}"`);
  });
  for (const definition of DEFINITIONS) {
    const schema = definition.name as SubgraphName;
    const knex = knexFactory({
      client: 'pg',
      connection: allUrl,
      searchPath: [schema, 'public'],
      pool: { min: 0, max: 1 },
    });
    try {
      await prepareDatabase(definition, knex as Database);
    } finally {
      await knex.destroy();
    }
    for (const table of SCORECARD_TABLES[schema] ?? []) await copyWithoutIndexes(serverUrl, schema, table);
  }
}
