import type { Knex } from 'knex';

/**
 * Urgings (đôn đốc, Decree 20/2008: the Government Office urges ministries and provinces so that answers
 * come on time): who urged which agency, when, with what message and by which new date, and which overdue
 * petitions it named; the urged agency's acknowledgement. The indexes serve Agency.urgings (an agency's
 * newest first, keyset on urged_at then id), Petition.urgings (by petition id) and the statistics' urged
 * figures (a petition's first urging).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table urgings (
      id uuid primary key,
      agency_id text not null,
      urged_by text not null,
      urged_by_agency_id text not null,
      urged_at timestamptz not null,
      message text not null check (length(message) > 0),
      expected_by date not null,
      acknowledged_at timestamptz,
      acknowledged_by text,
      check ((acknowledged_at is null) = (acknowledged_by is null))
    )`);
  await knex.raw('create index urgings_agency_urged on urgings (agency_id, urged_at desc, id desc)');
  await knex.raw(`
    create table urged_petitions (
      urging_id uuid not null references urgings (id) on delete cascade,
      petition_id uuid not null references petitions (id) on delete cascade,
      primary key (urging_id, petition_id)
    )`);
  await knex.raw('create index urged_petitions_petition on urged_petitions (petition_id, urging_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table urged_petitions');
  await knex.raw('drop table urgings');
}
