import { readFileSync } from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Database } from '../kit/db.ts';
import { log } from '../kit/log.ts';
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
        log.info({ service: 'gateway', version: id, reason: row.reason }, 'serving a new supergraph version');
      } catch (error) {
        log.error({ service: 'gateway', reason: (error as Error).message }, 'kept the current supergraph');
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(follow, pollMs);
    timer.unref();
    if (live) log.info({ service: 'gateway', version: live.id }, "serving the schema registry's supergraph");
    return {
      supergraphSdl: live?.supergraph_sdl ?? readFileSync(fallbackPath, 'utf8'),
      async cleanup() {
        clearInterval(timer);
      },
    };
  };
}
