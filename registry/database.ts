import { join } from 'node:path';
import { type Database, openDatabase } from '../kit/db.ts';
import { migrateToLatest } from '../kit/migrate.ts';
import { embeddedRegistryUrl, isServed, type RegistrySettings } from './settings.ts';

const MIGRATIONS = join(import.meta.dirname, 'migrations');

/** Creates or updates the registry's tables. */
export async function migrateRegistry(db: Database): Promise<void> {
  await migrateToLatest(db, MIGRATIONS);
}

/**
 * The registry database for a command or a gateway: the configured server; else the embedded one, through the
 * running hub when it serves it (its folder is then locked), or opened directly when no hub runs.
 */
export async function openRegistry(settings: RegistrySettings): Promise<Database> {
  const url = settings.url ?? ((await isServed(settings)) ? embeddedRegistryUrl(settings) : null);
  const db = url
    ? await openDatabase({ url, poolMax: 2 })
    : await openDatabase({ dataDir: settings.embeddedDir });
  await migrateRegistry(db);
  return db;
}
