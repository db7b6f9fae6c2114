import type { Knex } from 'knex';

/** Hubs seeded before this migration: the Huế rename (Resolution 1314/NQ-UBTVQH15) the seed now writes. */
const HUE_FORMER_NAMES = `values
  ('tinh-46', 'Tỉnh Thừa Thiên Huế', 'Thừa Thiên Huế'),
  ('tinh-46.vp', 'Văn phòng Ủy ban nhân dân tỉnh Thừa Thiên Huế', 'Văn phòng Ủy ban nhân dân Thừa Thiên Huế'),
  ('tinh-46.stp', 'Sở Tư pháp tỉnh Thừa Thiên Huế', 'Sở Tư pháp Thừa Thiên Huế'),
  ('tinh-46.stc', 'Sở Tài chính tỉnh Thừa Thiên Huế', 'Sở Tài chính Thừa Thiên Huế'),
  ('tinh-46.syt', 'Sở Y tế tỉnh Thừa Thiên Huế', 'Sở Y tế Thừa Thiên Huế'),
  ('tinh-46.sgddt', 'Sở Giáo dục và Đào tạo tỉnh Thừa Thiên Huế', 'Sở Giáo dục và Đào tạo Thừa Thiên Huế')`;

/**
 * Every name an agency bore, by period: a rename without a merger keeps the agency (Thừa Thiên Huế became
 * Thành phố Huế on 2025-01-01). agencies.name stays the latest name. Searches match any of these names
 * through `search_words`, which also drops punctuation. One statement per knex.raw call (PGlite).
 */
export async function up(knex: Knex): Promise<void> {
  // A body parsed at creation (RETURN): bound to search_text itself, whatever the search_path of the caller
  // (PostgreSQL 17+ runs index maintenance with a restricted one). Letters and digits are ASCII after
  // search_text; everything else, "–", "-", "%" and "_" included, separates words.
  await knex.raw(`
    create function search_words(value text) returns text
    language sql immutable parallel safe strict
    return btrim(regexp_replace(search_text(value), '[^a-z0-9]+', ' ', 'g'))`);
  await knex.raw(`
    create table agency_names (
      agency_id text not null references agencies (id),
      name text not null,
      short_name text not null,
      valid_from date,
      valid_to date,
      check (valid_from is null or valid_to is null or valid_from <= valid_to),
      unique nulls not distinct (agency_id, valid_from)
    )`);
  await knex.raw(
    `create index agency_names_search on agency_names using gin (search_words(name || ' ' || short_name) gin_trgm_ops)`,
  );
  await knex.raw(`
    insert into agency_names (agency_id, name, short_name, valid_from, valid_to)
    select id, name, short_name, valid_from, valid_to from agencies`);
  await knex.raw(`
    update agency_names set valid_from = date '2025-01-01'
    where valid_from is null and agency_id in (select id from (${HUE_FORMER_NAMES}) as hue (id, name, short_name))`);
  await knex.raw(`
    insert into agency_names (agency_id, name, short_name, valid_from, valid_to)
    select hue.id, hue.name, hue.short_name, null, date '2024-12-31'
    from (${HUE_FORMER_NAMES}) as hue (id, name, short_name) join agencies on agencies.id = hue.id`);
  // Searches read names from agency_names now, and match a code alone (agencies_kind_code leads with kind).
  await knex.raw('drop index agencies_search');
  await knex.raw('create index agencies_code on agencies (code)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index agencies_code');
  await knex.raw(
    `create index agencies_search on agencies using gin (search_text(name || ' ' || short_name) gin_trgm_ops)`,
  );
  await knex.raw('drop table agency_names');
  await knex.raw('drop function search_words(text)');
}
