import type { Knex } from 'knex';
import { type Keyset, keysetPage, type PageArgs } from '../../kit/pagination.ts';

/** A {{table}} row. */
export interface {{Type}}Row extends Record<string, unknown> {
  id: string;
  title: string;
  /** An agency of the agencies subgraph (another database: no foreign key). */
  agency_id: string;
  recorded_on: string;
}

/** Lists are ordered by id; the name makes a cursor from another list fail rather than be misread. */
export const {{TYPE}}_ORDER: Keyset = {
  name: '{{name}}',
  keys: [{ column: 'id', field: 'id', type: 'string' }],
  direction: 'asc',
};

const COLUMNS = ['id', 'title', 'agency_id', 'recorded_on'];

export async function {{type}}RowsByIds(knex: Knex, ids: readonly string[]): Promise<{{Type}}Row[]> {
  return knex('{{table}}')
    .select(COLUMNS)
    .whereIn('id', ids as string[]);
}

export function list{{Type}}Rows(knex: Knex, page: PageArgs) {
  return keysetPage<{{Type}}Row>(knex('{{table}}').select(COLUMNS), {{TYPE}}_ORDER, page);
}

export async function has{{Type}}Rows(knex: Knex): Promise<boolean> {
  const row = await knex('{{table}}').first('id');
  return row !== undefined;
}
