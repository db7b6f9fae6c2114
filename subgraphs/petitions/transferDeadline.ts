import { publishDueDate } from './deadlines.ts';
import type { Category } from './domain.ts';

/**
 * What a transfer does to a petition's deadlines (Decree 20/2008 Art. 9; the rule is stated in
 * schema.graphql, transferPetition). Inside one ministry or province the due date stays, so moving a
 * petition between one's own units never buys time. To another ministry or province, the competent
 * agency's clock starts the day the transfer reaches it but never ends before the due date the petition
 * already had; a transfer after the transfer window is late, against the transferring agency.
 */
export interface TransferDeadline {
  dueDate: string;
  /** Both set when the due date changes. */
  dueDateBefore: string | null;
  dueDateAfter: string | null;
  /** Null inside one ministry or province; else whether the transfer window had passed. */
  late: boolean | null;
}

export interface TransferredPetition {
  category: Category;
  /** Vietnam days. The deadline rules in force on the day of receipt apply (deadlines.ts). */
  received_on: string;
  due_date: string;
  transfer_due_date: string;
}

/** The ministry or province an agency belongs to: the ancestor just under the Government (itself at top). */
export function topLevelAgency(agencyId: string, ancestorsNearestFirst: readonly string[]): string {
  const chain = [agencyId, ...ancestorsNearestFirst];
  return chain.length > 1 ? chain[chain.length - 2] : chain[0];
}

export function transferDeadline(
  petition: TransferredPetition,
  withinOneAgency: boolean,
  transferDay: string,
): TransferDeadline {
  const before = petition.due_date;
  if (withinOneAgency) return { dueDate: before, dueDateBefore: null, dueDateAfter: null, late: null };
  const restarted = publishDueDate(petition.category, transferDay, petition.received_on);
  // ISO days sort as they fall: the later of the two.
  const after = [before, restarted].sort()[1];
  const changed = after !== before;
  return {
    dueDate: after,
    dueDateBefore: changed ? before : null,
    dueDateAfter: changed ? after : null,
    late: transferDay > petition.transfer_due_date,
  };
}
