import type { Knex } from 'knex';
import { type AgencyScope, scopePairs } from '../../kit/loaders.ts';

/** The compliance figures of one agency scope or one regime; see ReportingCompliance in schema.graphql. */
export interface ComplianceCounts {
  due: number;
  submitted: number;
  submittedOnTime: number;
  late: number;
  missing: number;
  pending: number;
}

export const NO_OBLIGATIONS: ComplianceCounts = Object.freeze({
  due: 0,
  submitted: 0,
  submittedOnTime: 0,
  late: 0,
  missing: 0,
  pending: 0,
});

export type { AgencyScope } from '../../kit/loaders.ts';

/**
 * Per obligation, the instant of its first submission (a correction never makes a report earlier or later).
 * A report is on time when that instant is before midnight in Vietnam (UTC+7) at the end of the due date;
 * the arithmetic uses a fixed offset so that it needs no time-zone database (PGlite has none to rely on).
 */
const FIGURES = `
  count(*)::int as due,
  count(first_at)::int as submitted,
  count(*) filter (where first_at < ((due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC')::int
    as submitted_on_time,
  count(*) filter (where first_at >= ((due_date + 1)::timestamp - interval '7 hours') at time zone 'UTC')::int
    as late,
  count(*) filter (where first_at is null and due_date < ?::date)::int as missing,
  count(*) filter (where first_at is null and due_date >= ?::date)::int as pending`;

/** Kept on the obligation by the submissions' triggers (migration 20261206000000_first_submission_kept). */
const FIRST_SUBMISSION = 'o.first_submitted_at';

interface FigureRow {
  key: string;
  due: number;
  submitted: number;
  submitted_on_time: number;
  late: number;
  missing: number;
  pending: number;
}

function toCounts(rows: FigureRow[]): Map<string, ComplianceCounts> {
  return new Map(
    rows.map((row) => [
      row.key,
      {
        due: Number(row.due),
        submitted: Number(row.submitted),
        submittedOnTime: Number(row.submitted_on_time),
        late: Number(row.late),
        missing: Number(row.missing),
        pending: Number(row.pending),
      },
    ]),
  );
}

/**
 * Compliance of many agency scopes in ONE statement: the (scope, unit) pairs are unnested and the
 * obligations of every unit are grouped by scope, so the 34-province scorecard costs one query. Also the
 * direct-SQL cross-check for tests. Scopes with no obligation are absent from the map.
 */
export async function complianceForAgencies(
  knex: Knex,
  scopes: readonly AgencyScope[],
  from: string,
  to: string,
  today: string,
): Promise<Map<string, ComplianceCounts>> {
  const { roots: rootIds, units: unitIds } = scopePairs(scopes);
  if (unitIds.length === 0) return new Map();
  const result = await knex.raw(
    `with scope as (
       select distinct pair.root_id, pair.unit_id from unnest(?::text[], ?::text[]) as pair(root_id, unit_id)
     ), obligation as (
       select scope.root_id as key, o.due_date, ${FIRST_SUBMISSION} as first_at
       from scope join reporting_obligations o on o.agency_id = scope.unit_id
       where o.due_date between ?::date and ?::date
     )
     select key, ${FIGURES} from obligation group by key`,
    [rootIds, unitIds, from, to, today, today],
  );
  return toCounts(result.rows as FigureRow[]);
}

/**
 * The reporting agencies a statistic may count: null for every agency (the central office), or a leader's
 * reach. It is a condition of the statement (`UNITS`), so nothing outside the reach is ever read.
 */
export type Units = readonly string[] | null;

const UNITS = `(?::text[] is null or o.agency_id = any(?::text[]))`;
const unitBindings = (units: Units) => [units as string[] | null, units as string[] | null];

/** Compliance of many regimes (the reporting agencies among `units`) in one statement. */
export async function complianceForRegimes(
  knex: Knex,
  codes: readonly string[],
  range: { from: string; to: string; today: string },
  units: Units,
): Promise<Map<string, ComplianceCounts>> {
  const result = await knex.raw(
    `with obligation as (
       select o.regime_code as key, o.due_date, ${FIRST_SUBMISSION} as first_at
       from reporting_obligations o
       where o.regime_code = any(?::text[]) and o.due_date between ?::date and ?::date and ${UNITS}
     )
     select key, ${FIGURES} from obligation group by key`,
    [codes as string[], range.from, range.to, ...unitBindings(units), range.today, range.today],
  );
  return toCounts(result.rows as FigureRow[]);
}

/** One agency's figures under one regime, a node of ReportingRegime.complianceByAgency. */
export interface AgencyComplianceRow extends Record<string, unknown> {
  regime_code: string;
  agency_id: string;
  counts: ComplianceCounts;
}

/**
 * Per agency (of `units`), the compliance under each of many regimes, one page per regime in ONE statement:
 * obligations are grouped by (regime, agency), numbered per regime in agency order, and each regime keeps
 * its first `limit` agencies after the cursor's agency.
 */
export async function complianceByAgencyForRegimes(
  knex: Knex,
  codes: readonly string[],
  range: { from: string; to: string; today: string },
  page: { afterAgencyId: string | null; limit: number },
  units: Units,
): Promise<Map<string, AgencyComplianceRow[]>> {
  const result = await knex.raw(
    `with obligation as (
       select o.regime_code, o.agency_id, o.due_date, ${FIRST_SUBMISSION} as first_at
       from reporting_obligations o
       where o.regime_code = any(?::text[]) and o.due_date between ?::date and ?::date and ${UNITS}
         and (?::text is null or o.agency_id > ?::text)
     ), figures as (
       select regime_code, agency_id as key, ${FIGURES},
         row_number() over (partition by regime_code order by agency_id) as page_row
       from obligation group by regime_code, agency_id
     )
     select * from figures where page_row <= ? order by regime_code, key`,
    [
      codes as string[],
      range.from,
      range.to,
      ...unitBindings(units),
      page.afterAgencyId,
      page.afterAgencyId,
      range.today,
      range.today,
      page.limit,
    ],
  );
  const byRegime = new Map<string, AgencyComplianceRow[]>();
  const rows = result.rows as (FigureRow & { regime_code: string })[];
  for (const row of rows) {
    const counts = toCounts([row]).get(row.key) as ComplianceCounts;
    const list = byRegime.get(row.regime_code) ?? [];
    list.push({ regime_code: row.regime_code, agency_id: row.key, counts });
    byRegime.set(row.regime_code, list);
  }
  return byRegime;
}

/** How many agencies (of `units`) owe each regime something due in [from, to], in one statement. */
export async function agenciesOwingRegimes(
  knex: Knex,
  codes: readonly string[],
  range: { from: string; to: string },
  units: Units,
): Promise<Map<string, number>> {
  const result = await knex.raw(
    `select o.regime_code, count(distinct o.agency_id)::int as n from reporting_obligations o
     where o.regime_code = any(?::text[]) and o.due_date between ?::date and ?::date and ${UNITS}
     group by o.regime_code`,
    [codes as string[], range.from, range.to, ...unitBindings(units)],
  );
  return new Map(
    (result.rows as { regime_code: string; n: number }[]).map((row) => [row.regime_code, Number(row.n)]),
  );
}
