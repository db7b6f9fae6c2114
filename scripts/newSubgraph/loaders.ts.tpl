import type { Knex } from 'knex';
import { rowLoader } from '../../kit/loaders.ts';
import { type {{Type}}Row, {{type}}RowsByIds } from './{{type}}Store.ts';

export function create{{Type}}Loaders(knex: Knex) {
  return {
    {{type}}: rowLoader(
      (ids: readonly string[]) => {{type}}RowsByIds(knex, ids),
      (row: {{Type}}Row) => row.id,
    ),
  };
}

export type {{Type}}Loaders = ReturnType<typeof create{{Type}}Loaders>;
