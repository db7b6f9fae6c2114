import type { Knex } from 'knex';
import { toDateString } from '../../kit/dates.ts';
import { type Keyset, keysetPage, type PageArgs } from '../../kit/pagination.ts';
import type { PlanAction } from './plans.ts';

/** A reporting_simplification_plans row; numeric columns read as numbers (PGlite returns them as text). */
export interface PlanRow extends Record<string, unknown> {
  id: number;
  regime_code: string;
  year: number;
  action: PlanAction;
  merge_into_code: string | null;
  new_frequency: string | null;
  removed_indicator_codes: string[];
  reporting_agencies: number;
  hours_per_report_before: number;
  hours_per_report_after: number;
  hour_value_vnd: number;
  other_costs_per_report_before_vnd: number;
  other_costs_per_report_after_vnd: number;
  description: string;
  proposed_by: string | null;
  proposed_by_agency_id: string | null;
  status: PlanStatus;
  created_at: Date | string;
  submitted_at: Date | string | null;
  approved_at: Date | string | null;
  implemented_at: Date | string | null;
  /** The day the plan's change applies from, set when it is implemented. */
  effective_from: string | null;
}

export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'IMPLEMENTED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

const NUMERIC = [
  'hours_per_report_before',
  'hours_per_report_after',
  'hour_value_vnd',
  'other_costs_per_report_before_vnd',
  'other_costs_per_report_after_vnd',
] as const;

function normalise(row: PlanRow): PlanRow {
  const copy = {
    ...row,
    id: Number(row.id),
    reporting_agencies: Number(row.reporting_agencies),
    effective_from: toDateString(row.effective_from),
  };
  for (const key of NUMERIC) copy[key] = Number(row[key]);
  return copy;
}

const COLUMNS = [
  'id',
  'regime_code',
  'year',
  'action',
  'merge_into_code',
  'new_frequency',
  'removed_indicator_codes',
  'reporting_agencies',
  ...NUMERIC,
  'description',
  'proposed_by',
  'proposed_by_agency_id',
  'status',
  'created_at',
  'submitted_at',
  'approved_at',
  'implemented_at',
  'effective_from',
];

export const PLAN_ORDER: Keyset = {
  name: 'reportingSimplificationPlans',
  keys: [{ column: 'id', field: 'id', type: 'number' }],
  direction: 'asc',
};

export interface PlanFilter {
  regimeCode?: string | null;
  year?: number | null;
  action?: string | null;
  status?: PlanStatus | null;
}

function filtered(knex: Knex, filter: PlanFilter): Knex.QueryBuilder {
  const query = knex('reporting_simplification_plans').select(COLUMNS);
  if (filter.regimeCode) query.where('regime_code', filter.regimeCode);
  if (filter.year != null) query.where('year', filter.year);
  if (filter.action) query.where('action', filter.action);
  if (filter.status) query.where('status', filter.status);
  return query;
}

export async function listPlans(knex: Knex, filter: PlanFilter, page: PageArgs) {
  const connection = await keysetPage<PlanRow>(filtered(knex, filter), PLAN_ORDER, page);
  const nodes = connection.nodes.map(normalise);
  return { ...connection, nodes, edges: connection.edges.map((edge, i) => ({ ...edge, node: nodes[i] })) };
}

/** Every plan of a year: the national totals are summed over them (a few dozen rows at most). */
export async function plansOfYear(knex: Knex, year: number): Promise<PlanRow[]> {
  return (await filtered(knex, { year }).orderBy('id')).map(normalise);
}

/** The plans of many regimes in one statement. */
export async function plansOfRegimes(knex: Knex, codes: readonly string[]): Promise<PlanRow[]> {
  return (
    await knex('reporting_simplification_plans')
      .select(COLUMNS)
      .whereIn('regime_code', codes as string[])
      .orderBy(['regime_code', 'id'])
  ).map(normalise);
}

/** Plans by id in one statement; `lock` holds them until the transaction ends (one move at a time). */
export async function plansByIds(
  knex: Knex,
  ids: readonly number[],
  { lock = false }: { lock?: boolean } = {},
): Promise<PlanRow[]> {
  const query = knex('reporting_simplification_plans')
    .select(COLUMNS)
    .whereIn('id', ids as number[]);
  if (lock) query.forUpdate();
  return (await query).map(normalise);
}

export type NewPlan = Omit<
  PlanRow,
  'id' | 'status' | 'created_at' | 'submitted_at' | 'approved_at' | 'implemented_at' | 'effective_from'
>;

export async function insertPlan(knex: Knex, plan: NewPlan): Promise<PlanRow> {
  const [row] = await knex('reporting_simplification_plans').insert(plan).returning(COLUMNS);
  return normalise(row as PlanRow);
}
