import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { createProcedureLoaders, type ProcedureLoaders } from './loaders.ts';
import { hasProcedures } from './procedureStore.ts';
import { resolvers } from './resolvers.ts';
import { seedProcedures } from './seed.ts';

/** The procedures subgraph: the national catalog of administrative procedures (thủ tục hành chính). */
export const procedures: SubgraphDefinition<ProcedureLoaders> = {
  name: 'procedures',
  folder: dirname(fileURLToPath(import.meta.url)),
  resolvers,
  createLoaders: (db) => createProcedureLoaders(db),
  isSeeded: hasProcedures,
  seed: (db) => seedProcedures(db),
};
