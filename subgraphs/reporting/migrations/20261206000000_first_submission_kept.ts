import type { Knex } from 'knex';

/**
 * Each obligation keeps the instant of its first submission, set by the submissions' own statements, so
 * that compliance counts read one index instead of looking up every obligation's submissions. A correction
 * is a later version and never moves it. The (agency, due date) index carries it: a scorecard's count of
 * an agency's obligations due in a period is an index-only scan.
 */
const CHANGES = [
  { name: 'inserted', event: 'insert', referencing: 'new table as changed', table: 'changed' },
  { name: 'deleted', event: 'delete', referencing: 'old table as changed', table: 'changed' },
] as const;

const recompute = (obligations: string) => `update reporting_obligations o
  set first_submitted_at = (select min(s.submitted_at) from reporting_submissions s where s.obligation_id = o.id)
  where o.id in (${obligations})`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table reporting_obligations add column first_submitted_at timestamptz');
  await knex.raw(recompute('select obligation_id from reporting_submissions'));
  for (const change of CHANGES) {
    await knex.raw(`create function reporting_first_submission_${change.name}() returns trigger language plpgsql as $$
      begin
        ${recompute(`select distinct obligation_id from ${change.table}`)};
        return null;
      end $$`);
    await knex.raw(`create trigger reporting_first_submission_${change.name}
      after ${change.event} on reporting_submissions referencing ${change.referencing}
      for each statement execute function reporting_first_submission_${change.name}()`);
  }
  await knex.raw(`create index reporting_obligations_agency_due_first on reporting_obligations (agency_id, due_date)
    include (first_submitted_at)`);
  await knex.raw('drop index reporting_obligations_agency_due');
  await knex.raw(
    'alter index reporting_obligations_agency_due_first rename to reporting_obligations_agency_due',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    'create index reporting_obligations_agency_due_plain on reporting_obligations (agency_id, due_date)',
  );
  await knex.raw('drop index reporting_obligations_agency_due');
  await knex.raw(
    'alter index reporting_obligations_agency_due_plain rename to reporting_obligations_agency_due',
  );
  for (const change of CHANGES) {
    await knex.raw(`drop trigger reporting_first_submission_${change.name} on reporting_submissions`);
    await knex.raw(`drop function reporting_first_submission_${change.name}()`);
  }
  await knex.raw('alter table reporting_obligations drop column first_submitted_at');
}
