import type { Knex } from 'knex';

/**
 * Simplification plans (phương án đơn giản hóa): per review year, one agency proposes changes to one
 * procedure or a group. Items keep the inputs of the compliance-cost calculation (kit/complianceCost.ts),
 * never its results, so there is one calculation and nothing stored to drift from it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table simplification_plans (
      id bigint generated always as identity primary key,
      review_year smallint not null check (review_year between 2010 and 2100),
      agency_id text not null,
      title text not null check (title <> ''),
      hour_value_vnd numeric not null check (hour_value_vnd >= 0),
      status text not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'IMPLEMENTED')),
      created_by text not null,
      created_at timestamptz not null default now(),
      submitted_at timestamptz,
      approved_at timestamptz,
      implemented_at timestamptz,
      sample boolean not null default false
    )`);
  await knex.raw(
    'create index simplification_plans_year on simplification_plans (review_year, agency_id, id)',
  );
  await knex.raw(`
    create table simplification_plan_items (
      plan_id bigint not null references simplification_plans (id) on delete cascade,
      position smallint not null,
      procedure_code text not null references procedures (code),
      proposals text[] not null check (cardinality(proposals) > 0 and proposals <@ array['ABOLISH', 'MERGE',
        'SHORTEN_PROCESSING_TIME', 'CUT_DOSSIER_COMPONENTS', 'CUT_FEES', 'MOVE_ONLINE']::text[]),
      merge_into_code text references procedures (code),
      rationale text not null,
      before_hours numeric not null check (before_hours >= 0),
      before_fees_vnd numeric not null check (before_fees_vnd >= 0),
      before_other_vnd numeric not null check (before_other_vnd >= 0),
      before_filings numeric not null check (before_filings >= 0),
      after_hours numeric not null check (after_hours >= 0),
      after_fees_vnd numeric not null check (after_fees_vnd >= 0),
      after_other_vnd numeric not null check (after_other_vnd >= 0),
      after_filings numeric not null check (after_filings >= 0),
      primary key (plan_id, position),
      unique (plan_id, procedure_code)
    )`);
  await knex.raw(
    'create index simplification_plan_items_procedure on simplification_plan_items (procedure_code)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table simplification_plan_items');
  await knex.raw('drop table simplification_plans');
}
