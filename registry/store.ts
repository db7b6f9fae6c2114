import type { Knex } from 'knex';
import type { Database } from '../kit/db.ts';

export interface SubgraphVersionRow {
  id: number;
  subgraph: string;
  version: number;
  sdl: string;
  routing_url: string;
  published_by: string;
  published_at: Date;
}

export type SupergraphState = 'pending' | 'live' | 'superseded';

export interface SupergraphVersionRow {
  id: number;
  supergraph_sdl: string;
  api_sdl: string;
  /** Subgraph name → subgraph_versions.id composed into this supergraph. */
  subgraph_version_ids: Record<string, number>;
  state: SupergraphState;
  /** How it came: the registry's first version, a publish, or a rollback. */
  kind: 'bootstrap' | 'publish' | 'rollback';
  reason: string;
  created_by: string;
  created_at: Date;
  live_at: Date | null;
}

type Reader = Database | Knex.Transaction;

/** The newest published version of each subgraph, by name. */
export async function latestSubgraphVersions(db: Reader): Promise<Map<string, SubgraphVersionRow>> {
  const rows = await db<SubgraphVersionRow>('subgraph_versions')
    .distinctOn('subgraph')
    .orderBy([
      { column: 'subgraph', order: 'asc' },
      { column: 'version', order: 'desc' },
    ]);
  return new Map(rows.map((row) => [row.subgraph, row]));
}

export async function subgraphVersionsById(db: Reader, ids: number[]): Promise<SubgraphVersionRow[]> {
  return db<SubgraphVersionRow>('subgraph_versions').whereIn('id', ids).orderBy('subgraph');
}

export async function subgraphHistory(db: Reader, subgraph: string): Promise<SubgraphVersionRow[]> {
  return db<SubgraphVersionRow>('subgraph_versions').where({ subgraph }).orderBy('version', 'desc');
}

export async function insertSubgraphVersion(
  db: Reader,
  row: Pick<SubgraphVersionRow, 'subgraph' | 'sdl' | 'routing_url' | 'published_by'>,
): Promise<SubgraphVersionRow> {
  const [inserted] = await db<SubgraphVersionRow>('subgraph_versions')
    .insert({
      ...row,
      version: db.raw(
        '(select coalesce(max(version), 0) + 1 from subgraph_versions where subgraph = :subgraph)',
        { subgraph: row.subgraph },
      ) as unknown as number,
    })
    .returning('*');
  return inserted as SubgraphVersionRow;
}

/** The supergraph the gateways serve: the newest live version. */
export async function liveSupergraph(db: Reader): Promise<SupergraphVersionRow | undefined> {
  return db<SupergraphVersionRow>('supergraph_versions')
    .where({ state: 'live' })
    .orderBy('id', 'desc')
    .first();
}

/** Only the id of the live version: what a gateway polls, so that polling does not carry the schema. */
export async function liveSupergraphId(db: Reader): Promise<number | null> {
  const row = await db<SupergraphVersionRow>('supergraph_versions')
    .where({ state: 'live' })
    .orderBy('id', 'desc')
    .first('id');
  return row?.id ?? null;
}

export async function supergraphVersion(db: Reader, id: number): Promise<SupergraphVersionRow | undefined> {
  return db<SupergraphVersionRow>('supergraph_versions').where({ id }).first();
}

export async function supergraphHistory(db: Reader, limit: number): Promise<SupergraphVersionRow[]> {
  return db<SupergraphVersionRow>('supergraph_versions').orderBy('id', 'desc').limit(limit);
}

export async function pendingSupergraph(db: Reader): Promise<SupergraphVersionRow | undefined> {
  return db<SupergraphVersionRow>('supergraph_versions')
    .where({ state: 'pending' })
    .orderBy('id', 'desc')
    .first();
}

/** A new supergraph waiting for its subgraphs; any older one still waiting will never go live. */
export async function insertPendingSupergraph(
  trx: Knex.Transaction,
  row: Pick<
    SupergraphVersionRow,
    'supergraph_sdl' | 'api_sdl' | 'subgraph_version_ids' | 'kind' | 'reason' | 'created_by'
  >,
): Promise<SupergraphVersionRow> {
  await trx<SupergraphVersionRow>('supergraph_versions')
    .where({ state: 'pending' })
    .update({ state: 'superseded' });
  const [inserted] = await trx<SupergraphVersionRow>('supergraph_versions')
    .insert({
      ...row,
      subgraph_version_ids: JSON.stringify(row.subgraph_version_ids) as never,
      state: 'pending',
    })
    .returning('*');
  return inserted as SupergraphVersionRow;
}

/** Marks a waiting version live; false when it was superseded meanwhile. */
export async function markLive(db: Reader, id: number): Promise<boolean> {
  const updated = await db<SupergraphVersionRow>('supergraph_versions')
    .where({ id, state: 'pending' })
    .update({ state: 'live', live_at: db.fn.now() as unknown as Date });
  return updated === 1;
}
