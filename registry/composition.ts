import type { Knex } from 'knex';
import type { Database } from '../kit/db.ts';
import {
  type Composition,
  composeSubgraphs,
  repositorySubgraphs,
  type SubgraphSource,
} from '../scripts/composeSupergraph.ts';
import {
  insertPendingSupergraph,
  insertSubgraphVersion,
  latestSubgraphVersions,
  liveSupergraph,
  markLive,
  type SubgraphVersionRow,
  type SupergraphVersionRow,
} from './store.ts';

type Reader = Database | Knex.Transaction;

/** One subgraph's schema as someone proposes it: the SDL, and where it is served (else where it was). */
export interface ProposedSubgraph {
  subgraph: string;
  sdl: string;
  routingUrl?: string;
}

export interface Candidate {
  subgraphs: SubgraphSource[];
  composition: Composition;
  /** Its routing URL: the one proposed, else the published one, else the repository's default. */
  routingUrl: string;
}

/**
 * The subgraph versions a publish builds on: those of the newest supergraph not superseded (waiting or
 * live), so that a rolled-back version stays out and one still waiting is kept.
 */
export async function baseVersions(db: Reader): Promise<Map<string, SubgraphVersionRow>> {
  const newest = await db<SupergraphVersionRow>('supergraph_versions')
    .whereIn('state', ['pending', 'live'])
    .orderBy('id', 'desc')
    .first();
  return newest ? composedVersions(db, newest) : latestSubgraphVersions(db);
}

/** The base versions with one subgraph replaced by the proposal, composed. */
export async function composeCandidate(db: Reader, proposal: ProposedSubgraph): Promise<Candidate> {
  const published = await baseVersions(db);
  const defaults = new Map(repositorySubgraphs().map((source) => [source.name, source.url]));
  const routingUrl =
    proposal.routingUrl ?? published.get(proposal.subgraph)?.routing_url ?? defaults.get(proposal.subgraph);
  if (!routingUrl) throw new Error(`${proposal.subgraph} has no routing URL: give one with --url`);
  const subgraphs: SubgraphSource[] = [...published.values()]
    .filter((row) => row.subgraph !== proposal.subgraph)
    .map((row) => ({ name: row.subgraph, url: row.routing_url, sdl: row.sdl }));
  subgraphs.push({ name: proposal.subgraph, url: routingUrl, sdl: proposal.sdl });
  subgraphs.sort((a, b) => a.name.localeCompare(b.name));
  return { subgraphs, composition: composeSubgraphs(subgraphs), routingUrl };
}

/**
 * A registry that has never been published to starts from this repository: each subgraph's schema file as
 * version 1 and their composition live, the same supergraph as the committed one.
 */
export async function bootstrapRegistry(db: Reader, sources = repositorySubgraphs()): Promise<void> {
  if (await liveSupergraph(db)) return;
  await db.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(:key)', { key: REGISTRY_LOCK });
    if (await liveSupergraph(trx)) return;
    const composition = composeSubgraphs(sources);
    if (!composition.supergraphSdl || !composition.apiSchemaSdl) {
      throw new Error(`the repository's subgraphs do not compose: ${composition.errors.join('; ')}`);
    }
    const ids: Record<string, number> = {};
    for (const source of sources) {
      const row = await insertSubgraphVersion(trx, {
        subgraph: source.name,
        sdl: source.sdl,
        routing_url: source.url,
        published_by: 'repository',
      });
      ids[source.name] = row.id;
    }
    const pending = await insertPendingSupergraph(trx, {
      supergraph_sdl: composition.supergraphSdl,
      api_sdl: composition.apiSchemaSdl,
      subgraph_version_ids: ids,
      kind: 'bootstrap',
      reason: "the repository's subgraphs",
      created_by: 'repository',
    });
    await markLive(trx, pending.id);
  });
}

/** Serializes the registry's writers (publish, rollback, bootstrap) across processes. */
export const REGISTRY_LOCK = 7_340_121;

/** The rows behind a supergraph version, by subgraph name. */
export async function composedVersions(
  db: Reader,
  supergraph: SupergraphVersionRow,
): Promise<Map<string, SubgraphVersionRow>> {
  const ids = Object.values(supergraph.subgraph_version_ids);
  const rows = await db<SubgraphVersionRow>('subgraph_versions').whereIn('id', ids);
  return new Map(rows.map((row) => [row.subgraph, row]));
}
