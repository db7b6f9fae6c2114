import type { Knex } from 'knex';
import { type Connection, type Keyset, keysetPage, type PageArgs } from '../../../kit/pagination.ts';
import type { PlanItemRow } from './cost.ts';

export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'IMPLEMENTED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanRow extends Record<string, unknown> {
  id: number;
  review_year: number;
  agency_id: string;
  title: string;
  hour_value_vnd: number;
  status: PlanStatus;
  created_by: string;
  created_at: Date;
  submitted_at: Date | null;
  approved_at: Date | null;
  implemented_at: Date | null;
  sample: boolean;
}

export interface PlanFilter {
  reviewYear?: number | null;
  agencyId?: string | null;
  status?: PlanStatus | null;
}

/** Plans in the order they were drawn up. */
export const PLAN_ORDER: Keyset = {
  name: 'simplification-plans',
  keys: [{ column: 'id', field: 'id', type: 'number' }],
  direction: 'asc',
};

const PLAN_COLUMNS = [
  'review_year',
  'agency_id',
  'title',
  'hour_value_vnd',
  'status',
  'created_by',
  'created_at',
  'submitted_at',
  'approved_at',
  'implemented_at',
  'sample',
];

/** ids are bigint, which the two drivers hand over differently: read them as integers (cursor-safe). */
function planQuery(knex: Knex): Knex.QueryBuilder {
  return knex('simplification_plans').select(knex.raw('id::integer as id'), ...PLAN_COLUMNS);
}

export function listPlans(knex: Knex, filter: PlanFilter, page: PageArgs): Promise<Connection<PlanRow>> {
  const query = planQuery(knex);
  if (filter.reviewYear != null) query.where('review_year', filter.reviewYear);
  if (filter.agencyId) query.where('agency_id', filter.agencyId);
  if (filter.status) query.where('status', filter.status);
  return keysetPage<PlanRow>(query, PLAN_ORDER, page);
}

export async function plansByIds(knex: Knex, ids: readonly string[]): Promise<PlanRow[]> {
  const numeric = ids.filter((id) => /^\d{1,18}$/.test(id));
  if (numeric.length === 0) return [];
  return (await planQuery(knex).whereIn('id', numeric)) as PlanRow[];
}

export async function itemsOfPlans(knex: Knex, planIds: readonly string[]): Promise<PlanItemRow[]> {
  const rows = (await knex('simplification_plan_items')
    .select('*')
    .whereIn('plan_id', planIds as string[])
    .orderBy(['plan_id', 'position'])) as PlanItemRow[];
  return rows.map((row) => ({ ...row, plan_id: String(row.plan_id) }));
}

/** Every item of a review year's plans with its plan's agency and hour value: the totals' one statement. */
export async function itemsOfYear(
  knex: Knex,
  reviewYear: number,
  statuses: readonly string[] | null,
): Promise<(PlanItemRow & { agency_id: string; hour_value_vnd: number })[]> {
  const query = knex('simplification_plan_items as i')
    .join('simplification_plans as p', 'p.id', 'i.plan_id')
    .select('i.*', 'p.agency_id', 'p.hour_value_vnd')
    .where('p.review_year', reviewYear)
    .orderBy(['p.agency_id', 'i.plan_id', 'i.position']);
  if (statuses && statuses.length > 0) query.whereIn('p.status', statuses as string[]);
  const rows = (await query) as (PlanItemRow & { agency_id: string; hour_value_vnd: number })[];
  return rows.map((row) => ({ ...row, plan_id: String(row.plan_id) }));
}
