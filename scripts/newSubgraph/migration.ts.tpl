import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table {{table}} (
      id text primary key,
      title text not null,
      agency_id text not null,
      recorded_on date not null
    )`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table {{table}}');
}
