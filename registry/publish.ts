import type { Database } from '../kit/db.ts';
import { composeSubgraphs } from '../scripts/composeSupergraph.ts';
import { type CheckResult, checkSubgraph, type UsageWindow } from './check.ts';
import { baseVersions, composedVersions, type ProposedSubgraph, REGISTRY_LOCK } from './composition.ts';
import { assertMayPublish, type Publisher } from './publishKeys.ts';
import {
  insertPendingSupergraph,
  insertSubgraphVersion,
  liveSupergraph,
  type SupergraphVersionRow,
  supergraphVersion,
} from './store.ts';

export type PublishOutcome =
  | { kind: 'refused'; check: CheckResult }
  | { kind: 'unchanged'; check: CheckResult }
  | { kind: 'stored'; check: CheckResult; version: number; supergraph: SupergraphVersionRow };

/**
 * Checks a subgraph's schema and, when it passes, stores it as the subgraph's next version with the
 * supergraph it composes to, waiting to go live (rollout.ts). A proposal that fails the check, composition
 * included, is stored nowhere: nothing a gateway reads changes.
 */
export async function publishSubgraph(
  db: Database,
  proposal: ProposedSubgraph,
  publisher: Publisher,
  window: UsageWindow,
): Promise<PublishOutcome> {
  assertMayPublish(publisher, proposal.subgraph);
  return db.transaction(async (trx) => {
    // One publisher at a time: the check must see the versions it will be composed with.
    await trx.raw('select pg_advisory_xact_lock(:key)', { key: REGISTRY_LOCK });
    const check = await checkSubgraph(trx, proposal, window);
    if (!check.passed) return { kind: 'refused' as const, check };
    // Unchanged means what the gateways serve now, which a rollback may have taken back from the latest.
    const live = await liveSupergraph(trx);
    const serving = live ? (await composedVersions(trx, live)).get(proposal.subgraph) : undefined;
    if (serving?.sdl === proposal.sdl && serving.routing_url === check.candidate.routingUrl) {
      return { kind: 'unchanged' as const, check };
    }
    const stored = await insertSubgraphVersion(trx, {
      subgraph: proposal.subgraph,
      sdl: proposal.sdl,
      routing_url: check.candidate.routingUrl,
      published_by: publisher.label,
    });
    const ids = Object.fromEntries(
      [...(await baseVersions(trx)).values()].map((row) => [row.subgraph, row.id]),
    );
    ids[proposal.subgraph] = stored.id;
    const { supergraphSdl, apiSchemaSdl } = check.candidate.composition;
    const supergraph = await insertPendingSupergraph(trx, {
      supergraph_sdl: supergraphSdl as string,
      api_sdl: apiSchemaSdl as string,
      subgraph_version_ids: ids,
      kind: 'publish',
      reason: `publish ${proposal.subgraph} version ${stored.version}`,
      created_by: publisher.label,
    });
    return { kind: 'stored' as const, check, version: stored.version, supergraph };
  });
}

/**
 * Composes an earlier supergraph's subgraph versions again, as a new version waiting to go live: by default
 * the one live before the current one. Returns the subgraphs whose schema it changes.
 */
export async function rollbackSupergraph(
  db: Database,
  publisher: Publisher,
  target?: number,
): Promise<{ supergraph: SupergraphVersionRow; changed: string[] }> {
  return db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(:key)', { key: REGISTRY_LOCK });
    const live = await liveSupergraph(trx);
    if (!live) throw new RollbackRefused('nothing has been published: there is nothing to roll back');
    const earlier = target
      ? await supergraphVersion(trx, target)
      : await trx<SupergraphVersionRow>('supergraph_versions')
          .where('state', 'live')
          .andWhere('id', '<', live.id)
          .orderBy('id', 'desc')
          .first();
    if (!earlier)
      throw new RollbackRefused(
        target ? `supergraph version ${target} does not exist` : 'no earlier live version',
      );
    if (earlier.state === 'pending') throw new RollbackRefused(`version ${earlier.id} never went live`);
    const [before, after] = [await composedVersions(trx, live), await composedVersions(trx, earlier)];
    const names = new Set([...before.keys(), ...after.keys()]);
    const changed = [...names].filter((name) => before.get(name)?.id !== after.get(name)?.id).sort();
    for (const name of changed) assertMayPublish(publisher, name);
    // Recomposed rather than copied: the same inputs give the same supergraph, and a broken set is refused.
    const composition = composeSubgraphs(
      [...after.values()].map((row) => ({ name: row.subgraph, url: row.routing_url, sdl: row.sdl })),
    );
    if (!composition.supergraphSdl || !composition.apiSchemaSdl) {
      throw new RollbackRefused(`version ${earlier.id} no longer composes: ${composition.errors.join('; ')}`);
    }
    const supergraph = await insertPendingSupergraph(trx, {
      supergraph_sdl: composition.supergraphSdl,
      api_sdl: composition.apiSchemaSdl,
      subgraph_version_ids: earlier.subgraph_version_ids,
      kind: 'rollback',
      reason: `rollback to version ${earlier.id}`,
      created_by: publisher.label,
    });
    return { supergraph, changed };
  });
}

export class RollbackRefused extends Error {}
