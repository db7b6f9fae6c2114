import type { Knex } from 'knex';
import { sqlList } from '../domain.ts';
import { ESCALATION_GROUNDS, ESCALATION_STATES } from '../escalationRules.ts';

/**
 * Escalations to the Government (Decree 20/2008 Art. 17): one row per time a handling agency reported a
 * petition up, with the ground, the agencies involved (escalation_agencies, the escalating agency first),
 * and the Government Office's decision: assigned to a handling agency, or answered itself. At most one
 * PENDING escalation per petition. The events that recorded the steps in the petition's history are linked
 * (escalated_event_id, decided_event_id), so a history reader can tell which events are escalation steps.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table escalations (
      id uuid primary key,
      petition_id uuid not null references petitions (id) on delete cascade,
      ground text not null check (ground in (${sqlList(ESCALATION_GROUNDS)})),
      reason text not null,
      escalated_by text not null,
      escalated_by_agency_id text not null,
      escalated_at timestamptz not null,
      escalated_event_id bigint not null references petition_events (id) on delete cascade,
      state text not null default 'PENDING' check (state in (${sqlList(ESCALATION_STATES)})),
      decided_at timestamptz,
      decided_by text,
      decided_event_id bigint references petition_events (id) on delete cascade,
      assigned_agency_id text,
      answer text,
      check ((state = 'PENDING') = (decided_at is null)),
      check ((state = 'PENDING') = (decided_by is null)),
      check ((state = 'PENDING') = (decided_event_id is null)),
      check ((state = 'ASSIGNED') = (assigned_agency_id is not null)),
      check ((state = 'ANSWERED') = (answer is not null)),
      check (decided_at is null or decided_at >= escalated_at)
    )`);
  await knex.raw(`
    create table escalation_agencies (
      escalation_id uuid not null references escalations (id) on delete cascade,
      position smallint not null,
      agency_id text not null,
      primary key (escalation_id, position),
      unique (escalation_id, agency_id)
    )`);
  // The one open escalation of a petition: a second one (even a concurrent one) is refused.
  await knex.raw(
    `create unique index escalations_pending_petition on escalations (petition_id) where state = 'PENDING'`,
  );
  // Petition.escalation: the latest of each petition.
  await knex.raw(
    'create index escalations_petition on escalations (petition_id, escalated_at desc, id desc)',
  );
  // The queue, oldest first, by state or all (keyset escalated_at, id), and the statistics by day.
  await knex.raw('create index escalations_queue on escalations (state, escalated_at, id)');
  await knex.raw('create index escalations_escalated on escalations (escalated_at, id)');
  // Which history events are escalation steps.
  await knex.raw('create index escalations_escalated_event on escalations (escalated_event_id)');
  await knex.raw(
    'create index escalations_decided_event on escalations (decided_event_id) where decided_event_id is not null',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table escalation_agencies');
  await knex.raw('drop table escalations');
}
