import type { Knex } from 'knex';
import { CATEGORIES, CHANNELS, KINDS, PETITIONER_TYPES, STATUSES, sqlList } from '../domain.ts';

/**
 * Petitions and their audit trail. Agency and procedure ids are plain text: they belong to other subgraphs,
 * so no foreign key can (or should) reach them. The petitioner's personal data lives in its own columns so
 * that access control can guard it; the schema does not expose it yet.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table petitions (
      id uuid primary key,
      tracking_code text not null,
      title text not null,
      content text not null,
      category text not null check (category in (${sqlList(CATEGORIES)})),
      kind text not null check (kind in (${sqlList(KINDS)})),
      channel text not null check (channel in (${sqlList(CHANNELS)})),
      petitioner_type text not null check (petitioner_type in (${sqlList(PETITIONER_TYPES)})),
      petitioner_name text not null,
      petitioner_address text not null,
      petitioner_phone text not null,
      petitioner_email text,
      status text not null check (status in (${sqlList(STATUSES)})),
      receiving_agency_id text not null,
      handling_agency_id text not null,
      procedure_code text,
      received_at timestamptz not null,
      due_date date not null,
      answered_at timestamptz,
      published_at timestamptz,
      answer text,
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      check ((answered_at is not null) = (status in ('ANSWERED', 'PUBLISHED'))),
      check ((published_at is not null) = (status = 'PUBLISHED')),
      check (status <> 'PUBLISHED' or answer is not null),
      check (answered_at is null or answered_at >= received_at),
      check (published_at is null or published_at >= answered_at)
    )`);
  // Public tracking.
  await knex.raw('create unique index petitions_tracking_code on petitions (tracking_code)');
  // The agency inbox (keyset received_at desc, id desc) and the scorecard's range scan per unit.
  await knex.raw(
    'create index petitions_handling_received on petitions (handling_agency_id, received_at, id)',
  );
  await knex.raw('create index petitions_receiving_received on petitions (receiving_agency_id, received_at)');
  await knex.raw(
    'create index petitions_procedure_received on petitions (procedure_code, received_at) where procedure_code is not null',
  );

  // One row per status change: who (and for which agency) moved it, why, and where a transfer sent it.
  await knex.raw(`
    create table petition_events (
      id bigint generated always as identity primary key,
      petition_id uuid not null references petitions (id) on delete cascade,
      at timestamptz not null,
      actor text,
      actor_agency_id text,
      from_status text check (from_status in (${sqlList(STATUSES)})),
      to_status text not null check (to_status in (${sqlList(STATUSES)})),
      reason text,
      target_agency_id text,
      check (to_status <> 'TRANSFERRED' or target_agency_id is not null)
    )`);
  await knex.raw('create index petition_events_petition on petition_events (petition_id, at, id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table petition_events');
  await knex.raw('drop table petitions');
}
