import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../kit/db.ts';
import { migrateToLatest, rollbackAll } from '../kit/migrate.ts';
import { prepareDatabase } from '../kit/subgraph.ts';
import { agencies } from '../subgraphs/agencies/index.ts';
import { databaseMode, newEmbeddedCluster, throwAwayDatabase } from './support/databases.ts';
import { definitions } from './support/hub.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function tablesOf(db: Awaited<ReturnType<typeof openDatabase>>): Promise<string[]> {
  const result = await db.raw(
    `select table_name from information_schema.tables
     where table_schema = 'public' and table_name not like 'knex_%' order by table_name`,
  );
  return (result.rows as { table_name: string }[]).map((row) => row.table_name);
}

// Each subgraph in a database of its own: on the server they migrate side by side.
describe.concurrent(`each subgraph's migrations on ${databaseMode}`, () => {
  for (const [name, definition] of Object.entries(definitions)) {
    it(`${name}: migrates up, rolls all the way down, and up again`, async () => {
      const { db, drop } = await throwAwayDatabase(`migrations_${name}`);
      try {
        const folder = join(definition.folder, 'migrations');
        await migrateToLatest(db, folder);
        const created = await tablesOf(db);
        expect(created.length).toBeGreaterThan(0);
        await rollbackAll(db, folder);
        expect(await tablesOf(db)).toEqual([]);
        await migrateToLatest(db, folder);
        expect(await tablesOf(db)).toEqual(created);
      } finally {
        await drop();
      }
    });
  }
});

// The embedded database only: the server run has none to open.
describe.runIf(databaseMode === 'pglite')('the embedded database on disk, as `npm start` uses it', () => {
  it('keeps the agencies after the process closes it and opens it again', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pakn-pglite-'));
    folders.push(dataDir);
    // A new folder's first opening (initdb) is what `npm start` on a fresh clone does (tests/processes).
    await newEmbeddedCluster(dataDir);
    const first = await openDatabase({ dataDir });
    expect(first.mode).toBe('pglite');
    await prepareDatabase(agencies, first);
    expect(await agencies.isSeeded(first)).toBe(false);
    await agencies.seed(first, {});
    await first.destroy();

    const again = await openDatabase({ dataDir });
    try {
      await prepareDatabase(agencies, again);
      expect(await agencies.isSeeded(again)).toBe(true);
      const [{ n }] = await again('agencies').where('kind', 'PROVINCE').count({ n: '*' });
      expect(Number(n)).toBe(63 + 23);
    } finally {
      await again.destroy();
    }
  });
});
