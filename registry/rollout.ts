import type { Database } from '../kit/db.ts';
import { composedVersions } from './composition.ts';
import { liveSdl, servedSdl, servesAtLeast } from './servedSdl.ts';
import { liveSupergraph, markLive, type SupergraphVersionRow, supergraphVersion } from './store.ts';

export type RolloutOutcome = 'live' | 'superseded' | 'waiting';

export interface RolloutOptions {
  /** How long to wait for the subgraphs to serve their new schemas. */
  timeoutMs: number;
  intervalMs?: number;
  /** Told which subgraphs are not serving their schema yet, each time they are asked. */
  onWaiting?(subgraphs: string[]): void;
}

/**
 * Makes a waiting supergraph live once every subgraph it changes serves, at its routing URL, exactly the schema
 * published for it, so that the gateways never plan for a field no running subgraph resolves. The gateways
 * pick the live version up themselves (followSupergraph.ts).
 */
export async function rollOut(db: Database, id: number, options: RolloutOptions): Promise<RolloutOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const pending = await supergraphVersion(db, id);
    if (!pending || pending.state === 'superseded') return 'superseded';
    if (pending.state === 'live') return 'live';
    const behind = await subgraphsBehind(db, pending);
    if (behind.length === 0) return (await markLive(db, id)) ? 'live' : 'superseded';
    options.onWaiting?.(behind);
    if (Date.now() >= deadline) return 'waiting';
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 1_000));
  }
}

/**
 * The subgraphs this version changes that do not serve its schema for them yet. A publish waits for each to
 * serve exactly its published schema; a rollback for each to serve at least the earlier schema, as the newer
 * release does until it is rolled back too.
 */
export async function subgraphsBehind(db: Database, pending: SupergraphVersionRow): Promise<string[]> {
  const match = pending.kind === 'rollback' ? 'compatible' : 'exact';
  const live = await liveSupergraph(db);
  const current = live ? await composedVersions(db, live) : new Map();
  const behind: string[] = [];
  for (const [name, row] of await composedVersions(db, pending)) {
    if (current.get(name)?.id === row.id) continue;
    const served = await liveSdl(row.routing_url);
    const serving =
      served !== null &&
      (match === 'exact' ? served === (await servedSdl(row.sdl)) : await servesAtLeast(served, row.sdl));
    if (!serving) behind.push(name);
  }
  return behind.sort();
}
