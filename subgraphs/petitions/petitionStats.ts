import type { Knex } from 'knex';
import { type AgencyScope, scopePairs } from '../../kit/loaders.ts';
import { CATEGORIES, type Category } from './domain.ts';
import { countedFigures, countRanges, rangeBindings } from './petitionCounts.ts';
import { DUE_END, vietnamDayEnd, vietnamDayStart } from './petitionStore.ts';

/** PetitionStats as the SDL defines it: the legal measure is publication by the due date (Art. 19). */
export interface PetitionStats {
  received: number;
  accepted: number;
  rejected: number;
  transferredOut: number;
  transferredLate: number;
  answered: number;
  awaitingCheck: number;
  answeredOnTime: number;
  published: number;
  publishedOnTime: number;
  publishedLate: number;
  inProgressOnTime: number;
  overdueUnpublished: number;
  overdue: number;
  onTimeRate: number | null;
  averageWorkingDaysToAnswer: number | null;
  ratingCount: number;
  averageRating: number | null;
}

export interface CategoryPetitionStats {
  category: Category;
  stats: PetitionStats;
}

export const emptyStats = (): PetitionStats => ({
  received: 0,
  accepted: 0,
  rejected: 0,
  transferredOut: 0,
  transferredLate: 0,
  answered: 0,
  awaitingCheck: 0,
  answeredOnTime: 0,
  published: 0,
  publishedOnTime: 0,
  publishedLate: 0,
  inProgressOnTime: 0,
  overdueUnpublished: 0,
  overdue: 0,
  onTimeRate: null,
  averageWorkingDaysToAnswer: null,
  ratingCount: 0,
  averageRating: null,
});

/** Every category with zeros: an agency with nothing received still lists them all. */
export const emptyCategoryStats = (): CategoryPetitionStats[] =>
  CATEGORIES.map((category) => ({ category, stats: emptyStats() }));

/**
 * Which costly parts of the statement to run: each scans the period's transfer events again. And, for an
 * agency's figures, where the others come from: the petition counts the writers keep (petitionCounts.ts,
 * the default), or every petition row of the period, which the counts must always equal.
 */
export interface StatsParts {
  /** transferredOut */
  transfers: boolean;
  /** transferredLate (petition_events.transfer_late) */
  lateTransfers: boolean;
  source?: 'counts' | 'rows';
}

interface StatsRow {
  root_id: string;
  category: Category | null;
  received: string | null;
  accepted: string | null;
  rejected: string | null;
  transferred_out: string | null;
  transferred_late: string | null;
  answered: string | null;
  awaiting_check: string | null;
  answered_on_time: string | null;
  published: string | null;
  published_on_time: string | null;
  published_late: string | null;
  in_progress: string | null;
  overdue_unpublished: string | null;
  average_days: number | null;
  rating_count: string | null;
  average_rating: number | null;
}

const n = (value: string | number | null) => Number(value ?? 0);

const P_DUE_END = DUE_END.replaceAll('petitions.', 'p.');

/**
 * The figures, summed over rows first folded into a few groups per key (status × published in time ×
 * answered in time × past due): one hash per row instead of a dozen comparisons and deadline computations.
 * `published_in_time` is null exactly when nothing is published.
 */
const FIGURES = `
  sum(n) as received,
  sum(n) filter (where status in ('ACCEPTED', 'PROCESSING', 'ANSWERED', 'RETURNED', 'PUBLISHED')) as accepted,
  sum(n) filter (where status = 'REJECTED') as rejected,
  sum(n) filter (where status in ('ANSWERED', 'PUBLISHED')) as answered,
  sum(n) filter (where status = 'ANSWERED') as awaiting_check,
  sum(n) filter (where status in ('ANSWERED', 'PUBLISHED') and answered_in_time) as answered_on_time,
  sum(n) filter (where status = 'PUBLISHED') as published,
  sum(n) filter (where status = 'PUBLISHED' and published_in_time) as published_on_time,
  sum(n) filter (where status = 'PUBLISHED' and not published_in_time) as published_late,
  sum(n) filter (where status not in ('PUBLISHED', 'REJECTED') and not past_due) as in_progress,
  sum(n) filter (where status not in ('PUBLISHED', 'REJECTED') and past_due) as overdue_unpublished,
  sum(days_sum) filter (where status in ('ANSWERED', 'PUBLISHED'))::numeric
    / nullif(sum(days_n) filter (where status in ('ANSWERED', 'PUBLISHED')), 0) as average_days,
  sum(rating_n) as rating_count,
  sum(rating_sum)::numeric / nullif(sum(rating_n), 0) as average_rating`;

/** The per-row columns the groups are folded on (from the covering index: an index-only scan). */
const FOLDED = `p.status,
  p.published_at < ${P_DUE_END} as published_in_time,
  p.answered_at < ${P_DUE_END} as answered_in_time,
  p.due_date < cast(:today as date) as past_due,
  count(*) as n,
  sum(p.answer_working_days) as days_sum,
  count(p.answer_working_days) as days_n,
  count(p.rating) as rating_n,
  sum(p.rating) as rating_sum`;

const IN_PERIOD =
  'p.received_at >= cast(:start as timestamptz) and p.received_at < cast(:end as timestamptz)';

/** Transfers each scope's units made, of petitions received in the period, to agencies outside the scope. */
const sentOut = (key: string) => `select scope.root_id, ${key} as category, count(distinct e.petition_id) as n
  from scope
  join petition_events e on e.actor_agency_id = scope.unit_id and e.to_status = 'TRANSFERRED'
  join petitions p on p.id = e.petition_id
  where ${IN_PERIOD}
    and not exists (select 1 from scope inside
                    where inside.root_id = scope.root_id and inside.unit_id = e.target_agency_id)
  group by 1, 2`;

/** Petitions received in the period that the scope's units transferred after the transfer window. */
const sentLate = (
  key: string,
) => `select scope.root_id, ${key} as category, count(distinct e.petition_id) as n
  from scope
  join petition_events e on e.actor_agency_id = scope.unit_id and e.transfer_late
  join petitions p on p.id = e.petition_id
  where ${IN_PERIOD}
  group by 1, 2`;

/** The final select's figures (StatsRow), from the `handled`, `sent` and `late` parts. */
const FIGURE_COLUMNS = `handled.received, handled.accepted, handled.rejected,
  sent.n as transferred_out, late.n as transferred_late, handled.answered, handled.awaiting_check,
  handled.answered_on_time, handled.published, handled.published_on_time, handled.published_late,
  handled.in_progress, handled.overdue_unpublished, handled.average_days::float8 as average_days,
  handled.rating_count, handled.average_rating::float8 as average_rating`;

/** The `handled` figures counted from the petition rows themselves. */
const fromRows = (key: string) => `grouped as (
       select scope.root_id, ${key} as category, ${FOLDED}
       from scope join petitions p on p.handling_agency_id = scope.unit_id
       where ${IN_PERIOD}
       group by 1, 2, 3, 4, 5, 6),
     handled as (select root_id, category, ${FIGURES} from grouped group by root_id, category)`;

const NONE = 'select null::text as root_id, null::text as category, 0::bigint as n where false';

/**
 * The statistics of many agencies in ONE statement: each scope counts the petitions its units handle,
 * received in [from, to] (Vietnam days), per scope or per (scope, category); `today` (Vietnam) decides
 * what is overdue.
 */
async function statsRows(
  knex: Knex,
  scopes: readonly AgencyScope[],
  range: { from: string; to: string; today: string },
  byCategory: boolean,
  parts: StatsParts,
): Promise<StatsRow[]> {
  const { roots, units } = scopePairs(scopes);
  const ranges = countRanges(range.from, range.to);
  const key = byCategory ? 'p.category' : 'null::text';
  // Every (scope, category) pair gets a row, zeros included, so the categories always sum to the totals.
  const keys = byCategory
    ? `(select distinct scope.root_id, c.category from scope
        cross join unnest(cast(:categories as text[])) as c(category)) r`
    : `(select distinct root_id, null::text as category from scope) r`;
  const result = await knex.raw(
    `with scope as (select * from unnest(cast(:roots as text[]), cast(:units as text[])) as s(root_id, unit_id)),
     ${parts.source === 'rows' ? fromRows(key) : countedFigures(byCategory, ranges)},
     sent as (${parts.transfers ? sentOut(key) : NONE}),
     late as (${parts.lateTransfers ? sentLate(key) : NONE})
     select r.root_id, r.category, ${FIGURE_COLUMNS}
     from ${keys}
     left join handled on handled.root_id = r.root_id and handled.category is not distinct from r.category
     left join sent on sent.root_id = r.root_id and sent.category is not distinct from r.category
     left join late on late.root_id = r.root_id and late.category is not distinct from r.category`,
    {
      roots,
      units,
      today: range.today,
      start: vietnamDayStart(range.from),
      end: vietnamDayEnd(range.to),
      categories: [...CATEGORIES],
      ...rangeBindings(ranges),
    },
  );
  return result.rows as StatsRow[];
}

function statsOf(row: StatsRow): PetitionStats {
  const published = n(row.published);
  const publishedOnTime = n(row.published_on_time);
  const publishedLate = n(row.published_late);
  const overdueUnpublished = n(row.overdue_unpublished);
  const owed = published + overdueUnpublished;
  return {
    received: n(row.received),
    accepted: n(row.accepted),
    rejected: n(row.rejected),
    transferredOut: n(row.transferred_out),
    transferredLate: n(row.transferred_late),
    answered: n(row.answered),
    awaitingCheck: n(row.awaiting_check),
    answeredOnTime: n(row.answered_on_time),
    published,
    publishedOnTime,
    publishedLate,
    inProgressOnTime: n(row.in_progress),
    overdueUnpublished,
    overdue: overdueUnpublished + publishedLate,
    onTimeRate: owed > 0 ? publishedOnTime / owed : null,
    averageWorkingDaysToAnswer: row.average_days == null ? null : Number(row.average_days),
    ratingCount: n(row.rating_count),
    averageRating: row.average_rating == null ? null : Number(row.average_rating),
  };
}

/**
 * The scorecard figures of many agencies in one statement (definitions in the SDL, PetitionStats). Also the
 * lead's direct-SQL cross-check of the API figures.
 */
export async function petitionStatsForAgencies(
  knex: Knex,
  scopes: readonly AgencyScope[],
  from: string,
  to: string,
  today: string,
  parts: StatsParts = { transfers: true, lateTransfers: false },
): Promise<Map<string, PetitionStats>> {
  const rows = await statsRows(knex, scopes, { from, to, today }, false, parts);
  return new Map(rows.map((row) => [row.root_id, statsOf(row)]));
}

/** The same figures per category (Decree 20/2008 Art. 5, in the article's order), many agencies at once. */
export async function petitionStatsByCategory(
  knex: Knex,
  scopes: readonly AgencyScope[],
  range: { from: string; to: string; today: string },
  parts: StatsParts,
): Promise<Map<string, CategoryPetitionStats[]>> {
  const rows = await statsRows(knex, scopes, range, true, parts);
  const byAgency = new Map<string, Map<string, PetitionStats>>();
  for (const row of rows) {
    const categories = byAgency.get(row.root_id) ?? new Map<string, PetitionStats>();
    categories.set(row.category as string, statsOf(row));
    byAgency.set(row.root_id, categories);
  }
  return new Map(
    [...byAgency].map(([rootId, categories]) => [
      rootId,
      CATEGORIES.map((category) => ({ category, stats: categories.get(category) ?? emptyStats() })),
    ]),
  );
}

/** A field (lĩnh vực) as the gateway sends it: its code and its procedures' codes (@requires). */
export interface FieldProcedures {
  id: string;
  procedureCodes: readonly string[];
}

/** The agencies a field's figures count: null for all (the central office), else these units only. */
export type CountedUnits = readonly string[] | null;

const UNITS_HANDLE = `(cast(:units as text[]) is null or p.handling_agency_id = any(cast(:units as text[])))`;

/**
 * The figures of many fields in ONE statement: the petitions naming one of each field's procedures, received
 * in [from, to] and handled by the units counted. Transfers are those the units counted made: out of them
 * (none when all agencies are counted), and late ones.
 */
export async function petitionStatsForFields(
  knex: Knex,
  fields: readonly FieldProcedures[],
  range: { from: string; to: string; today: string },
  units: CountedUnits,
  parts: StatsParts,
): Promise<Map<string, PetitionStats>> {
  const pairs = fields.flatMap((field) => [...new Set(field.procedureCodes)].map((code) => [field.id, code]));
  if (!pairs.length) return new Map();
  const fromField = `from field join petitions p on p.procedure_code = field.procedure_code where ${IN_PERIOD}`;
  const sent = `select field.root_id, null::text as category, count(distinct e.petition_id) as n ${fromField.replace(
    'where',
    `join petition_events e on e.petition_id = p.id and e.to_status = 'TRANSFERRED' where`,
  )}
    and cast(:units as text[]) is not null and e.actor_agency_id = any(cast(:units as text[]))
    and not (e.target_agency_id = any(cast(:units as text[])))
    group by 1`;
  const late = `select field.root_id, null::text as category, count(distinct e.petition_id) as n ${fromField.replace(
    'where',
    'join petition_events e on e.petition_id = p.id and e.transfer_late where',
  )}
    and (cast(:units as text[]) is null or e.actor_agency_id = any(cast(:units as text[])))
    group by 1`;
  const result = await knex.raw(
    `with field as (
       select * from unnest(cast(:fieldCodes as text[]), cast(:procedureCodes as text[])) as f(root_id, procedure_code)),
     grouped as (
       select field.root_id, null::text as category, ${FOLDED} ${fromField} and ${UNITS_HANDLE}
       group by 1, 2, 3, 4, 5, 6),
     handled as (select root_id, ${FIGURES} from grouped group by root_id),
     sent as (${parts.transfers ? sent : NONE}),
     late as (${parts.lateTransfers ? late : NONE})
     select r.root_id, null as category, ${FIGURE_COLUMNS}
     from (select distinct root_id from field) r
     left join handled on handled.root_id = r.root_id
     left join sent on sent.root_id = r.root_id
     left join late on late.root_id = r.root_id`,
    {
      fieldCodes: pairs.map(([field]) => field),
      procedureCodes: pairs.map(([, code]) => code),
      units: units as string[] | null,
      today: range.today,
      start: vietnamDayStart(range.from),
      end: vietnamDayEnd(range.to),
    },
  );
  return new Map((result.rows as StatsRow[]).map((row) => [row.root_id, statsOf(row)]));
}
