import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { PROJECT_ROOT, SUBGRAPHS } from '../kit/config.ts';
import { subgraphSdl } from '../kit/subgraph.ts';
import { apiSchemaSdl } from './clientSchemas.ts';
import { entityFieldViolations } from './compose/entityFieldRule.ts';

export const SUPERGRAPH_PATH = join(PROJECT_ROOT, 'schema', 'supergraph.graphql');

/**
 * Composes every subgraph's SDL file; routing URLs are the defaults, overridable at the gateway. The hub's
 * own rules (scripts/compose/) fail composition as Apollo's errors do. Also gives the API schema clients see
 * through the gateway (scripts/clientSchemas.ts).
 */
export function composeSupergraph(
  subgraphsDir = process.env.PAKN_SUBGRAPHS_DIR ?? join(PROJECT_ROOT, 'subgraphs'),
  names: string[] = Object.keys(SUBGRAPHS),
): { supergraphSdl?: string; apiSchemaSdl?: string; errors: string[] } {
  const services = names.map((name) => ({
    name,
    url: `http://localhost:${SUBGRAPHS[name as keyof typeof SUBGRAPHS].port}/graphql`,
    typeDefs: parse(subgraphSdl(join(subgraphsDir, name))),
  }));
  const ruleErrors = entityFieldViolations(services);
  if (ruleErrors.length > 0) return { errors: ruleErrors };
  const result = composeServices(services);
  if (result.errors) return { errors: result.errors.map((error) => error.message) };
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl: apiSchemaSdl(result), errors: [] };
}
