import type { Knex } from 'knex';
import { createSearchFunctions } from '../../../kit/db.ts';
import { sqlList } from '../domain.ts';
import { backfillLifecycleColumns } from '../seed/backfill.ts';

const BASES = sqlList(['NOT_ENOUGH_BASIS', 'ENOUGH_BASIS']);

/**
 * The lifecycle's columns: the handling agency's ancestors (so a list by agency includes its units without
 * asking the agencies subgraph at read time), the transfer deadline, the processing basis, working days to
 * the answer (computed with the kit's calendar, which SQL does not have), submission extras, re-submission
 * links, the citizen's rating; the idempotency keys of submissions; and diacritic-insensitive search.
 */
export async function up(knex: Knex): Promise<void> {
  await createSearchFunctions(knex);
  await knex.raw(`alter table petitions
    add column handling_agency_ancestors text[] not null default '{}',
    add column transfer_due_date date,
    add column processing_basis text check (processing_basis in (${BASES})),
    add column answer_working_days integer check (answer_working_days >= 0),
    add column regulation_reference text,
    add column attachments jsonb not null default '[]',
    add column previous_petition_id uuid references petitions (id) on delete set null,
    add column escalation boolean not null default false,
    add column rating smallint check (rating between 1 and 5),
    add column rated_at timestamptz,
    add constraint petitions_rating_published check (rating is null or status = 'PUBLISHED')`);
  await knex.raw(
    'create index petitions_handling_ancestors on petitions using gin (handling_agency_ancestors)',
  );
  // Query.petitions without an agency: newest first over everything.
  await knex.raw('create index petitions_received on petitions (received_at, id)');
  await knex.raw(
    `create index petitions_search on petitions using gin (search_text(title || ' ' || content) gin_trgm_ops)`,
  );
  await knex.raw('alter table petition_events add column addressed_agency_id text');
  // Transfers out of an agency's units, for the scorecard's transferredOut.
  await knex.raw(
    `create index petition_events_transfers on petition_events (actor_agency_id) where to_status = 'TRANSFERRED'`,
  );
  // One row per idempotency key: the unique key is what stops concurrent retries from creating twins. The
  // key is claimed first in the submission's transaction, before the petition exists: the check is deferred.
  await knex.raw(`
    create table petition_submissions (
      idempotency_key text primary key,
      payload_hash text not null,
      petition_id uuid not null references petitions (id) on delete cascade deferrable initially deferred,
      created_at timestamptz not null default now()
    )`);
  await backfillLifecycleColumns(knex);
  await knex.raw('alter table petitions alter column transfer_due_date set not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table petition_submissions');
  await knex.raw('drop index petition_events_transfers');
  await knex.raw('alter table petition_events drop column addressed_agency_id');
  await knex.raw('drop index petitions_search');
  await knex.raw('drop index petitions_received');
  await knex.raw('drop index petitions_handling_ancestors');
  await knex.raw(`alter table petitions
    drop constraint petitions_rating_published,
    drop column rated_at,
    drop column rating,
    drop column escalation,
    drop column previous_petition_id,
    drop column attachments,
    drop column regulation_reference,
    drop column answer_working_days,
    drop column processing_basis,
    drop column transfer_due_date,
    drop column handling_agency_ancestors`);
}
