import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../../kit/db.ts';
import { migrateRegistry } from '../../registry/database.ts';
import { serveEmbeddedRegistry } from '../../registry/embeddedServer.ts';
import { registrySettings } from '../../registry/settings.ts';
import { serverUrl, throwAwayDatabase } from './databases.ts';

export interface TestRegistry {
  db: Database;
  /** The environment under which `npm run schema` commands reach this registry. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A schema registry for one test: on the server, a database of its own; embedded, a PGlite folder served
 * on a free port, as a running hub serves it to the schema commands.
 */
export async function startTestRegistry(): Promise<TestRegistry> {
  if (serverUrl) {
    const database = await throwAwayDatabase('registry');
    await migrateRegistry(database.db);
    return { db: database.db, env: { SCHEMA_REGISTRY: database.url as string }, close: database.drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pakn-registry-'));
  const env = {
    SCHEMA_REGISTRY: 'embedded',
    PAKN_DATA_DIR: dataDir,
    SCHEMA_REGISTRY_PORT: String(await freePort()),
  };
  const server = await serveEmbeddedRegistry(registrySettings(env));
  const db = await openDatabase({ url: server.url, poolMax: 2 });
  await migrateRegistry(db);
  return {
    db,
    env,
    async close() {
      await db.destroy();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
