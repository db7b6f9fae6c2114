/**
 * The build (`npm run build`) runs migrations compiled to `.js`; `npm start` and the tests run their `.ts`
 * sources. A database must move between the two without a step running twice or being taken for unknown.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { migrateToLatest, rollbackAll } from '../kit/migrate.ts';
import { throwAwayDatabase } from './support/databases.ts';

const root = mkdtempSync(join(tmpdir(), 'pakn-migrations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A migrations folder with the given files: a migration creating the named table, or any text. */
function folder(name: string, files: Record<string, { table: string } | string>): string {
  const path = join(root, name);
  mkdirSync(path);
  for (const [file, content] of Object.entries(files)) {
    const text =
      typeof content === 'string'
        ? content
        : `export async function up(knex) {
  await knex.schema.createTable('${content.table}', (t) => t.integer('id'));
}
export async function down(knex) {
  await knex.schema.dropTable('${content.table}');
}
`;
    writeFileSync(join(path, file), text);
  }
  return path;
}

test('a database migrated from the sources takes their compiled copies as run, and records new ones by their source name', async () => {
  const sources = folder('sources', { '20260101000000_items.ts': { table: 'items' } });
  const compiled = folder('compiled', {
    '20260101000000_items.js': { table: 'items' },
    '20260101000000_items.js.map': '{}',
    '20260102000000_more.js': { table: 'more' },
  });
  const { db, drop } = await throwAwayDatabase('compiled-migrations');
  try {
    const recorded = async () =>
      (await db('knex_migrations').select('name').orderBy('id')).map((row: { name: string }) => row.name);
    await migrateToLatest(db, sources);
    expect(await recorded()).toEqual(['20260101000000_items.ts']);
    // `items` exists already: running its compiled copy again would fail.
    await migrateToLatest(db, compiled);
    expect(await recorded()).toEqual(['20260101000000_items.ts', '20260102000000_more.ts']);
    expect(await db.schema.hasTable('more')).toBe(true);
    await rollbackAll(db, compiled);
    expect(await recorded()).toEqual([]);
    expect([await db.schema.hasTable('items'), await db.schema.hasTable('more')]).toEqual([false, false]);
  } finally {
    await drop();
  }
});
