import type { Knex } from 'knex';

/**
 * Answers to catalog searches, kept in the database every replica shares (procedureSearchCache.ts). A
 * search ranks every trigram candidate (30–100 ms at 6,500 procedures); citizens type the same few
 * searches over and over. The catalog's version moves in the same transaction as any change to what a
 * search selects on (procedures and their agencies), and an answer is served only for the version it was
 * computed from, so no search ever sees a catalog it could not have seen without the cache.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table catalog_version (
      only_row boolean primary key default true check (only_row),
      version bigint not null
    )`);
  await knex.raw('insert into catalog_version (version) values (1)');
  // Unlogged: a cache; a crash empties it, nothing else is lost.
  await knex.raw(`
    create unlogged table procedure_search_cache (
      key text primary key,
      version bigint not null,
      codes text[] not null,
      ranks integer[] not null,
      match_count integer not null,
      created_at timestamptz not null default now()
    )`);
  // The search_path of the migration, kept with the function: writers with another search_path (a bulk
  // copy into this schema, say) still reach this schema's tables.
  await knex.raw(`
    create function bump_catalog_version() returns trigger language plpgsql
    set search_path from current
    as $$
    begin
      update catalog_version set version = version + 1;
      delete from procedure_search_cache;
      return null;
    end $$`);
  for (const table of ['procedures', 'procedure_agencies']) {
    await knex.raw(`
      create trigger ${table}_catalog_version
      after insert or update or delete or truncate on ${table}
      for each statement execute function bump_catalog_version()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['procedures', 'procedure_agencies']) {
    await knex.raw(`drop trigger ${table}_catalog_version on ${table}`);
  }
  await knex.raw('drop function bump_catalog_version()');
  await knex.raw('drop table procedure_search_cache');
  await knex.raw('drop table catalog_version');
}
