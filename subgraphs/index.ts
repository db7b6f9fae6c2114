import { SUBGRAPHS, type SubgraphName } from '../kit/config.ts';
import type { SubgraphDefinition } from '../kit/subgraph.ts';
import { agencies } from './agencies/index.ts';
import { petitions } from './petitions/index.ts';
import { procedures } from './procedures/index.ts';
import { reporting } from './reporting/index.ts';

/**
 * Every subgraph's definition by name: the one list the seed script, `npm run dev`, the test hub, the
 * benchmark and the soak read. A new subgraph is its folder, a line here and its port in kit/config.ts
 * SUBGRAPHS (the type below fails the type check until both agree); `npm run new-subgraph` writes all three.
 */
export const SUBGRAPH_DEFINITIONS: Record<SubgraphName, SubgraphDefinition<unknown>> = {
  agencies: agencies as SubgraphDefinition<unknown>,
  petitions: petitions as SubgraphDefinition<unknown>,
  procedures: procedures as SubgraphDefinition<unknown>,
  reporting: reporting as SubgraphDefinition<unknown>,
};

/** The definitions in kit/config.ts SUBGRAPHS order. */
export function subgraphDefinitions(): SubgraphDefinition<unknown>[] {
  return (Object.keys(SUBGRAPHS) as SubgraphName[]).map((name) => SUBGRAPH_DEFINITIONS[name]);
}
