import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

interface MigrationModule {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * Knex migrations from a subgraph's `migrations/` folder: files named `YYYYMMDDHHMMSS_what.ts`,
 * each exporting `up` and `down`. Loaded through our own import so TypeScript files work under tsx and vitest,
 * and their compiled `.js` in dist/.
 */
class FolderMigrationSource implements Knex.MigrationSource<string> {
  constructor(private readonly folder: string) {}

  async getMigrations(): Promise<string[]> {
    return readdirSync(this.folder)
      .filter((file) => /^\d{14}_[\w-]+\.(ts|js)$/.test(file))
      .sort();
  }

  // Recorded under the source's name, compiled or not: a database migrated by either runs no step twice.
  getMigrationName(migration: string): string {
    return migration.replace(/\.js$/, '.ts');
  }

  async getMigration(migration: string): Promise<Knex.Migration> {
    const module = (await import(pathToFileURL(join(this.folder, migration)).href)) as MigrationModule;
    return { up: module.up, down: module.down };
  }
}

export async function migrateToLatest(knex: Knex, folder: string): Promise<void> {
  await knex.migrate.latest({ migrationSource: new FolderMigrationSource(folder) });
}

export async function rollbackAll(knex: Knex, folder: string): Promise<void> {
  await knex.migrate.rollback({ migrationSource: new FolderMigrationSource(folder) }, true);
}
