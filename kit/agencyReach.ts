import { GraphQLError } from 'graphql';
import { HUB_SERVICE } from './identity.ts';
import { callSubgraph } from './subgraphClient.ts';

/**
 * The agencies whose records an agency answers for — itself, every unit under it, and the agencies it
 * succeeded in the 2025 reorganization with theirs — asked of the agencies subgraph (which owns the
 * hierarchy) and kept a few minutes per process: it is public reference data that changes with a decree,
 * not with a request. An unknown agency reaches nothing.
 */
const TTL_MS = 5 * 60_000;
const cache = new Map<string, { units: Promise<readonly string[]>; until: number }>();

const REACH = 'query Reach($id: ID!) { agency(id: $id) { id lineageUnitIds } }';

async function askAgencies(agencyId: string): Promise<readonly string[]> {
  try {
    const answer = await callSubgraph<{ agency: { id: string; lineageUnitIds: string[] } | null }>(
      'agencies',
      REACH,
      { id: agencyId },
      HUB_SERVICE,
    );
    return Object.freeze(
      answer.agency ? [...new Set([answer.agency.id, ...answer.agency.lineageUnitIds])] : [],
    );
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return Object.freeze([]);
    throw error;
  }
}

export function agencyReach(agencyId: string): Promise<readonly string[]> {
  const now = Date.now();
  const hit = cache.get(agencyId);
  if (hit && hit.until > now) return hit.units;
  const units = askAgencies(agencyId);
  if (cache.size > 5_000) cache.clear();
  cache.set(agencyId, { units, until: now + TTL_MS });
  // A failed call is not remembered: the next request asks again.
  units.catch(() => cache.delete(agencyId));
  return units;
}
