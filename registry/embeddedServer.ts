import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir } from '../kit/dataDirLock.ts';
import type { RegistrySettings } from './settings.ts';

export interface EmbeddedRegistryServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The embedded registry database served over PostgreSQL's protocol on a loopback port (PGlite's socket
 * server), so that the gateway and the `npm run schema` commands share it while the hub runs. PGlite is a
 * single session: the server runs clients' transactions one after another.
 */
export async function serveEmbeddedRegistry(settings: RegistrySettings): Promise<EmbeddedRegistryServer> {
  const release = lockDataDir(settings.embeddedDir, 'schema registry');
  try {
    const db = await PGlite.create(settings.embeddedDir);
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: settings.embeddedPort,
      maxConnections: 16,
    });
    await server.start();
    return {
      url: `postgres://postgres@127.0.0.1:${settings.embeddedPort}/postgres`,
      async close() {
        await server.stop();
        await db.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
