import { GraphQLError } from 'graphql';
import type { Status } from './domain.ts';
import { invalidTransition, STATUS_LABELS } from './stateMachine.ts';

/**
 * Escalation to the Government (Decree 20/2008/NĐ-CP Art. 17): its vocabulary, the statuses each step may
 * start from, and its refusals. The petition lifecycle (stateMachine.ts) is unchanged: escalating records a
 * step and leaves the status; the Government Office's decision moves the petition as an accepted transfer
 * (assign: ACCEPTED at the assigned agency) or as an answer (ANSWERED, the Government Office handling it),
 * and the receiving agency's check (Art. 19) then applies as to any answer.
 */
export const ESCALATION_GROUNDS = [
  'AGENCIES_DISAGREE',
  'RESUBMITTED_AFTER_HANDLING',
  'GOVERNMENT_COMPETENCE',
] as const;
export type EscalationGround = (typeof ESCALATION_GROUNDS)[number];

export const ESCALATION_STATES = ['PENDING', 'ASSIGNED', 'ANSWERED'] as const;
export type EscalationState = (typeof ESCALATION_STATES)[number];

/** The Government Office (Văn phòng Chính phủ): it decides escalations and may answer them itself. */
export const GOVERNMENT_OFFICE_ID = 'bo-vpcp';

/**
 * Escalated by the agency handling the petition: once it has accepted what was transferred to it (a
 * TRANSFERRED petition is still the transferring agency's decision to make good), and before it is closed.
 */
export const ESCALATABLE: readonly Status[] = ['RECEIVED', 'ACCEPTED', 'PROCESSING', 'ANSWERED', 'RETURNED'];

/** Decided while the petition is open, wherever the handling agency left it (a transfer included). */
export const DECIDABLE: readonly Status[] = [...ESCALATABLE, 'TRANSFERRED'];

/** The status an assignment leads to: the assigned agency handles it as an accepted transfer. */
export const ASSIGNED_STATUS: Status = 'ACCEPTED';
/** The status the Government Office's own answer leads to: awaiting the receiving agency's check. */
export const ANSWERED_STATUS: Status = 'ANSWERED';

export const GROUND_LABELS: Record<EscalationGround, string> = {
  AGENCIES_DISAGREE: 'các cơ quan có ý kiến khác nhau',
  RESUBMITTED_AFTER_HANDLING: 'vụ việc đã được xử lý nay gửi lại',
  GOVERNMENT_COMPETENCE: 'vụ việc thuộc thẩm quyền của Chính phủ',
};

const ARTICLE = 'Điều 17 Nghị định 20/2008/NĐ-CP';

export function groundNotMet(message: string, field: string): GraphQLError {
  return new GraphQLError(`${message} (${ARTICLE}).`, {
    extensions: { code: 'ESCALATION_GROUND_NOT_MET', field },
  });
}

export function alreadyEscalated(): GraphQLError {
  return new GraphQLError(
    `Phản ánh, kiến nghị đã được báo cáo Chính phủ và đang chờ Văn phòng Chính phủ quyết định (${ARTICLE}).`,
    { extensions: { code: 'ALREADY_ESCALATED' } },
  );
}

/** INVALID_TRANSITION unless a step of the escalation may start from the petition's status. */
export function checkEscalationStep(
  step: 'escalate' | 'assign' | 'answer',
  status: Status,
  allowed: readonly Status[],
): void {
  if (allowed.includes(status)) return;
  const action = { escalate: 'báo cáo Chính phủ', assign: 'giao cơ quan xử lý', answer: 'trả lời' }[step];
  const hint =
    status === 'TRANSFERRED' ? ' Cơ quan được chuyển đến tiếp nhận trước rồi mới báo cáo Chính phủ.' : '';
  throw invalidTransition(
    `Không thể ${action} với phản ánh, kiến nghị đang ở trạng thái ${STATUS_LABELS[status]}.${hint}`,
    { command: `escalation.${step}`, status },
  );
}

/** The handling agency's commands wait while the Government Office decides (a decision would undo them). */
export function awaitingDecision(): GraphQLError {
  return invalidTransition(
    `Phản ánh, kiến nghị đang chờ Văn phòng Chính phủ quyết định sau khi báo cáo Chính phủ (${ARTICLE}); chưa thể thao tác.`,
    { escalationState: 'PENDING' },
  );
}

export function alreadyDecided(state: EscalationState): GraphQLError {
  return invalidTransition(
    `Văn phòng Chính phủ đã quyết định về báo cáo này (${state === 'ASSIGNED' ? 'đã giao cơ quan xử lý' : 'đã trả lời'}).`,
    { escalationState: state },
  );
}
