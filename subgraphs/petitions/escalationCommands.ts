import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { todayInVietnam } from '../../kit/dates.ts';
import { forbidden, notFound } from '../../kit/errors.ts';
import { workingDaysBetween } from '../../kit/workingDays.ts';
import type { RoutedAgency } from './agencyDirectory.ts';
import { type Actor, conflict } from './commands.ts';
import type { Status } from './domain.ts';
import {
  ANSWERED_STATUS,
  ASSIGNED_STATUS,
  alreadyDecided,
  alreadyEscalated,
  checkEscalationStep,
  DECIDABLE,
  ESCALATABLE,
  type EscalationGround,
  type EscalationState,
  GOVERNMENT_OFFICE_ID,
  GROUND_LABELS,
  groundNotMet,
} from './escalationRules.ts';
import { pendingEscalationOf, validIds } from './escalationStore.ts';
import { STATUS_LABELS } from './stateMachine.ts';

/**
 * The escalation commands (Decree 20/2008 Art. 17), each one transaction that writes the escalation, the
 * petition and the history event together; any refusal leaves everything as it was.
 */
export interface EscalateRequest {
  petitionId: string;
  expectedVersion: number;
  /** An officer or leader acting for the agencies of their reach: the petition must be handled there. */
  actor: Actor;
  ground: EscalationGround;
  /** Normalized; may be empty except on GOVERNMENT_COMPETENCE. */
  reason: string;
  /** The other agencies involved, already found in the agency directory (their successors on the day). */
  involved: readonly RoutedAgency[];
  now: Date;
}

interface PetitionState {
  id: string;
  status: Status;
  version: number;
  handling_agency_id: string;
  escalation: boolean;
  received_on: string;
}

const RECEIVED_ON = `to_char((received_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD') as received_on`;
const ARTICLE = 'Điều 17 Nghị định 20/2008/NĐ-CP';

function staleVersion(current: Pick<PetitionState, 'status' | 'version'>) {
  return conflict(
    `Phản ánh, kiến nghị đã được người khác cập nhật (hiện ở trạng thái ${STATUS_LABELS[current.status]}, phiên bản ${current.version}); hãy tải lại rồi thực hiện lại.`,
    { currentVersion: current.version, currentStatus: current.status },
  );
}

/** Reports a petition to the Government: checks the ground, records the escalation and its event. */
export async function escalatePetition(knex: Knex, request: EscalateRequest): Promise<string> {
  const { petitionId, expectedVersion, actor, ground, now } = request;
  const escalationId = randomUUID();
  if (!validIds([petitionId]).length)
    throw notFound(`Không tìm thấy phản ánh, kiến nghị "${petitionId}".`, 'id');
  await knex.transaction(async (trx) => {
    const current = (await trx('petitions')
      .where('id', petitionId)
      .whereRaw('handling_agency_id = any(?::text[])', [actor.unitIds as string[]])
      .first('id', 'status', 'version', 'handling_agency_id', 'escalation', trx.raw(RECEIVED_ON))) as
      | PetitionState
      | undefined;
    if (!current) {
      if (await trx('petitions').where('id', petitionId).first('id')) {
        throw forbidden(
          'Chỉ cán bộ, lãnh đạo của cơ quan đang xử lý phản ánh, kiến nghị được báo cáo Chính phủ.',
        );
      }
      throw notFound(`Không tìm thấy phản ánh, kiến nghị "${petitionId}".`, 'id');
    }
    if (current.version !== expectedVersion) throw staleVersion(current);
    const pending = await pendingEscalationOf(trx, petitionId);
    if (pending) throw alreadyEscalated();
    checkEscalationStep('escalate', current.status, ESCALATABLE);
    const others = uniqueOthers(request.involved, current.handling_agency_id);
    checkGround(request, current, others);

    const updated = await trx('petitions')
      .where({ id: petitionId, version: expectedVersion })
      .update({ version: expectedVersion + 1, updated_at: now });
    if (updated !== 1) throw staleVersion(await latest(trx, petitionId));
    const [event] = (await trx('petition_events')
      .insert({
        petition_id: petitionId,
        at: now,
        actor: actor.subject,
        actor_agency_id: actor.agencyId,
        from_status: current.status,
        to_status: current.status,
        // The public history names the legal ground; the officer's own reason stays with the escalation.
        reason: `Báo cáo Chính phủ: ${GROUND_LABELS[ground]} (${ARTICLE}).`,
        target_agency_id: GOVERNMENT_OFFICE_ID,
      })
      .returning('id')) as { id: number }[];
    try {
      await trx('escalations').insert({
        id: escalationId,
        petition_id: petitionId,
        ground,
        reason: request.reason,
        escalated_by: actor.subject,
        escalated_by_agency_id: actor.agencyId,
        escalated_at: now,
        escalated_event_id: event.id,
      });
    } catch (error) {
      // A concurrent escalation of the same petition committed first (the partial unique index).
      if ((error as { code?: string }).code === '23505') throw alreadyEscalated();
      throw error;
    }
    const agencies = [current.handling_agency_id, ...others.map((agency) => agency.id)];
    await trx('escalation_agencies').insert(
      agencies.map((agencyId, position) => ({ escalation_id: escalationId, position, agency_id: agencyId })),
    );
  });
  return escalationId;
}

/** The involved agencies other than the handling one, each once. */
function uniqueOthers(involved: readonly RoutedAgency[], handlingAgencyId: string): RoutedAgency[] {
  const seen = new Set([handlingAgencyId]);
  return involved.filter((agency) => !seen.has(agency.id) && seen.add(agency.id));
}

/** Art. 17's three grounds, each with what proves it. */
function checkGround(request: EscalateRequest, current: PetitionState, others: RoutedAgency[]): void {
  const { ground } = request;
  if (ground === 'AGENCIES_DISAGREE' && !others.length) {
    throw groundNotMet(
      'Cần nêu ít nhất một cơ quan khác (ngoài cơ quan đang xử lý) có ý kiến khác nhau về vụ việc',
      'input.involvedAgencyIds',
    );
  }
  if (ground === 'RESUBMITTED_AFTER_HANDLING' && !current.escalation) {
    throw groundNotMet(
      'Phản ánh, kiến nghị này không phải là vụ việc đã được xử lý nay gửi lại (không dẫn chiếu phản ánh, kiến nghị trước đã được xử lý)',
      'input.ground',
    );
  }
  if (ground === 'GOVERNMENT_COMPETENCE' && !request.reason) {
    throw groundNotMet('Cần nêu lý do vụ việc thuộc thẩm quyền của Chính phủ', 'input.reason');
  }
}

async function latest(trx: Knex.Transaction, petitionId: string): Promise<PetitionState> {
  return (await trx('petitions').where('id', petitionId).first('status', 'version')) as PetitionState;
}

export interface DecisionRequest {
  escalationId: string;
  /** The Government Office's officer. */
  actor: Pick<Actor, 'subject' | 'agencyId'>;
  now: Date;
  /** assign: the agency to handle it; answer: the Government Office (both found in the agency directory). */
  handler: RoutedAgency;
  decision: { kind: 'assign'; note: string | null } | { kind: 'answer'; answer: string };
}

interface EscalationLock {
  id: string;
  petition_id: string;
  state: EscalationState;
}

/**
 * The Government Office's decision on a PENDING escalation: assign the petition to a handling agency (it
 * is ACCEPTED there, as after an accepted transfer; the due date stays), or answer it itself (ANSWERED,
 * handled by the Government Office; the receiving agency then checks and publishes it, Art. 19).
 */
export async function decideEscalation(knex: Knex, request: DecisionRequest): Promise<void> {
  const { escalationId, actor, now, handler, decision } = request;
  await knex.transaction(async (trx) => {
    const escalation = (await trx('escalations')
      .where('id', escalationId)
      .forUpdate()
      .first(trx.raw('id::text as id'), trx.raw('petition_id::text as petition_id'), 'state')) as
      | EscalationLock
      | undefined;
    if (!escalation) throw notFound(`Không tìm thấy báo cáo Chính phủ "${escalationId}".`, 'escalationId');
    if (escalation.state !== 'PENDING') throw alreadyDecided(escalation.state);
    const petition = (await trx('petitions')
      .where('id', escalation.petition_id)
      .forUpdate()
      .first(
        'id',
        'status',
        'version',
        'handling_agency_id',
        'escalation',
        trx.raw(RECEIVED_ON),
      )) as PetitionState;
    checkEscalationStep(decision.kind, petition.status, DECIDABLE);

    const to = decision.kind === 'assign' ? ASSIGNED_STATUS : ANSWERED_STATUS;
    const moved = {
      status: to,
      handling_agency_id: handler.id,
      handling_agency_ancestors: handler.ancestors,
      version: petition.version + 1,
      updated_at: now,
    };
    const changes =
      decision.kind === 'assign'
        ? // The assigned agency starts handling afresh: it classifies and answers it itself.
          { ...moved, processing_basis: null, answered_at: null, answer_working_days: null }
        : {
            ...moved,
            answer: decision.answer,
            answered_at: now,
            answer_working_days: workingDaysBetween(petition.received_on, todayInVietnam(now)),
          };
    await trx('petitions').where('id', petition.id).update(changes);
    const reason =
      decision.kind === 'assign'
        ? `Văn phòng Chính phủ giao ${handler.name} xử lý (${ARTICLE}).${decision.note ? ` ${decision.note}` : ''}`
        : `Văn phòng Chính phủ trả lời (${ARTICLE}).`;
    const [event] = (await trx('petition_events')
      .insert({
        petition_id: petition.id,
        at: now,
        actor: actor.subject,
        actor_agency_id: actor.agencyId,
        from_status: petition.status,
        to_status: to,
        reason,
        target_agency_id: decision.kind === 'assign' ? handler.id : null,
      })
      .returning('id')) as { id: number }[];
    await trx('escalations')
      .where('id', escalation.id)
      .update({
        state: decision.kind === 'assign' ? 'ASSIGNED' : 'ANSWERED',
        decided_at: now,
        decided_by: actor.subject,
        decided_event_id: event.id,
        assigned_agency_id: decision.kind === 'assign' ? handler.id : null,
        answer: decision.kind === 'answer' ? decision.answer : null,
      });
  });
}
