import { GraphQLError } from 'graphql';
import type { Basis, Status } from './domain.ts';

/**
 * The petition lifecycle (Decree 20/2008 Art. 9, 14, 19), as ONE table: each officer command, the statuses
 * it may start from, the status it leads to, and what it needs. The data layer (commands.ts) refuses any
 * other move with INVALID_TRANSITION; nothing else changes a petition's status.
 *
 *   RECEIVED ─┬─ reject ──▶ REJECTED (not accepted, or a complaint/denunciation: out of scope)
 *   TRANSFERRED┼─ transfer ▶ TRANSFERRED (to the competent agency; may be transferred on again)
 *             └─ accept ──▶ ACCEPTED ─ classify ▶ PROCESSING ("not enough basis" ⇄ "enough basis")
 *   PROCESSING (enough basis) / RETURNED ─ answer ▶ ANSWERED ─┬─ review: APPROVE ─▶ PUBLISHED
 *                                                             └─ review: RETURN ──▶ RETURNED (rework)
 *
 * The review (Art. 19) is the receiving agency's check of the handling agency's answer; its two decisions
 * are the `publish` and `return` rows (reviewPetitionAnswer; who may run them: commands.ts).
 *
 * Escalation to the Government (Art. 17, escalationRules.ts) is the one other way a status moves: the
 * Government Office's decision on an open petition, to ACCEPTED at the agency it assigns, or to ANSWERED
 * with its own answer; while it decides, the commands above are refused.
 */
export const COMMANDS = ['accept', 'reject', 'transfer', 'classify', 'answer', 'return', 'publish'] as const;
export type Command = (typeof COMMANDS)[number];

export interface TransitionRule {
  from: readonly Status[];
  to: Status;
  /** A reason is recorded in the event and may not be empty. */
  needsReason: boolean;
  /** The petition must have been classified with this basis (answering needs enough basis). */
  needsBasis?: Basis;
}

export const TRANSITIONS: Readonly<Record<Command, TransitionRule>> = {
  accept: { from: ['RECEIVED', 'TRANSFERRED'], to: 'ACCEPTED', needsReason: false },
  reject: { from: ['RECEIVED', 'TRANSFERRED'], to: 'REJECTED', needsReason: true },
  transfer: { from: ['RECEIVED', 'TRANSFERRED'], to: 'TRANSFERRED', needsReason: true },
  classify: { from: ['ACCEPTED', 'PROCESSING'], to: 'PROCESSING', needsReason: false },
  answer: {
    from: ['PROCESSING', 'RETURNED'],
    to: 'ANSWERED',
    needsReason: false,
    needsBasis: 'ENOUGH_BASIS',
  },
  return: { from: ['ANSWERED'], to: 'RETURNED', needsReason: true },
  publish: { from: ['ANSWERED'], to: 'PUBLISHED', needsReason: false },
};

export function invalidTransition(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'INVALID_TRANSITION', ...details } });
}

/** Throws INVALID_TRANSITION unless the command may run on a petition in this status (and basis). */
export function checkTransition(command: Command, status: Status, basis: Basis | null): TransitionRule {
  const rule = TRANSITIONS[command];
  if (!rule.from.includes(status)) {
    throw invalidTransition(
      `Không thể thực hiện "${COMMAND_LABELS[command]}" với phản ánh, kiến nghị đang ở trạng thái ${STATUS_LABELS[status]}.`,
      { command, status },
    );
  }
  if (rule.needsBasis && basis !== rule.needsBasis && status === 'PROCESSING') {
    throw invalidTransition(
      'Chưa thể trả lời: phản ánh, kiến nghị chưa được phân loại là "đủ căn cứ" để xử lý.',
      { command, status, basis },
    );
  }
  return rule;
}

export const COMMAND_LABELS: Record<Command, string> = {
  accept: 'tiếp nhận',
  reject: 'không tiếp nhận',
  transfer: 'chuyển cơ quan có thẩm quyền',
  classify: 'phân loại xử lý',
  answer: 'trả lời',
  return: 'trả lại để xử lý lại',
  publish: 'duyệt và công khai kết quả',
};

export const STATUS_LABELS: Record<Status, string> = {
  RECEIVED: '"đã tiếp nhận đăng ký"',
  REJECTED: '"không tiếp nhận"',
  TRANSFERRED: '"đã chuyển"',
  ACCEPTED: '"đã tiếp nhận xử lý"',
  PROCESSING: '"đang xử lý"',
  ANSWERED: '"đã trả lời"',
  RETURNED: '"trả lại để xử lý lại"',
  PUBLISHED: '"đã công khai"',
};
