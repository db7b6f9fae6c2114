import { GraphQLError } from 'graphql';
import { HUB_SERVICE } from './identity.ts';
import { keptAnswers } from './keptAnswers.ts';
import { callSubgraph, subgraphUrl } from './subgraphClient.ts';

/**
 * Which agencies an agency covers, asked of the agencies subgraph (which owns the hierarchy) and kept a few
 * minutes per process: it is public reference data that changes with a decree, not with a request.
 * - reach: itself, every unit under it, and every agency it succeeded in the 2025 reorganization with
 *   theirs — the records it answers for;
 * - units: itself and every unit under it — "this agency or any under it" in filters;
 * - memberOf: the agencies its officers are officers of — itself, every agency above it (an officer of a
 *   unit belongs to the agency the unit is part of) and every agency it succeeded (without their units).
 *   Never the agencies under it: an officer of a province is not an officer of its departments.
 * An unknown agency covers nothing.
 */
export interface AgencyCoverage {
  reach: readonly string[];
  units: readonly string[];
  memberOf: readonly string[];
}

const NOTHING: AgencyCoverage = Object.freeze({
  reach: Object.freeze([]),
  units: Object.freeze([]),
  memberOf: Object.freeze([]),
});

const COVERAGE =
  'query Coverage($id: ID!) { agency(id: $id) { id lineageUnitIds descendantUnitIds predecessorIds ancestors { id } } }';

interface CoverageAnswer {
  agency: {
    id: string;
    lineageUnitIds: string[];
    descendantUnitIds: string[];
    predecessorIds: string[];
    ancestors: { id: string }[];
  } | null;
}

async function askAgencies(key: string): Promise<AgencyCoverage> {
  const agencyId = key.slice(key.indexOf(' ') + 1);
  try {
    const { agency } = await callSubgraph<CoverageAnswer>(
      'agencies',
      COVERAGE,
      { id: agencyId },
      HUB_SERVICE,
    );
    if (!agency) return NOTHING;
    return Object.freeze({
      reach: Object.freeze([...new Set([agency.id, ...agency.lineageUnitIds])]),
      units: Object.freeze([...new Set([agency.id, ...agency.descendantUnitIds])]),
      memberOf: Object.freeze([
        ...new Set([agency.id, ...agency.predecessorIds, ...agency.ancestors.map(({ id }) => id)]),
      ]),
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return NOTHING;
    throw error;
  }
}

// Keyed by the agencies subgraph's address too: a test process may start several hubs one after another.
const coverageAt = keptAnswers(askAgencies, { ttlMs: 5 * 60_000, maxKeys: 5_000 });

export const agencyCoverage = (agencyId: string): Promise<AgencyCoverage> =>
  coverageAt(`${subgraphUrl('agencies')} ${agencyId}`);

export const agencyReach = async (agencyId: string) => (await agencyCoverage(agencyId)).reach;
export const agencyUnits = async (agencyId: string) => (await agencyCoverage(agencyId)).units;
