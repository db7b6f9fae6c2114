import type { Knex } from 'knex';

/** The urging rate limit (kit/urgingRate.ts) reads an account's urgings of the last hour, newest first. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index reporting_urgings_urged_by on reporting_urgings (urged_by, urged_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index reporting_urgings_urged_by');
}
