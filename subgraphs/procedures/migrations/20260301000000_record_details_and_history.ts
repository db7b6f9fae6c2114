import type { Knex } from 'knex';

/**
 * The rest of a procedure's record (Decree 63/2010/NĐ-CP, Art. 8) beside the first migration's tables:
 * the managing ministry, result, publication decision, requirements, steps, dossier components, related
 * procedures; and the change history that maintenance by ministry officers keeps (one row per command).
 */
export async function up(knex: Knex): Promise<void> {
  // Nullable at first so existing rows migrate; the seed and every command fill them.
  await knex.raw('alter table procedures add column managing_agency_id text');
  await knex.raw('alter table procedures add column result_name text');
  await knex.raw('alter table procedures add column result_code text');
  await knex.raw('alter table procedures add column publication_number text');
  await knex.raw('alter table procedures add column publication_date date');
  await knex.raw(`alter table procedures add column requirements text[] not null default '{}'`);
  // Maintenance checks "the officer's ministry manages this procedure" by this column.
  await knex.raw('create index procedures_managing_agency on procedures (managing_agency_id, code)');
  await knex.raw(`
    create table procedure_steps (
      procedure_code text not null references procedures (code) on delete cascade,
      position smallint not null,
      description text not null check (description <> ''),
      primary key (procedure_code, position)
    )`);
  await knex.raw(`
    create table procedure_dossier_components (
      procedure_code text not null references procedures (code) on delete cascade,
      position smallint not null,
      document text not null check (document <> ''),
      form text,
      quantity smallint not null check (quantity > 0),
      primary key (procedure_code, position)
    )`);
  await knex.raw(`
    create table procedure_related (
      procedure_code text not null references procedures (code) on delete cascade,
      related_code text not null references procedures (code) on delete cascade,
      position smallint not null,
      primary key (procedure_code, related_code),
      check (procedure_code <> related_code)
    )`);
  await knex.raw(`
    create table procedure_changes (
      id bigint generated always as identity primary key,
      procedure_code text not null references procedures (code),
      action text not null check (action in ('CREATED', 'AMENDED', 'ABOLISHED')),
      changed_by text not null,
      agency_id text not null,
      changed_at timestamptz not null default now(),
      effective_on date not null,
      reason text,
      before jsonb,
      after jsonb not null
    )`);
  await knex.raw('create index procedure_changes_procedure on procedure_changes (procedure_code, id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table procedure_changes');
  await knex.raw('drop table procedure_related');
  await knex.raw('drop table procedure_dossier_components');
  await knex.raw('drop table procedure_steps');
  await knex.raw('drop index procedures_managing_agency');
  await knex.raw('alter table procedures drop column requirements');
  await knex.raw('alter table procedures drop column publication_date');
  await knex.raw('alter table procedures drop column publication_number');
  await knex.raw('alter table procedures drop column result_code');
  await knex.raw('alter table procedures drop column result_name');
  await knex.raw('alter table procedures drop column managing_agency_id');
}
