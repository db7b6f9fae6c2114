import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  // Each subgraph's published schemas, numbered per subgraph; never updated, so any version can come back.
  await knex.raw(`
    create table subgraph_versions (
      id bigserial primary key,
      subgraph text not null check (subgraph ~ '^[a-z][a-z0-9-]*$'),
      version integer not null check (version > 0),
      sdl text not null,
      routing_url text not null,
      published_by text not null,
      published_at timestamptz not null default now(),
      unique (subgraph, version)
    )`);
  // Composed supergraphs. A new one waits (pending) until every subgraph it changes serves its schema; the
  // gateways serve the newest live one. Rolling back composes an earlier set again as a new version.
  await knex.raw(`
    create table supergraph_versions (
      id bigserial primary key,
      supergraph_sdl text not null,
      api_sdl text not null,
      subgraph_version_ids jsonb not null,
      state text not null check (state in ('pending', 'live', 'superseded')),
      kind text not null check (kind in ('bootstrap', 'publish', 'rollback')),
      reason text not null,
      created_by text not null,
      created_at timestamptz not null default now(),
      live_at timestamptz,
      check (state <> 'live' or live_at is not null)
    )`);
  await knex.raw(
    `create index supergraph_versions_live on supergraph_versions (id desc) where state = 'live'`,
  );
  // Publishing keys: only their hash is kept. subgraph '*' publishes any subgraph (the central office).
  await knex.raw(`
    create table publish_keys (
      id serial primary key,
      subgraph text not null,
      label text not null,
      key_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz
    )`);
  // What clients ask, for the breaking-change check: each distinct operation's schema coordinates once,
  // and per day, operation and client how often it was seen (sampled).
  await knex.raw(`
    create table operation_documents (
      operation_hash text primary key,
      operation_name text not null,
      coordinates text[] not null,
      first_seen timestamptz not null default now()
    )`);
  await knex.raw(`
    create table operation_usage (
      day date not null,
      operation_hash text not null references operation_documents (operation_hash),
      client_name text not null,
      client_version text not null,
      requests bigint not null check (requests > 0),
      last_seen timestamptz not null,
      primary key (day, operation_hash, client_name, client_version)
    )`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table operation_usage');
  await knex.raw('drop table operation_documents');
  await knex.raw('drop table publish_keys');
  await knex.raw('drop table supergraph_versions');
  await knex.raw('drop table subgraph_versions');
}
