import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { PROJECT_ROOT, SUBGRAPHS } from '../kit/config.ts';
import { subgraphSdl } from '../kit/subgraph.ts';
import { apiSchemaSdl } from './clientSchemas.ts';
import { entityFieldViolations } from './compose/entityFieldRule.ts';

export const SUPERGRAPH_PATH = join(PROJECT_ROOT, 'schema', 'supergraph.graphql');

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

export interface Composition {
  supergraphSdl?: string;
  apiSchemaSdl?: string;
  errors: string[];
}

/** The subgraphs of this repository as composition takes them: SDL files and default routing URLs. */
export function repositorySubgraphs(
  subgraphsDir = process.env.PAKN_SUBGRAPHS_DIR ?? join(PROJECT_ROOT, 'subgraphs'),
  names: string[] = Object.keys(SUBGRAPHS),
): SubgraphSource[] {
  return names.map((name) => ({
    name,
    url: `http://localhost:${SUBGRAPHS[name as keyof typeof SUBGRAPHS].port}/graphql`,
    sdl: subgraphSdl(join(subgraphsDir, name)),
  }));
}

/**
 * Composes subgraphs; the hub's own rules (scripts/compose/) fail composition as Apollo's errors do. Also
 * gives the API schema clients see through the gateway (scripts/clientSchemas.ts).
 */
export function composeSubgraphs(subgraphs: SubgraphSource[]): Composition {
  let services: { name: string; url: string; typeDefs: ReturnType<typeof parse> }[];
  try {
    services = subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) }));
  } catch (error) {
    return { errors: [`a subgraph schema does not parse: ${(error as Error).message}`] };
  }
  const ruleErrors = entityFieldViolations(services);
  if (ruleErrors.length > 0) return { errors: ruleErrors };
  const result = composeServices(services);
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl: apiSchemaSdl(result), errors: [] };
}

/** Composes every subgraph's SDL file; routing URLs are the defaults, overridable at the gateway. */
export function composeSupergraph(subgraphsDir?: string, names?: string[]): Composition {
  return composeSubgraphs(repositorySubgraphs(subgraphsDir, names));
}
