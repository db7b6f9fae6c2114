import type { Database } from '../kit/db.ts';
import { openRegistry } from '../registry/database.ts';
import { type EmbeddedRegistryServer, serveEmbeddedRegistry } from '../registry/embeddedServer.ts';
import { isServed, type RegistrySettings } from '../registry/settings.ts';

export interface RegistryConnection {
  db: Database;
  close(): Promise<void>;
}

/**
 * The gateway's way to the schema registry. Embedded, the first gateway on the machine serves the registry's
 * database to the others and to `npm run schema` (registry/embeddedServer.ts); on a server, every replica
 * connects to it.
 */
export async function connectRegistry(settings: RegistrySettings): Promise<RegistryConnection> {
  let server: EmbeddedRegistryServer | null = null;
  if (settings.mode === 'embedded' && !(await isServed(settings)))
    server = await serveEmbeddedRegistry(settings);
  const db = await openRegistry(settings);
  return {
    db,
    async close() {
      await db.destroy();
      await server?.close();
    },
  };
}
