import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SubgraphDefinition } from '../../kit/subgraph.ts';
import { create{{Type}}Loaders, type {{Type}}Loaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { seed{{Identifier}} } from './seed.ts';
import { has{{Type}}Rows } from './{{type}}Store.ts';

/** The {{name}} subgraph: {{Type}} records, each concerning an agency. */
export const {{identifier}}: SubgraphDefinition<{{Type}}Loaders> = {
  name: '{{name}}',
  folder: dirname(fileURLToPath(import.meta.url)),
  resolvers,
  createLoaders: (db) => create{{Type}}Loaders(db),
  isSeeded: has{{Type}}Rows,
  seed: (db) => seed{{Identifier}}(db),
};
