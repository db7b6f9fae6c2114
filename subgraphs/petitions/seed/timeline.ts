import { addWorkingDays } from '../../../kit/workingDays.ts';
import type { Basis, Status } from '../domain.ts';
import { chance, intBetween, pick, type Rng } from './random.ts';
import { REJECTION_REASONS } from './texts.ts';

/**
 * A petition's life as the state machine will record it, simulated in working days from receipt and cut at
 * the seed's "as of" instant: old petitions are mostly answered and published (some late, a few never),
 * recent ones still received or being processed.
 */
export interface TimelineStep {
  day: string;
  from: Status | null;
  to: Status;
  actorAgencyId: string;
  reason: string | null;
  targetAgencyId: string | null;
  /** PROCESSING steps: how the petition was classified. */
  basis?: Basis;
}

export interface TimelinePlan {
  receivedOn: string;
  receivingAgencyId: string;
  handlingAgencyId: string;
  /** The rule's working days to the due date (counted again from a transfer day). */
  allowedWorkingDays: number;
  rejected: boolean;
  transferred: boolean;
  /** The transfer window in working days (5; 2 for a regulation under the 2025 rule). */
  transferWorkingDays: number;
  /** Per-agency traits: the share of late answers and of petitions never answered. */
  lateShare: number;
  stuckShare: number;
  /** The last day steps may fall on. */
  until: string;
}

const memo = new Map<string, string>();
/** addWorkingDays, memoized: the seed asks the same few thousand (day, n) pairs tens of thousands of times. */
export function workingDaysAfter(day: string, count: number): string {
  const key = `${day}|${count}`;
  let result = memo.get(key);
  if (result === undefined) {
    result = addWorkingDays(day, count);
    memo.set(key, result);
  }
  return result;
}

export function simulateTimeline(rng: Rng, plan: TimelinePlan): TimelineStep[] {
  const { receivedOn, receivingAgencyId: receiver, handlingAgencyId: handler } = plan;
  const steps: TimelineStep[] = [
    {
      day: receivedOn,
      from: null,
      to: 'RECEIVED',
      actorAgencyId: receiver,
      reason: null,
      targetAgencyId: null,
    },
  ];
  let offset = 0;
  let done = false;
  const step = (gap: number, to: Status, actorAgencyId: string, extra: Partial<TimelineStep> = {}) => {
    if (done) return;
    offset += gap;
    const day = workingDaysAfter(receivedOn, offset);
    if (day > plan.until) {
      done = true;
      return;
    }
    steps.push({
      day,
      from: steps[steps.length - 1].to,
      to,
      actorAgencyId,
      reason: null,
      targetAgencyId: null,
      ...extra,
    });
  };

  if (plan.rejected) {
    step(intBetween(rng, 1, 3), 'REJECTED', receiver, { reason: pick(rng, REJECTION_REASONS) });
    return steps;
  }
  // Art. 9: a petition outside the receiver's competence is transferred within the window (5 working days;
  // 2 for a regulation under the 2025 rule); about one in ten receivers is late with it.
  if (plan.transferred) {
    const window = plan.transferWorkingDays;
    const days = chance(rng, 0.1) ? intBetween(rng, window + 1, window + 5) : intBetween(rng, 1, window);
    step(days, 'TRANSFERRED', receiver, {
      targetAgencyId: handler,
      reason: 'Nội dung thuộc thẩm quyền giải quyết của cơ quan khác.',
    });
  }
  // The competent agency's clock starts on the transfer day (config/deadlines.json).
  const start = offset;
  step(intBetween(rng, 1, 2), 'ACCEPTED', handler);
  const stuck = chance(rng, plan.stuckShare);
  const basis: Basis = stuck && chance(rng, 0.5) ? 'NOT_ENOUGH_BASIS' : 'ENOUGH_BASIS';
  step(intBetween(rng, 1, 3), 'PROCESSING', handler, {
    basis,
    reason:
      basis === 'ENOUGH_BASIS' ? 'Đủ căn cứ xử lý.' : 'Chưa đủ căn cứ xử lý, tiếp tục thu thập thông tin.',
  });
  if (stuck) return steps;

  const allowed = plan.allowedWorkingDays;
  // The deadline is for publication, so a diligent handler answers a few working days early, leaving the
  // receiving agency time for its check.
  const answerBy = Math.max(1, allowed - 4);
  const answerOffset = chance(rng, plan.lateShare)
    ? start + allowed + intBetween(rng, 1, 30)
    : Math.max(offset + 1, start + intBetween(rng, Math.min(answerBy, 5), answerBy));
  step(Math.max(1, answerOffset - offset), 'ANSWERED', handler);
  // The receiving agency checks each answer before publication and may return it for rework (Art. 19).
  if (chance(rng, 0.06)) {
    step(intBetween(rng, 1, 3), 'RETURNED', receiver, {
      reason: 'Nội dung trả lời chưa đầy đủ, đề nghị bổ sung căn cứ pháp lý.',
    });
    step(intBetween(rng, 2, 6), 'ANSWERED', handler);
  }
  // The check usually takes a few days, sometimes weeks (an answer in time can still be published late);
  // a few answers are never checked and stay ANSWERED.
  if (chance(rng, 0.96)) {
    step(chance(rng, 0.08) ? intBetween(rng, 5, 15) : intBetween(rng, 1, 4), 'PUBLISHED', receiver);
  }
  return steps;
}
