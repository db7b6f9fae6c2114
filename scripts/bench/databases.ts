import pg from 'pg';
import type { SubgraphName } from '../../kit/config.ts';

/** The throw-away databases of the benchmark, on the server the run names. */
export const ALL_DATABASE = 'pakn_bench_all';
export const benchDatabase = (name: SubgraphName) => `pakn_bench_${name.replace(/-/g, '_')}`;

/** The server URL with another database in its path. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs admin statements (create / drop database) on the server's maintenance database. */
export async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(serverUrl: string, database: string): Promise<boolean> {
  return onServer(serverUrl, async (client) => {
    const result = await client.query('select 1 from pg_database where datname = $1', [database]);
    return (result.rowCount ?? 0) > 0;
  });
}

/** Drops (closing its connections) and creates an empty database. Names are ours, never user input. */
export async function recreateDatabase(serverUrl: string, database: string): Promise<void> {
  if (!/^pakn_bench_[a-z]+$/.test(database)) throw new Error(`refusing to recreate ${database}`);
  await onServer(serverUrl, async (client) => {
    await client.query(`drop database if exists ${database} with (force)`);
    await client.query(`create database ${database}`);
  });
}
