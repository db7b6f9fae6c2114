import type { Knex } from 'knex';
import { createSearchFunctions } from '../../../kit/db.ts';

/**
 * The national catalog of administrative procedures. Child tables (agencies by role, filing channels,
 * legal bases) hang off the procedure code so later issues (simplification plans, maintenance) can add
 * their own tables beside them without touching these.
 */
export async function up(knex: Knex): Promise<void> {
  await createSearchFunctions(knex);
  // array_to_string over text[] is deterministic; PostgreSQL only marks it STABLE because of anyarray, so
  // the generated search column needs this IMMUTABLE wrapper (like search_text over unaccent).
  await knex.raw(`
    create or replace function procedure_search_document(name text, keywords text[]) returns text
    language sql immutable parallel safe
    as $$ select search_text(name || ' ' || coalesce(array_to_string(keywords, ' '), '')) $$`);
  await knex.raw(`
    create table procedure_fields (
      code text primary key,
      name text not null
    )`);
  await knex.raw(`
    create table legal_documents (
      number text primary key,
      title text not null,
      issuer text not null,
      issued_on date not null
    )`);
  await knex.raw(`
    create table procedures (
      code text primary key check (code ~ '^[0-9][.][0-9]{6}$'),
      name text not null,
      field_code text not null references procedure_fields (code),
      levels text[] not null check (cardinality(levels) > 0
        and levels <@ array['CENTRAL', 'PROVINCIAL', 'COMMUNAL', 'DISTRICT']::text[]),
      kind text not null check (kind in ('STANDARD', 'INTERCONNECTED', 'INTERNAL')),
      subjects text[] not null default '{}',
      keywords text[] not null default '{}',
      status text not null check (status in ('IN_EFFECT', 'AMENDED', 'ABOLISHED')),
      effective_from date,
      effective_to date,
      sample boolean not null default false,
      search_document text not null generated always as (procedure_search_document(name, keywords)) stored,
      updated_at timestamptz not null default now(),
      check (effective_from is null or effective_to is null or effective_from <= effective_to),
      check (status <> 'ABOLISHED' or effective_to is not null)
    )`);
  await knex.raw('create index procedures_field on procedures (field_code, code)');
  await knex.raw('create index procedures_levels on procedures using gin (levels)');
  await knex.raw('create index procedures_status on procedures (status)');
  await knex.raw('create index procedures_search on procedures using gin (search_document gin_trgm_ops)');
  // pg_trgm declares word_similarity (behind `<%`) as cheap as an equality, so the planner scans every row
  // (≈130 ms at 6,500 procedures) instead of the trigram index (≈7 ms). Its real cost is per-row trigram
  // extraction: say so. Skipped where the migrating role does not own the extension.
  await knex.raw(`
    do $$ begin
      alter function word_similarity_op(text, text) cost 200;
    exception when insufficient_privilege then null;
    end $$`);
  await knex.raw(`
    create table procedure_agencies (
      procedure_code text not null references procedures (code) on delete cascade,
      position smallint not null,
      role text not null check (role in ('COMPETENT', 'IMPLEMENTING', 'AUTHORIZED', 'COORDINATING')),
      agency_id text,
      agency_name text not null,
      primary key (procedure_code, position)
    )`);
  // Agency.procedures and the agencyId filter look links up by agency.
  await knex.raw(
    'create index procedure_agencies_agency on procedure_agencies (agency_id, procedure_code) where agency_id is not null',
  );
  await knex.raw(`
    create table procedure_channels (
      procedure_code text not null references procedures (code) on delete cascade,
      channel text not null check (channel in ('ONLINE', 'POST', 'IN_PERSON')),
      processing_days integer not null check (processing_days >= 0),
      fee_vnd bigint not null check (fee_vnd >= 0),
      primary key (procedure_code, channel)
    )`);
  await knex.raw(`
    create table procedure_legal_bases (
      procedure_code text not null references procedures (code) on delete cascade,
      document_number text not null references legal_documents (number),
      position smallint not null,
      primary key (procedure_code, document_number)
    )`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table procedure_legal_bases');
  await knex.raw('drop table procedure_channels');
  await knex.raw('drop table procedure_agencies');
  await knex.raw('drop table procedures');
  await knex.raw('drop table legal_documents');
  await knex.raw('drop table procedure_fields');
  await knex.raw('drop function procedure_search_document(text, text[])');
}
