import type { Knex } from 'knex';
import { createSearchFunctions } from '../../../kit/db.ts';

export async function up(knex: Knex): Promise<void> {
  await createSearchFunctions(knex);
  await knex.raw(`
    create table agencies (
      id text primary key,
      code text not null,
      name text not null,
      short_name text not null,
      kind text not null check (kind in ('GOVERNMENT', 'MINISTRY', 'MINISTERIAL_AGENCY', 'GOVERNMENT_AGENCY',
        'PROVINCE', 'PROVINCIAL_DEPARTMENT', 'MINISTRY_DEPARTMENT', 'DISTRICT', 'COMMUNE')),
      parent_id text references agencies (id) deferrable initially deferred,
      valid_from date,
      valid_to date,
      successor_id text references agencies (id) deferrable initially deferred,
      check (valid_from is null or valid_to is null or valid_from <= valid_to),
      check (successor_id is null or valid_to is not null)
    )`);
  await knex.raw('create index agencies_kind_code on agencies (kind, code)');
  await knex.raw('create index agencies_parent on agencies (parent_id)');
  await knex.raw('create index agencies_successor on agencies (successor_id)');
  await knex.raw(
    `create index agencies_search on agencies using gin (search_text(name || ' ' || short_name) gin_trgm_ops)`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table agencies');
}
