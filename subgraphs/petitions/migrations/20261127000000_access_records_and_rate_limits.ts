import type { Knex } from 'knex';

/**
 * Access records: who read a petitioner's personal data, which petition, when, masked or not — never the
 * data itself. Submission counters: fixed-window counts per client and per phone number (as a hash, so the
 * table holds no phone), kept in the database every replica shares.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table personal_data_access (
      id bigint generated always as identity primary key,
      petition_id uuid not null references petitions (id),
      subject text,
      role text not null,
      agency_id text,
      masked boolean not null,
      at timestamptz not null default now()
    )`);
  await knex.raw('create index personal_data_access_petition on personal_data_access (petition_id, at)');
  await knex.raw(`
    create table submission_counters (
      key text not null,
      window_start timestamptz not null,
      count integer not null,
      primary key (key, window_start)
    )`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table submission_counters');
  await knex.raw('drop table personal_data_access');
}
