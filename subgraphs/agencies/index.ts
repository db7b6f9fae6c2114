import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { hasAgencies } from './agencyStore.ts';
import { type AgencyLoaders, createAgencyLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { seedAgencies } from './seed.ts';

/** The agencies subgraph: the directory of agencies and their history across the 2025 reorganization. */
export const agencies: SubgraphDefinition<AgencyLoaders> = {
  name: 'agencies',
  folder: dirname(fileURLToPath(import.meta.url)),
  resolvers,
  createLoaders: (db) => createAgencyLoaders(db),
  isSeeded: hasAgencies,
  seed: (db) => seedAgencies(db),
};
