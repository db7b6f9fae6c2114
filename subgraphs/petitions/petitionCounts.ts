import type { Knex } from 'knex';
import { todayInVietnam } from '../../kit/dates.ts';
import { type AgencyScope, scopePairs } from '../../kit/loaders.ts';
import { ACCEPTED_STATUSES, ANSWERED_STATUSES, STATUSES, type Status } from './domain.ts';
import type { PetitionFilter, PetitionScope } from './petitionStore.ts';

/**
 * Reads of the petition counts (migration 20261206000000_petition_counts): one row per handling agency and
 * month or day received, in all and per category, plus the changes logged since they were last merged. A
 * period of Vietnam days is read as signed ranges of those rows: its whole months, and at each edge either
 * the days inside it or the whole month less the days outside it, whichever reads fewer rows.
 */

/** Rows of one table over [start, end], added (1) or taken away (-1). */
export interface CountRange {
  grain: 'day' | 'month';
  start: string;
  end: string;
  sign: 1 | -1;
}

const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';

function ymd(year: number, month: number, day: number): string {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  date.setUTCFullYear(year, month, day);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

const parts = (day: string) => day.split('-').map(Number);
const monthStart = (day: string) => `${day.slice(0, 8)}01`;
const monthEnd = (day: string) => ymd(parts(day)[0], parts(day)[1], 0);
const shift = (day: string, days: number) => ymd(parts(day)[0], parts(day)[1] - 1, parts(day)[2] + days);
const dayOf = (day: string) => parts(day)[2];

/** [from, to] inside one month: its days, or the month less the days around them if that is fewer rows. */
function withinMonth(from: string, to: string): CountRange[] {
  const first = monthStart(from);
  const last = monthEnd(from);
  if (from === first && to === last) return [{ grain: 'month', start: first, end: first, sign: 1 }];
  const inside = dayOf(to) - dayOf(from) + 1;
  const outside = dayOf(last) - inside;
  if (outside + 1 >= inside) return [{ grain: 'day', start: from, end: to, sign: 1 }];
  const ranges: CountRange[] = [{ grain: 'month', start: first, end: first, sign: 1 }];
  if (from > first) ranges.push({ grain: 'day', start: first, end: shift(from, -1), sign: -1 });
  if (to < last) ranges.push({ grain: 'day', start: shift(to, 1), end: last, sign: -1 });
  return ranges;
}

/** The signed ranges whose count rows sum to the petitions received in [from, to] (either open). */
export function countRanges(from: string | null | undefined, to: string | null | undefined): CountRange[] {
  const first = from ?? FIRST_DAY;
  const last = to ?? LAST_DAY;
  if (first > last) return [];
  if (monthStart(first) === monthStart(last)) return withinMonth(first, last);
  const ranges = withinMonth(first, monthEnd(first));
  const middleStart = shift(monthEnd(first), 1);
  const middleEnd = shift(monthStart(last), -1);
  if (middleStart <= middleEnd) ranges.push({ grain: 'month', start: middleStart, end: middleEnd, sign: 1 });
  ranges.push(...withinMonth(monthStart(last), last));
  // The months added are consecutive: one range reads them all.
  const months = ranges.filter((range) => range.grain === 'month');
  const days = ranges.filter((range) => range.grain === 'day');
  if (months.length < 2) return [...months, ...days];
  return [{ grain: 'month', start: months[0].start, end: months[months.length - 1].end, sign: 1 }, ...days];
}

/** The bindings the range selects read (:rangeStart0, :rangeEnd0, …). */
export function rangeBindings(ranges: readonly CountRange[]): Record<string, string> {
  return Object.fromEntries(
    ranges.flatMap((range, i) => [
      [`rangeStart${i}`, range.start],
      [`rangeEnd${i}`, range.end],
    ]),
  );
}

/** The tables of counts, in all and per category, by day and by month. */
export const COUNT_TABLES = [
  'petition_counts_by_day',
  'petition_counts_by_month',
  'petition_category_counts_by_day',
  'petition_category_counts_by_month',
];

/** The column counting the petitions in a status (the migration's naming): `in_received`, … */
const inStatus = (status: Status) => `in_${status.toLowerCase()}`;

/** Neither published nor rejected: still owed an answer, so overdue once past the due date. */
const OPEN_STATUSES = STATUSES.filter((status) => status !== 'PUBLISHED' && status !== 'REJECTED');

/** The counts each count row and each logged change holds. */
const COUNT_COLUMNS = [
  ...STATUSES.map(inStatus),
  'answered_on_time',
  'published_on_time',
  'open_past_due',
  'days_sum',
  'days_n',
  'rating_n',
  'rating_sum',
];

/**
 * SQL: the open petitions of `p` whose standing on :today differs from their standing on the counts' as-of
 * day `a.day` (they fell due in between), signed: + when :today is later, − when it is earlier. The
 * correction a reader adds to the counts' `open_past_due`.
 */
const FALLEN_DUE = `count(*) filter (where p.due_date < cast(:today as date))
    - count(*) filter (where p.due_date >= cast(:today as date))`;
const FALLEN_DUE_ROWS = `p.status not in ('PUBLISHED', 'REJECTED')
    and p.due_date >= least(a.day, cast(:today as date)) and p.due_date < greatest(a.day, cast(:today as date))`;

/**
 * SQL: the counts of `units` (a relation with root_id, unit_id; null for every agency) in the ranges, each
 * row with its sign: per category where `category` (a condition on the category) is given, else all
 * categories together. A range reads its table's rows and the changes logged since the last merge. One
 * select per range, its bounds bound values: an index range scan per unit.
 */
function counted(units: string | null, category: string | null, ranges: readonly CountRange[]): string {
  const columns = `u.root_id, ${category ? 'c.category' : 'null::text as category'},
    ${COUNT_COLUMNS.map((column) => `c.${column}`).join(', ')}`;
  const joined = (relation: string) =>
    units
      ? `${units} u join ${relation} c on c.handling_agency_id = u.unit_id and ${category ?? 'true'}`
      : `(select 'all' as root_id) u join ${relation} c on ${category ?? 'true'}`;
  const table = (grain: string) =>
    category ? `petition_category_counts_by_${grain}` : `petition_counts_by_${grain}`;
  if (!ranges.length) return `select ${columns}, 1 as sign from ${joined(table('day'))} and false`;
  return ranges
    .flatMap((range, i) => {
      const start = `cast(:rangeStart${i} as date)`;
      const end = `cast(:rangeEnd${i} as date)`;
      // A month range holds the days of the months whose first days it spans.
      const after =
        range.grain === 'month'
          ? `date_trunc('month', ${end}) + interval '1 month'`
          : `${end} + interval '1 day'`;
      return [
        `select ${columns}, ${range.sign} as sign from ${joined(table(range.grain))}
           and c.received_on between ${start} and ${end}`,
        `select ${columns}, ${range.sign} as sign from ${joined('petition_count_changes')}
           and c.received_on >= ${start} and c.received_on < ${after}`,
      ];
    })
    .join(' union all ');
}

const sum = (statuses: readonly Status[]) => `sum(sign * (${statuses.map(inStatus).join(' + ')}))`;

/**
 * SQL: the CTEs that end in `handled`, the figures of petitionStats.ts's FIGURES per (root_id, category),
 * from the counts. Needs the `scope` CTE, :today, :start and :end (the period's instants) and the
 * bindings of rangeBindings. The open petitions past due are those the counts hold for their as-of day,
 * corrected by the open petitions due between that day and :today.
 */
export function countedFigures(byCategory: boolean, ranges: readonly CountRange[]): string {
  const key = byCategory ? 'category' : 'null::text';
  return `counted as (${counted('scope', byCategory ? 'true' : null, ranges)}),
     totals as (
       select root_id, ${key} as category,
         ${sum(STATUSES)} as received,
         ${sum(ACCEPTED_STATUSES)} as accepted,
         ${sum(['REJECTED'])} as rejected,
         ${sum(ANSWERED_STATUSES)} as answered,
         ${sum(['ANSWERED'])} as awaiting_check,
         sum(sign * answered_on_time) as answered_on_time,
         ${sum(['PUBLISHED'])} as published,
         sum(sign * published_on_time) as published_on_time,
         sum(sign * (in_published - published_on_time)) as published_late,
         ${sum(OPEN_STATUSES)} as open,
         sum(sign * open_past_due) as open_past_due,
         sum(sign * days_sum)::numeric / nullif(sum(sign * days_n), 0) as average_days,
         sum(sign * rating_n) as rating_count,
         sum(sign * rating_sum)::numeric / nullif(sum(sign * rating_n), 0) as average_rating
       from counted group by 1, 2),
     fallen as (
       select scope.root_id, ${byCategory ? 'p.category' : 'null::text'} as category, ${FALLEN_DUE} as n
       from petition_counts_as_of a
       cross join scope
       join petitions p on p.handling_agency_id = scope.unit_id
       where ${FALLEN_DUE_ROWS}
         and p.received_at >= cast(:start as timestamptz) and p.received_at < cast(:end as timestamptz)
       group by 1, 2),
     handled as (
       select totals.*,
         totals.open_past_due + coalesce(fallen.n, 0) as overdue_unpublished,
         totals.open - totals.open_past_due - coalesce(fallen.n, 0) as in_progress
       from totals left join fallen
         on fallen.root_id = totals.root_id and fallen.category is not distinct from totals.category)`;
}

/**
 * Whether the counts can answer an inbox filter: they know the handling agency, status, category and day
 * received, not the words, the procedure or (for a day other than their own) what is overdue.
 */
export const countable = (filter: PetitionFilter) =>
  !filter.search && !filter.procedureCode && filter.overdue == null;

/** SQL: the petitions of the count rows the filter keeps, and which category rows to read (null: none, the totals). */
function keptOfRow(filter: PetitionFilter): {
  kept: string;
  category: string | null;
  bindings: Record<string, unknown>;
} {
  const statuses = filter.status?.length ? filter.status : STATUSES;
  const kept = `sum(sign * (${statuses.map((status) => `c.${inStatus(status)}`).join(' + ')}))`;
  if (!filter.category?.length) return { kept, category: null, bindings: {} };
  return {
    kept,
    category: 'c.category = any(cast(:categories as text[]))',
    bindings: { categories: [...filter.category] },
  };
}

/** Query.petitions' total from the counts: the petitions a scope may read that a countable filter keeps. */
export async function countPetitions(
  knex: Knex,
  scope: PetitionScope,
  filter: PetitionFilter,
): Promise<number> {
  const statuses =
    scope.kind === 'published'
      ? filter.status?.length
        ? filter.status
        : ['PUBLISHED' as const]
      : filter.status;
  const readable =
    scope.kind === 'published' ? statuses?.filter((status) => status === 'PUBLISHED') : statuses;
  if (readable && !readable.length) return 0;
  const { kept, category, bindings } = keptOfRow({ ...filter, status: readable });
  const units =
    scope.kind === 'units'
      ? filter.agencyUnitIds
        ? filter.agencyUnitIds.filter((unit) => scope.unitIds.includes(unit))
        : scope.unitIds
      : filter.agencyUnitIds;
  const ranges = countRanges(filter.receivedFrom, filter.receivedTo);
  const result = await knex.raw(
    `with scope as (select 'all' as root_id, unit_id from unnest(cast(:units as text[])) as s(unit_id)),
     counted as (${counted(units ? 'scope' : null, category, ranges)})
     select ${kept} as n from counted c`,
    { ...bindings, ...rangeBindings(ranges), units: units ? [...units] : null },
  );
  return (result.rows as { n: string | null }[]).reduce((total, row) => total + Number(row.n ?? 0), 0);
}

/** Agency.petitions' totals from the counts, for many agencies in one statement (a countable filter). */
export async function countInboxes(
  knex: Knex,
  scopes: readonly AgencyScope[],
  filter: PetitionFilter,
): Promise<Map<string, number>> {
  // An agency filter keeps, of each scope, only its units among those asked for.
  const pairs = scopePairs(scopes);
  const asked = (i: number) => !filter.agencyUnitIds || filter.agencyUnitIds.includes(pairs.units[i]);
  const roots = pairs.roots.filter((_, i) => asked(i));
  const units = pairs.units.filter((_, i) => asked(i));
  const { kept: figure, category, bindings } = keptOfRow(filter);
  const ranges = countRanges(filter.receivedFrom, filter.receivedTo);
  const result = await knex.raw(
    `with scope as (select * from unnest(cast(:roots as text[]), cast(:units as text[])) as s(root_id, unit_id)),
     counted as (${counted('scope', category, ranges)})
     select root_id, ${figure} as n from counted c group by root_id`,
    { ...bindings, ...rangeBindings(ranges), roots, units },
  );
  const rows = result.rows as { root_id: string; n: string }[];
  return new Map(rows.map((row) => [row.root_id, Number(row.n)]));
}

/** Per handling agency, every petition received and those overdue on `today`, with the changes not merged. */
export async function totalsByAgency(
  knex: Knex,
  today: string,
): Promise<{ agency_id: string; received: number; overdue: number }[]> {
  const result = await knex.raw(
    `with counted as (
       select handling_agency_id, ${COUNT_COLUMNS.join(', ')} from petition_counts_by_month
       union all
       select handling_agency_id, ${COUNT_COLUMNS.join(', ')} from petition_count_changes),
     totals as (
       select handling_agency_id, sum(${STATUSES.map(inStatus).join(' + ')}) as received,
         sum(in_published - published_on_time + open_past_due) as overdue
       from counted group by 1),
     fallen as (
       select p.handling_agency_id, ${FALLEN_DUE} as n
       from petition_counts_as_of a join petitions p on ${FALLEN_DUE_ROWS}
       group by 1)
     select totals.handling_agency_id as agency_id, totals.received::int as received,
       (totals.overdue + coalesce(fallen.n, 0))::int as overdue
     from totals left join fallen on fallen.handling_agency_id = totals.handling_agency_id`,
    { today },
  );
  return result.rows;
}

/** How many changes wait to be merged into the count tables (their lag, in rows). */
export async function pendingCountChanges(knex: Knex): Promise<number> {
  const result = await knex.raw('select count(*)::int as n from petition_count_changes');
  return (result.rows as { n: number }[])[0].n;
}

/** Moves the logged changes into the count tables; returns how many there were (0 while another merge runs). */
export async function mergePetitionCounts(knex: Knex): Promise<number> {
  const result = await knex.raw('select merge_petition_count_changes() as merged');
  return Number((result.rows as { merged: string }[])[0].merged);
}

/** Moves the counts' as-of day to today (Vietnam): the open petitions due since then become past due. */
export async function advancePetitionCounts(knex: Knex, today = todayInVietnam()): Promise<string> {
  const result = await knex.raw('select advance_petition_counts(cast(:today as date))::text as day', {
    today,
  });
  return (result.rows as { day: string }[])[0].day;
}
