import type { Knex } from 'knex';

/** The urging rate limit (kit/urgingRate.ts) reads an account's urgings of the last hour, newest first. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index urgings_urged_by on urgings (urged_by, urged_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index urgings_urged_by');
}
