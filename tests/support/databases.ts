import { randomBytes } from 'node:crypto';
import knexFactory from 'knex';
import { type Database, openDatabase } from '../../kit/db.ts';

/**
 * Where the suite's databases live: PGlite in memory by default; with PAKN_TEST_DATABASE_URL (a server
 * URL, e.g. postgres://postgres@127.0.0.1:5432/postgres) each test creates its own databases and drops them.
 */
export const serverUrl = process.env.PAKN_TEST_DATABASE_URL || undefined;
export const databaseMode = serverUrl ? 'postgres' : 'pglite';

export interface ThrowAwayDatabase {
  db: Database;
  /** Its connection string, on the server. */
  url?: string;
  drop(): Promise<void>;
}

export async function throwAwayDatabase(label: string): Promise<ThrowAwayDatabase> {
  if (!serverUrl) {
    const db = await openDatabase({});
    return { db, drop: () => db.destroy() };
  }
  // A hyphenated subgraph name (land-records) is no unquoted PostgreSQL name.
  const name = `pakn_test_${label.replace(/-/g, '_')}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: serverUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), poolMax: 5 });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.destroy();
      await admin.raw(`drop database if exists ${name} with (force)`);
      await admin.destroy();
    },
  };
}
