import type { Knex } from 'knex';

/**
 * Urgings about reports (Decree 09/2019; the Government Office urges ministries and provinces): who urged
 * which agency, when, with what message and by which new date, and which overdue obligations it named; the
 * urged agency's acknowledgement. The indexes serve Agency.reportingUrgings (an agency's newest first,
 * keyset on urged_at then id), ReportingObligation.urgings (by obligation id) and the compliance figures'
 * urged counts (an obligation's first urging).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table reporting_urgings (
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
  await knex.raw(
    'create index reporting_urgings_agency_urged on reporting_urgings (agency_id, urged_at desc, id desc)',
  );
  await knex.raw(`
    create table urged_obligations (
      urging_id uuid not null references reporting_urgings (id) on delete cascade,
      obligation_id bigint not null references reporting_obligations (id) on delete cascade,
      primary key (urging_id, obligation_id)
    )`);
  await knex.raw('create index urged_obligations_obligation on urged_obligations (obligation_id, urging_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table urged_obligations');
  await knex.raw('drop table reporting_urgings');
}
