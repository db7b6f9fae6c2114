/**
 * The physical limit of the province scorecard: one hand-written statement over pakn_bench_all, with the
 * subgraphs' definitions spelled out (lineage = units and predecessors, transitively; figures over petitions
 * received in [from, to] Vietnam days; procedures at the provincial level plus linked ones; obligations due
 * in [from, to] with their first submission). Timed on one warm connection.
 */
import pg from 'pg';
import { addDays } from '../../kit/dates.ts';
import type { ScorecardNode } from '../scorecardQuery.ts';
import { ALL_DATABASE, databaseUrl } from './databases.ts';

const DUE_END = (table: string) =>
  `(((${table}.due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC')`;

export const SCORECARD_SQL = `
with recursive province as (
  select id, code, name from agencies.agencies
  where kind = 'PROVINCE'
    and (valid_from is null or valid_from <= $1::date) and (valid_to is null or valid_to >= $1::date)
),
lineage (root_id, id) as (
  select id, id from province
  union
  select lineage.root_id, a.id
  from lineage join agencies.agencies a on a.parent_id = lineage.id or a.successor_id = lineage.id
),
handled as (
  -- Folded first into a few groups per province (status × published in time × past due): one hash per row
  -- instead of the comparisons per figure, as the petitions subgraph does (petitionStats.ts). On time means
  -- published by the due date (Decree 20/2008 Art. 19).
  select root_id,
    sum(n) as received,
    sum(n) filter (where status = 'PUBLISHED') as published,
    sum(n) filter (where status = 'PUBLISHED' and in_time) as published_on_time,
    sum(n) filter (where status = 'PUBLISHED' and not in_time) as published_late,
    sum(n) filter (where status not in ('PUBLISHED', 'REJECTED') and not past_due) as in_progress,
    sum(n) filter (where status not in ('PUBLISHED', 'REJECTED') and past_due) as overdue_unpublished
  from (
    select lineage.root_id, p.status, p.published_at < ${DUE_END('p')} as in_time, p.due_date < $4::date as past_due,
      count(*) as n
    from lineage join petitions.petitions p on p.handling_agency_id = lineage.id
    where p.received_at >= $5::timestamptz and p.received_at < $6::timestamptz
    group by 1, 2, 3, 4
  ) grouped
  group by root_id
),
at_level as (
  select count(*) as n from procedures.procedures
  where status <> 'ABOLISHED' and levels @> array['PROVINCIAL']
),
linked as (
  select pa.agency_id, count(distinct pa.procedure_code) as n
  from procedures.procedure_agencies pa join procedures.procedures p on p.code = pa.procedure_code
  where pa.agency_id in (select id from province)
    and p.status <> 'ABOLISHED' and not coalesce(p.levels @> array['PROVINCIAL'], false)
  group by pa.agency_id
),
compliance as (
  select lineage.root_id,
    count(*) as due,
    count(first.at) as submitted,
    count(*) filter (where first.at < ${DUE_END('o')}) as submitted_on_time
  from lineage
  join reporting.reporting_obligations o on o.agency_id = lineage.id
  left join lateral (select min(s.submitted_at) as at from reporting.reporting_submissions s
                     where s.obligation_id = o.id) first on true
  where o.due_date between $2::date and $3::date
  group by lineage.root_id
)
select province.id, province.code, province.name,
  coalesce(handled.received, 0)::int as received,
  coalesce(handled.published, 0)::int as published,
  coalesce(handled.published_on_time, 0)::int as published_on_time,
  coalesce(handled.published_late, 0)::int as published_late,
  coalesce(handled.in_progress, 0)::int as in_progress,
  (coalesce(handled.published_late, 0) + coalesce(handled.overdue_unpublished, 0))::int as overdue,
  coalesce(handled.published_on_time, 0)::float8
    / nullif(coalesce(handled.published, 0) + coalesce(handled.overdue_unpublished, 0), 0)::float8 as on_time_rate,
  (at_level.n + coalesce(linked.n, 0))::int as procedure_count,
  coalesce(compliance.due, 0)::int as due,
  coalesce(compliance.submitted, 0)::int as submitted,
  coalesce(compliance.submitted_on_time, 0)::int as submitted_on_time
from province
cross join at_level
left join handled on handled.root_id = province.id
left join linked on linked.agency_id = province.id
left join compliance on compliance.root_id = province.id
order by province.code, province.id`;

interface Row {
  id: string;
  code: string;
  name: string;
  received: number;
  published: number;
  published_on_time: number;
  published_late: number;
  in_progress: number;
  overdue: number;
  on_time_rate: number | null;
  procedure_count: number;
  due: number;
  submitted: number;
  submitted_on_time: number;
}

const toNode = (row: Row): ScorecardNode => ({
  id: row.id,
  code: row.code,
  name: row.name,
  petitionStats: {
    received: row.received,
    published: row.published,
    publishedOnTime: row.published_on_time,
    publishedLate: row.published_late,
    inProgressOnTime: row.in_progress,
    overdue: row.overdue,
    onTimeRate: row.on_time_rate,
  },
  procedureCount: row.procedure_count,
  reportingCompliance: { due: row.due, submitted: row.submitted, submittedOnTime: row.submitted_on_time },
});

export interface DirectSqlResult {
  nodes: ScorecardNode[];
  p50: number;
  runs: number;
}

/** Runs the statement `runs` times after two warm-ups; the p50 in ms and the answer of the last run. */
export async function timeDirectScorecard(
  serverUrl: string,
  range: { on: string; from: string; to: string },
  today: string,
  runs: number,
): Promise<DirectSqlResult> {
  // The session settings the subgraphs serve with (kit/db.ts): JIT off, so the limit is the statement's.
  const client = new pg.Client({
    connectionString: databaseUrl(serverUrl, ALL_DATABASE),
    options: '-c jit=off -c plan_cache_mode=force_custom_plan',
  });
  await client.connect();
  try {
    const params = [
      range.on,
      range.from,
      range.to,
      today,
      `${range.from}T00:00:00+07:00`,
      `${addDays(range.to, 1)}T00:00:00+07:00`,
    ];
    const run = () => client.query<Row>({ name: 'scorecard', text: SCORECARD_SQL, values: params });
    await run();
    await run();
    const times: number[] = [];
    let rows: Row[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      rows = (await run()).rows;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { nodes: rows.map(toNode), p50: times[Math.floor((times.length - 1) / 2)], runs };
  } finally {
    await client.end();
  }
}

/** The first difference between the gateway's scorecard and the direct SQL's, or null when they agree. */
export function scorecardDifference(gateway: ScorecardNode[], direct: ScorecardNode[]): string | null {
  if (gateway.length !== direct.length)
    return `${gateway.length} provinces via the gateway, ${direct.length} in SQL`;
  for (const [i, node] of gateway.entries()) {
    const a = JSON.stringify(node);
    const b = JSON.stringify(direct[i]);
    if (a !== b) return `gateway ${a}\n    SQL ${b}`;
  }
  return null;
}
