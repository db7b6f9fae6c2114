import type { Knex } from 'knex';

/**
 * Every change of a petition's rating: the rating before (null the first time) and after, when, and the
 * account that sent it when one was signed in. Never the phone number that proved the petitioner.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table petition_rating_changes (
      id bigint generated always as identity primary key,
      petition_id uuid not null references petitions (id),
      old_rating smallint check (old_rating between 1 and 5),
      new_rating smallint not null check (new_rating between 1 and 5),
      rated_at timestamptz not null,
      account text
    )`);
  await knex.raw(
    'create index petition_rating_changes_petition on petition_rating_changes (petition_id, rated_at)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table petition_rating_changes');
}
