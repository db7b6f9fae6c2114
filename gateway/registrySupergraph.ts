import { readFileSync } from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Database } from '../kit/db.ts';
import { liveSupergraph, liveSupergraphId, supergraphVersion } from '../registry/store.ts';

/**
 * Serves the registry's live supergraph and follows it: every replica polls the id of the live version (a
 * one-row index read) and loads the schema only when it changes. The gateway swaps its schema atomically:
 * requests already executing finish on the plan they started with. With nothing published yet, the committed
 * supergraph file serves.
 */
export function supergraphFromRegistry(
  db: Database,
  fallbackPath: string,
  pollMs: number,
): SupergraphSdlHook {
  return async ({ update }) => {
    const live = await liveSupergraph(db);
    let currentId = live?.id ?? null;
    let busy = false;
    const follow = async () => {
      if (busy) return;
      busy = true;
      try {
        const id = await liveSupergraphId(db);
        if (id === null || id === currentId) return;
        const row = await supergraphVersion(db, id);
        if (!row) return;
        update(row.supergraph_sdl);
        currentId = id;
        console.log(`[gateway] serving supergraph version ${id} (${row.reason})`);
      } catch (error) {
        console.error(`[gateway] kept the current supergraph: ${(error as Error).message}`);
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(follow, pollMs);
    timer.unref();
    if (live) console.log(`[gateway] serving supergraph version ${live.id} from the schema registry`);
    return {
      supergraphSdl: live?.supergraph_sdl ?? readFileSync(fallbackPath, 'utf8'),
      async cleanup() {
        clearInterval(timer);
      },
    };
  };
}
