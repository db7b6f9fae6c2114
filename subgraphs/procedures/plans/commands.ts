import type { Knex } from 'knex';
import { badInput, notFound } from '../../../kit/errors.ts';
import type { Identity } from '../../../kit/identity.ts';
import { invalidTransition, requireOfficerOf, requireRole } from '../maintenance/access.ts';
import { PROCEDURE_CODE_PATTERN } from '../procedureStore.ts';
import { complianceCost } from './complianceCost.ts';
import { type PlanRow, type PlanStatus, plansByIds } from './planStore.ts';

interface CostInput {
  hoursPerFiling: number;
  feesPerFilingVnd: number;
  otherCostsPerFilingVnd: number;
  filingsPerYear: number;
}

export interface NewPlanInput {
  reviewYear: number;
  title: string;
  hourValueVnd: number;
  items: {
    procedureCode: string;
    proposals: string[];
    mergeIntoCode?: string | null;
    rationale: string;
    before: CostInput;
    after?: CostInput | null;
  }[];
}

const ZERO: CostInput = {
  hoursPerFiling: 0,
  feesPerFilingVnd: 0,
  otherCostsPerFilingVnd: 0,
  filingsPerYear: 0,
};

/** Checks a side of an item through THE calculation, which refuses negative or non-finite amounts. */
function checkCost(cost: CostInput, hourValueVnd: number, field: string): void {
  complianceCost({ ...cost, hourValueVnd }, field);
}

async function validatePlan(trx: Knex.Transaction, input: NewPlanInput): Promise<void> {
  if (!Number.isInteger(input.reviewYear) || input.reviewYear < 2010 || input.reviewYear > 2100)
    throw badInput('Năm rà soát không hợp lệ.', 'reviewYear');
  if (!input.title.trim()) throw badInput('Tên phương án không được để trống.', 'title');
  if (!Number.isFinite(input.hourValueVnd) || input.hourValueVnd < 0)
    throw badInput('Giá trị một giờ công phải là số không âm.', 'hourValueVnd');
  if (input.items.length === 0) throw badInput('Phương án cần ít nhất một thủ tục.', 'items');
  const codes = input.items.flatMap((item) => [
    item.procedureCode,
    ...(item.mergeIntoCode ? [item.mergeIntoCode] : []),
  ]);
  const rows = (await trx('procedures')
    .whereIn(
      'code',
      codes.filter((code) => PROCEDURE_CODE_PATTERN.test(code)),
    )
    .select('code', 'status')) as { code: string; status: string }[];
  const status = new Map(rows.map((row) => [row.code, row.status]));
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    const at = `items[${i}]`;
    const state = status.get(item.procedureCode);
    if (!state) throw badInput(`Không có thủ tục mã "${item.procedureCode}".`, `${at}.procedureCode`);
    if (state === 'ABOLISHED')
      throw badInput(`Thủ tục "${item.procedureCode}" đã bị bãi bỏ.`, `${at}.procedureCode`);
    if (seen.has(item.procedureCode))
      throw badInput(`Thủ tục "${item.procedureCode}" có hai lần trong phương án.`, `${at}.procedureCode`);
    seen.add(item.procedureCode);
    if (item.proposals.length === 0 || new Set(item.proposals).size !== item.proposals.length)
      throw badInput('Cần ít nhất một đề xuất, không lặp.', `${at}.proposals`);
    const merge = item.proposals.includes('MERGE');
    if (merge !== Boolean(item.mergeIntoCode))
      throw badInput(
        'Đề xuất hợp nhất (MERGE) cần và chỉ cần mã thủ tục hợp nhất vào.',
        `${at}.mergeIntoCode`,
      );
    if (item.mergeIntoCode && (!status.has(item.mergeIntoCode) || item.mergeIntoCode === item.procedureCode))
      throw badInput(`Không hợp nhất được vào "${item.mergeIntoCode}".`, `${at}.mergeIntoCode`);
    if (!item.rationale.trim()) throw badInput('Cần nêu lý do đề xuất.', `${at}.rationale`);
    checkCost(item.before, input.hourValueVnd, `${at}.before.`);
    if (!item.after && !item.proposals.includes('ABOLISH'))
      throw badInput('Cần chi phí sau đơn giản hóa (chỉ được bỏ trống khi bãi bỏ).', `${at}.after`);
    checkCost(item.after ?? ZERO, input.hourValueVnd, `${at}.after.`);
  });
}

export async function createPlan(knex: Knex, identity: Identity, input: NewPlanInput): Promise<PlanRow> {
  const who = requireRole(identity, ['OFFICER', 'LEADER']);
  const id = await knex.transaction(async (trx) => {
    await validatePlan(trx, input);
    const [plan] = (await trx('simplification_plans')
      .insert({
        review_year: input.reviewYear,
        agency_id: who.agencyId,
        title: input.title.trim(),
        hour_value_vnd: input.hourValueVnd,
        status: 'DRAFT',
        created_by: who.subject,
      })
      .returning(trx.raw('id::integer as id'))) as { id: number }[];
    await trx('simplification_plan_items').insert(
      input.items.map((item, position) => {
        const after = item.after ?? ZERO;
        return {
          plan_id: plan.id,
          position,
          procedure_code: item.procedureCode,
          proposals: item.proposals,
          merge_into_code: item.mergeIntoCode ?? null,
          rationale: item.rationale.trim(),
          before_hours: item.before.hoursPerFiling,
          before_fees_vnd: item.before.feesPerFilingVnd,
          before_other_vnd: item.before.otherCostsPerFilingVnd,
          before_filings: item.before.filingsPerYear,
          after_hours: after.hoursPerFiling,
          after_fees_vnd: after.feesPerFilingVnd,
          after_other_vnd: after.otherCostsPerFilingVnd,
          after_filings: after.filingsPerYear,
        };
      }),
    );
    return plan.id;
  });
  const [row] = await plansByIds(knex, [String(id)]);
  return row;
}

/** The legal moves: from → to, who may make them, and the time column each one stamps. */
const TRANSITIONS: Record<string, { from: PlanStatus; to: PlanStatus; stamp: string; byCentral: boolean }> = {
  submit: { from: 'DRAFT', to: 'SUBMITTED', stamp: 'submitted_at', byCentral: false },
  approve: { from: 'SUBMITTED', to: 'APPROVED', stamp: 'approved_at', byCentral: true },
  implement: { from: 'APPROVED', to: 'IMPLEMENTED', stamp: 'implemented_at', byCentral: false },
};

export async function transitionPlan(
  knex: Knex,
  identity: Identity,
  id: string,
  move: keyof typeof TRANSITIONS,
): Promise<PlanRow> {
  const { from, to, stamp, byCentral } = TRANSITIONS[move];
  await knex.transaction(async (trx) => {
    const [plan] = /^\d{1,18}$/.test(id) ? await plansByIds(trx, [id]) : [];
    if (!plan) throw notFound(`Không tìm thấy phương án đơn giản hóa "${id}".`, 'id');
    if (byCentral) requireRole(identity, ['CENTRAL_OFFICE']);
    else requireOfficerOf(identity, plan.agency_id);
    // The status is checked in the update itself, so two concurrent moves cannot both pass.
    const updated = await trx('simplification_plans')
      .where({ id: plan.id, status: from })
      .update({ status: to, [stamp]: trx.fn.now() });
    if (updated === 0)
      throw invalidTransition(`Phương án đang ở trạng thái ${plan.status}: chỉ chuyển ${from} → ${to}.`);
  });
  const [row] = await plansByIds(knex, [id]);
  return row;
}
