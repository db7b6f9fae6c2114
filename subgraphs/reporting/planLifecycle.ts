import type { Knex } from 'knex';
import { notFound } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { ReportingErrorCode as Code, reportingError, requireRole } from './errors.ts';
import type { Frequency } from './periods.ts';
import { type PlanRow, type PlanStatus, plansByIds } from './planStore.ts';
import { type Author, abolishRegimeIn, amendRegimeIn, mergeRegimeIn } from './regimeCatalogue.ts';

/**
 * A simplification plan's lifecycle, as procedures' plans: DRAFT → SUBMITTED (by the proposing agency or the
 * central office) → APPROVED → IMPLEMENTED (by the central office). Implementing applies the plan's action to
 * its regime through the catalogue's commands, in the same transaction, so the change is in the regime's
 * history with the plan named. The plan row is locked first: a second move waits and then finds the status
 * changed, so a plan is never applied twice.
 */
const MOVES = {
  submit: { from: 'DRAFT', to: 'SUBMITTED', stamp: 'submitted_at' },
  approve: { from: 'SUBMITTED', to: 'APPROVED', stamp: 'approved_at' },
  implement: { from: 'APPROVED', to: 'IMPLEMENTED', stamp: 'implemented_at' },
} as const satisfies Record<string, { from: PlanStatus; to: PlanStatus; stamp: string }>;

type Move = keyof typeof MOVES;

async function lockedPlan(trx: Knex.Transaction, id: string): Promise<PlanRow> {
  const [plan] = /^\d{1,15}$/.test(id) ? await plansByIds(trx, [Number(id)], { lock: true }) : [];
  if (!plan) throw notFound(`Không tìm thấy phương án đơn giản hóa "${id}".`, 'id');
  return plan;
}

function requireStatus(plan: PlanRow, move: Move): void {
  const { from, to } = MOVES[move];
  if (plan.status !== from) {
    throw reportingError(
      Code.INVALID_TRANSITION,
      `Phương án đang ở trạng thái ${plan.status}: chỉ chuyển ${from} → ${to}.`,
      'id',
    );
  }
}

async function stamp(trx: Knex.Transaction, plan: PlanRow, move: Move, extra: object = {}): Promise<void> {
  const { to, stamp } = MOVES[move];
  await trx('reporting_simplification_plans')
    .where('id', plan.id)
    .update({ status: to, [stamp]: trx.fn.now(), ...extra });
}

async function reread(db: Knex, id: string): Promise<PlanRow> {
  const [row] = await plansByIds(db, [Number(id)]);
  return row;
}

export async function submitPlan(db: Knex, identity: Identity, id: string): Promise<PlanRow> {
  requireRole(identity, ['CENTRAL_OFFICE', 'OFFICER', 'LEADER']);
  await db.transaction(async (trx) => {
    const plan = await lockedPlan(trx, id);
    if (identity.role !== 'CENTRAL_OFFICE' && identity.agencyId !== plan.proposed_by_agency_id) {
      throw reportingError(
        Code.FORBIDDEN,
        'Chỉ cơ quan đề xuất hoặc Văn phòng Chính phủ được trình phương án.',
        'id',
      );
    }
    requireStatus(plan, 'submit');
    await stamp(trx, plan, 'submit');
  });
  return reread(db, id);
}

export async function approvePlan(db: Knex, identity: Identity, id: string): Promise<PlanRow> {
  requireRole(identity, ['CENTRAL_OFFICE']);
  await db.transaction(async (trx) => {
    const plan = await lockedPlan(trx, id);
    requireStatus(plan, 'approve');
    await stamp(trx, plan, 'approve');
  });
  return reread(db, id);
}

/** The plan's action as a catalogue change from `effectiveFrom`. */
async function apply(trx: Knex.Transaction, author: Author, plan: PlanRow, effectiveFrom: string) {
  const reason = plan.description;
  switch (plan.action) {
    case 'ABOLISH':
      return abolishRegimeIn(trx, author, plan.regime_code, effectiveFrom, reason);
    case 'MERGE_INTO':
      return mergeRegimeIn(
        trx,
        author,
        plan.regime_code,
        plan.merge_into_code as string,
        effectiveFrom,
        reason,
      );
    case 'REDUCE_FREQUENCY':
      return amendRegimeIn(trx, author, plan.regime_code, {
        effectiveFrom,
        reason,
        frequency: plan.new_frequency as Frequency,
      });
    case 'REDUCE_INDICATORS':
      return amendRegimeIn(trx, author, plan.regime_code, {
        effectiveFrom,
        reason,
        removeIndicators: plan.removed_indicator_codes,
      });
    case 'MOVE_TO_ELECTRONIC':
      return amendRegimeIn(trx, author, plan.regime_code, {
        effectiveFrom,
        reason,
        sendingMethods: ['REPORTING_SYSTEM'],
      });
  }
}

export async function implementPlan(
  db: Knex,
  identity: Identity,
  id: string,
  effectiveFrom: string,
): Promise<PlanRow> {
  requireRole(identity, ['CENTRAL_OFFICE']);
  await db.transaction(async (trx) => {
    const plan = await lockedPlan(trx, id);
    requireStatus(plan, 'implement');
    await apply(trx, { identity, planId: plan.id }, plan, effectiveFrom);
    await stamp(trx, plan, 'implement', { effective_from: effectiveFrom });
  });
  return reread(db, id);
}
