import type { Knex } from 'knex';
import { STATUSES } from '../domain.ts';

/**
 * Petition counts kept as the petitions change, so that the statistics and the inbox totals read one row per
 * agency and month (and a few days at a period's edges) instead of every petition of the period.
 *
 * Four tables with the same counts: one row per (handling agency, Vietnam day or month received), and the
 * same per category. The counts: how many petitions are in each status, how many were answered and
 * published in time, the answering days and ratings to average, and how many open ones (neither published
 * nor rejected) were past their due date on the day `petition_counts_as_of` holds. That day moves forward
 * with advance_petition_counts(today), which moves the open petitions that fell due since into the past-due
 * count; a reader still counts exactly on a later day by adding the open petitions that fell due in between.
 *
 * Writers never wait on one another for the counts: a statement-level trigger folds each statement's old and
 * new rows into signed sums per (agency, day, category) and appends them to petition_count_changes, in the
 * writer's transaction. merge_petition_count_changes() moves the appended sums into the four tables (one
 * merge at a time); readers add the changes not merged yet, so they count exactly however far behind the
 * merge is. Upserting the counts in the writers themselves, measured with 32 concurrent submissions to one
 * agency, took a third off the submissions per second: every writer waited for the one before it to commit.
 * Writers and the merge hold a shared advisory lock while they use the as-of day; advancing it takes the
 * lock exclusively, so nothing is counted against a day that has moved.
 */
const TABLES = [
  { name: 'petition_counts_by_day', grain: 'day', byCategory: false },
  { name: 'petition_counts_by_month', grain: 'month', byCategory: false },
  { name: 'petition_category_counts_by_day', grain: 'day', byCategory: true },
  { name: 'petition_category_counts_by_month', grain: 'month', byCategory: true },
] as const;
type Table = (typeof TABLES)[number];
const AS_OF_LOCK = 2_026_120_601;
const MERGE_LOCK = 2_026_120_602;
const CHANGES = 'petition_count_changes';

/** How many petitions are in each status: `in_received`, `in_rejected`, … */
const STATUS_COLUMNS = STATUSES.map((status) => [status, `in_${status.toLowerCase()}`] as const);

const SUMS = [
  ...STATUS_COLUMNS.map(([, column]) => column),
  'answered_on_time',
  'published_on_time',
  'open_past_due',
  'days_sum',
  'days_n',
  'rating_n',
  'rating_sum',
] as const;

const keyOf = (table: Table) =>
  table.byCategory
    ? ['handling_agency_id', 'category', 'received_on']
    : ['handling_agency_id', 'received_on'];

/** The end (exclusive) of a due date, Vietnam time: as petitionStore's DUE_END. */
const dueEnd = (r: string) => `(((${r}.due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC')`;
const OPEN = (r: string) => `${r}.status not in ('PUBLISHED', 'REJECTED')`;

/** What one petition row adds (times `sign`) to its counts, past due judged on `asOf`. */
function contribution(r: string, sign: string, asOf: string): string {
  const answered = `${r}.status in ('ANSWERED', 'PUBLISHED')`;
  return [
    ...STATUS_COLUMNS.map(([status, column]) => `${sign} * (${r}.status = '${status}')::int as ${column}`),
    `${sign} * (${answered} and ${r}.answered_at < ${dueEnd(r)})::int as answered_on_time`,
    `${sign} * (${r}.status = 'PUBLISHED' and ${r}.published_at < ${dueEnd(r)})::int as published_on_time`,
    `${sign} * (${OPEN(r)} and ${r}.due_date < ${asOf})::int as open_past_due`,
    `${sign} * coalesce(case when ${answered} then ${r}.answer_working_days end, 0) as days_sum`,
    `${sign} * (${answered} and ${r}.answer_working_days is not null)::int as days_n`,
    `${sign} * (${r}.rating is not null)::int as rating_n`,
    `${sign} * coalesce(${r}.rating, 0) as rating_sum`,
  ].join(', ');
}

const receivedDay = (r: string) => `((${r}.received_at at time zone 'UTC') + interval '7 hours')::date`;

/** Each row's key in a table (its day or month, its category if the table has one) and its values. */
function keyed(table: Table, r: string, values: string, from: string, where = 'true'): string {
  const on = table.grain === 'day' ? receivedDay(r) : `date_trunc('month', ${receivedDay(r)})::date`;
  return `select ${r}.handling_agency_id, ${on} as received_on, ${r}.category, ${values}
    from ${from} where ${where}`;
}

/** Adds the signed sums of `changes` (a select with every key column) to a count table, in key order. */
function upsert(table: Table, changes: string): string {
  const keys = keyOf(table).join(', ');
  return `insert into ${table.name} (${keys}, ${SUMS.join(', ')})
    select ${keys}, ${SUMS.map((column) => `sum(${column})`).join(', ')} from (${changes}) changes
    group by ${keys}
    having ${SUMS.map((column) => `sum(${column}) <> 0`).join(' or ')}
    order by ${keys}
    on conflict (${keys}) do update
    set ${SUMS.map((column) => `${column} = ${table.name}.${column} + excluded.${column}`).join(', ')}`;
}

/** The statements applying rows (transition tables, or the petitions table itself) to every table. */
function applyRows(sources: { table: string; sign: string }[], asOf: string): string {
  return TABLES.map((table) => {
    const changes = sources
      .map((source) => keyed(table, 'r', contribution('r', source.sign, asOf), `${source.table} r`))
      .join(' union all ');
    return `${upsert(table, changes)};`;
  }).join('\n');
}

/** The statement appending a trigger's rows, folded per (agency, day, category), to the change log. */
function appendRows(sources: { table: string; sign: string }[], asOf: string): string {
  const changes = sources
    .map((source) => keyed(TABLES[0], 'r', contribution('r', source.sign, asOf), `${source.table} r`))
    .join(' union all ');
  const keys = 'handling_agency_id, category, received_on';
  return `insert into ${CHANGES} (${keys}, ${SUMS.join(', ')})
    select ${keys}, ${SUMS.map((column) => `sum(${column})`).join(', ')} from (${changes}) changes
    group by ${keys}
    having ${SUMS.map((column) => `sum(${column}) <> 0`).join(' or ')};`;
}

/** The statement moving every logged change into the four tables. */
function mergeChanges(): string {
  const months = `date_trunc('month', received_on)::date as received_on`;
  const parts = TABLES.map(
    (table, i) =>
      `merged_${i} as (${upsert(
        table,
        `select handling_agency_id, category, ${table.grain === 'day' ? 'received_on' : months}, ${SUMS.join(', ')} from moved`,
      )} returning 1)`,
  );
  return `with moved as (delete from ${CHANGES} returning *), ${parts.join(', ')}
    select count(*) into merged from moved`;
}

/** The open petitions due in [old, new): now past due. */
function applyFallenDue(): string {
  const values = SUMS.map((column) => `${column === 'open_past_due' ? 1 : 0} as ${column}`).join(', ');
  const fallen = `${OPEN('r')} and r.due_date >= old_day and r.due_date < new_day`;
  return TABLES.map((table) => `${upsert(table, keyed(table, 'r', values, 'petitions r', fallen))};`).join(
    '\n',
  );
}

const TRIGGERS = [
  { name: 'inserted', event: 'insert', referencing: 'new table as new_rows', sources: [['new_rows', '1']] },
  {
    name: 'updated',
    event: 'update',
    referencing: 'old table as old_rows new table as new_rows',
    sources: [
      ['old_rows', '-1'],
      ['new_rows', '1'],
    ],
  },
  { name: 'deleted', event: 'delete', referencing: 'old table as old_rows', sources: [['old_rows', '-1']] },
] as const;

export async function up(knex: Knex): Promise<void> {
  for (const table of TABLES) {
    await knex.raw(`create table ${table.name} (
      handling_agency_id text not null,
      ${table.byCategory ? 'category text not null,' : ''}
      received_on date not null,
      ${SUMS.map((column) => `${column} integer not null`).join(',\n      ')},
      primary key (${keyOf(table).join(', ')}))`);
  }
  await knex.raw(`create table petition_counts_as_of (
      day date not null,
      only_row boolean primary key default true check (only_row))`);
  await knex.raw(
    `insert into petition_counts_as_of (day) values (((now() at time zone 'UTC') + interval '7 hours')::date)`,
  );
  await knex.raw(`create table ${CHANGES} (
      handling_agency_id text not null,
      category text not null,
      received_on date not null,
      ${SUMS.map((column) => `${column} integer not null`).join(',\n      ')})`);
  // The open petitions by due date: what falls due when the day moves, and a reader's correction.
  await knex.raw(`create index petitions_open_due on petitions (due_date)
    include (handling_agency_id, received_at, category) where status not in ('PUBLISHED', 'REJECTED')`);
  for (const trigger of TRIGGERS) {
    const sources = trigger.sources.map(([table, sign]) => ({ table, sign }));
    await knex.raw(`create function petition_counts_${trigger.name}() returns trigger language plpgsql as $$
      declare
        as_of date;
      begin
        perform pg_advisory_xact_lock_shared(${AS_OF_LOCK});
        select day into as_of from petition_counts_as_of;
        ${appendRows(sources, 'as_of')}
        return null;
      end $$`);
    await knex.raw(`create trigger petition_counts_${trigger.name} after ${trigger.event} on petitions
      referencing ${trigger.referencing} for each statement execute function petition_counts_${trigger.name}()`);
  }
  await knex.raw(`create function merge_petition_count_changes() returns bigint language plpgsql as $$
      declare
        merged bigint;
      begin
        if not pg_try_advisory_xact_lock(${MERGE_LOCK}) then
          return 0;
        end if;
        perform pg_advisory_xact_lock_shared(${AS_OF_LOCK});
        ${mergeChanges()};
        return merged;
      end $$`);
  await knex.raw(`create function advance_petition_counts(new_day date) returns date language plpgsql as $$
      declare
        old_day date;
      begin
        perform pg_advisory_xact_lock(${AS_OF_LOCK});
        select day into old_day from petition_counts_as_of;
        if new_day > old_day then
          ${applyFallenDue()}
          update petition_counts_as_of set day = new_day;
          return new_day;
        end if;
        return old_day;
      end $$`);
  // Counts made again from the petitions: for the petitions already there, and for an operator who loaded
  // petitions with the triggers off or wants the counts checked from scratch.
  await knex.raw(`create function rebuild_petition_counts() returns void language plpgsql as $$
      declare
        as_of date;
      begin
        perform pg_advisory_xact_lock(${AS_OF_LOCK});
        perform pg_advisory_xact_lock(${MERGE_LOCK});
        select day into as_of from petition_counts_as_of;
        truncate ${TABLES.map((table) => table.name).join(', ')}, ${CHANGES};
        ${applyRows([{ table: 'petitions', sign: '1' }], 'as_of')}
      end $$`);
  await knex.raw('select rebuild_petition_counts()');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop function advance_petition_counts(date)');
  await knex.raw('drop function merge_petition_count_changes()');
  await knex.raw('drop function rebuild_petition_counts()');
  for (const trigger of TRIGGERS) {
    await knex.raw(`drop trigger petition_counts_${trigger.name} on petitions`);
    await knex.raw(`drop function petition_counts_${trigger.name}()`);
  }
  await knex.raw('drop index petitions_open_due');
  await knex.raw(`drop table ${CHANGES}`);
  await knex.raw('drop table petition_counts_as_of');
  for (const table of TABLES) await knex.raw(`drop table ${table.name}`);
}
