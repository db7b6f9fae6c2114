import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { log } from '../kit/log.ts';

/**
 * Serves the supergraph from a file and hands each changed version to the gateway. The gateway swaps its
 * schema atomically: requests already executing finish on the plan they started with. A file that fails
 * to load is reported and the previous supergraph stays in service.
 */
export function supergraphFromFile(path: string, pollMs = 500): SupergraphSdlHook {
  return async ({ update }) => {
    let current = readFileSync(path, 'utf8');
    const onChange = () => {
      let next: string;
      try {
        next = readFileSync(path, 'utf8');
      } catch {
        return; // Mid-replace: the next poll sees the new file.
      }
      if (next === current) return;
      try {
        update(next);
        current = next;
        log.info({ service: 'gateway', path }, 'supergraph reloaded from its file');
      } catch (error) {
        log.error(
          { service: 'gateway', path, reason: (error as Error).message },
          'kept the previous supergraph',
        );
      }
    };
    watchFile(path, { interval: pollMs }, onChange);
    return {
      supergraphSdl: current,
      async cleanup() {
        unwatchFile(path, onChange);
      },
    };
  };
}
