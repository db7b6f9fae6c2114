import { notFound } from '../../../kit/errors.ts';
import type { PageArgs } from '../../../kit/pagination.ts';
import type { SubgraphContext } from '../../../kit/subgraph.ts';
import type { ProcedureLoaders } from '../loaders.ts';
import { createPlan, type NewPlanInput, transitionPlan } from './commands.ts';
import { groupSaving, type ItemCost, itemCost, type PlanItemRow } from './cost.ts';
import { itemsOfYear, listPlans, type PlanFilter, type PlanRow } from './planStore.ts';

type Context = SubgraphContext<ProcedureLoaders>;
type CostedItem = PlanItemRow & { cost: ItemCost };

async function costedItems(plan: PlanRow, loaders: ProcedureLoaders): Promise<CostedItem[]> {
  const items = await loaders.planItems.load(String(plan.id));
  return items.map((item) => ({ ...item, cost: itemCost(item, Number(plan.hour_value_vnd)) }));
}

const procedureRef = (code: string, loaders: ProcedureLoaders) => loaders.procedure.load(code);

export const planResolvers = {
  Query: {
    async simplificationPlan(_: unknown, { id }: { id: string }, { loaders }: Context) {
      const plan = await loaders.plan.load(id);
      if (!plan) throw notFound(`Không tìm thấy phương án đơn giản hóa "${id}".`, 'id');
      return plan;
    },
    simplificationPlans(_: unknown, args: PageArgs & { filter?: PlanFilter | null }, { db }: Context) {
      return listPlans(db, args.filter ?? {}, args);
    },
    /** One statement for the year's items, then THE calculation per item and the sums per agency. */
    async simplificationTotals(
      _: unknown,
      { reviewYear, statuses }: { reviewYear: number; statuses?: string[] | null },
      { db }: Context,
    ) {
      const rows = await itemsOfYear(db, reviewYear, statuses ?? null);
      const byAgency = new Map<string, { plans: Set<string>; procedures: Set<string>; costs: ItemCost[] }>();
      for (const row of rows) {
        const group = byAgency.get(row.agency_id) ?? { plans: new Set(), procedures: new Set(), costs: [] };
        group.plans.add(row.plan_id);
        group.procedures.add(row.procedure_code);
        group.costs.push(itemCost(row, Number(row.hour_value_vnd)));
        byAgency.set(row.agency_id, group);
      }
      const groups = [...byAgency.values()];
      return {
        reviewYear,
        planCount: new Set(rows.map((row) => row.plan_id)).size,
        procedureCount: new Set(rows.map((row) => row.procedure_code)).size,
        saving: groupSaving(groups.flatMap((group) => group.costs)),
        agencies: [...byAgency].map(([agencyId, group]) => ({
          agency: { __typename: 'Agency', id: agencyId },
          planCount: group.plans.size,
          procedureCount: group.procedures.size,
          saving: groupSaving(group.costs),
        })),
      };
    },
  },
  Mutation: {
    createSimplificationPlan: (_: unknown, { input }: { input: NewPlanInput }, { db, identity }: Context) =>
      createPlan(db, identity, input),
    submitSimplificationPlan: (_: unknown, { id }: { id: string }, { db, identity }: Context) =>
      transitionPlan(db, identity, id, 'submit'),
    approveSimplificationPlan: (_: unknown, { id }: { id: string }, { db, identity }: Context) =>
      transitionPlan(db, identity, id, 'approve'),
    implementSimplificationPlan: (_: unknown, { id }: { id: string }, { db, identity }: Context) =>
      transitionPlan(db, identity, id, 'implement'),
  },
  SimplificationPlan: {
    __resolveReference: (reference: { id: string }, { loaders }: Context) => loaders.plan.load(reference.id),
    id: (plan: PlanRow) => String(plan.id),
    reviewYear: (plan: PlanRow) => plan.review_year,
    agency: (plan: PlanRow) => ({ __typename: 'Agency', id: plan.agency_id }),
    hourValueVnd: (plan: PlanRow) => Number(plan.hour_value_vnd),
    items: (plan: PlanRow, _: unknown, { loaders }: Context) => costedItems(plan, loaders),
    saving: async (plan: PlanRow, _: unknown, { loaders }: Context) =>
      groupSaving((await costedItems(plan, loaders)).map((item) => item.cost)),
    createdBy: (plan: PlanRow) => plan.created_by,
    createdAt: (plan: PlanRow) => plan.created_at,
    submittedAt: (plan: PlanRow) => plan.submitted_at,
    approvedAt: (plan: PlanRow) => plan.approved_at,
    implementedAt: (plan: PlanRow) => plan.implemented_at,
  },
  SimplificationItem: {
    procedure: (item: CostedItem, _: unknown, { loaders }: Context) =>
      procedureRef(item.procedure_code, loaders),
    mergeInto: (item: CostedItem, _: unknown, { loaders }: Context) =>
      item.merge_into_code ? procedureRef(item.merge_into_code, loaders) : null,
    before: (item: CostedItem) => item.cost.before,
    after: (item: CostedItem) => item.cost.after,
    saving: (item: CostedItem) => item.cost.saving,
  },
};
