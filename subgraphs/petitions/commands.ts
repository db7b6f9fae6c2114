import { randomInt, randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Knex } from 'knex';
import { todayInVietnam } from '../../kit/dates.ts';
import { forbidden, notFound } from '../../kit/errors.ts';
import { workingDaysBetween } from '../../kit/workingDays.ts';
import type { RoutedAgency } from './agencyDirectory.ts';
import { publishDueDate, transferDueDate } from './deadlines.ts';
import type { Basis, Category, Status } from './domain.ts';
import { awaitingDecision } from './escalationRules.ts';
import { pendingEscalationOf } from './escalationStore.ts';
import { type Command, checkTransition, STATUS_LABELS } from './stateMachine.ts';
import { invalidInput, type NormalizedSubmission } from './submission.ts';
import { makeTrackingCode } from './trackingCode.ts';
import { type TransferDeadline, transferDeadline } from './transferDeadline.ts';

/**
 * The petition commands: the data layer that enforces the lifecycle. Each command is one transaction that
 * writes the new state and its event together. Who acts and for which agency are explicit parameters, so
 * that the access-control issue can decide who may run what without changing these functions.
 */
export interface Actor {
  /** The officer's account (the identity's subject). */
  subject: string;
  /** The agency the officer acts for. */
  agencyId: string;
  /** The agencies the officer acts for (access.ts actingScope): the petition must be handled there. */
  unitIds: readonly string[];
  /** A LEADER: only a leader approves an answer that their own agency's reach also handled (Art. 19). */
  leader?: boolean;
}

/** Art. 19: the receiving agency checks the answer before it is published: it returns or approves it. */
const RECEIVER_COMMANDS: readonly Command[] = ['return', 'publish'];

export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'CONFLICT', ...details } });

const vietnamDay = (instant: Date) => todayInVietnam(instant);

/** Tracking codes from the OS's cryptographic randomness: not sequential, not guessable. */
const cryptoDraw = () => randomInt(0, 2 ** 32) / 2 ** 32;
const MAX_CODE_DRAWS = 5;

export interface SubmitResult {
  petitionId: string;
  /** True when an earlier submission with the same key and payload is returned. */
  replayed: boolean;
}

export interface SubmitOptions {
  /** The agency that receives it (after routing a dissolved agency to its successor). */
  receiver: RoutedAgency;
  idempotency: { key: string; payloadHash: string } | null;
  /** An officer entering a paper, phone or e-mail petition; null for the petitioner's own submission. */
  enteredBy: Pick<Actor, 'subject' | 'agencyId'> | null;
  now: Date;
  /**
   * Runs in the transaction once the submission is known not to be a replay (submission limits): what it
   * counts is undone with everything else when the submission is refused.
   */
  beforeStore?: (trx: Knex.Transaction) => Promise<void>;
}

/**
 * Registers a petition: one transaction that claims the idempotency key first (a concurrent retry with the
 * same key waits on it, then finds it taken), stores the petition with a fresh tracking code, and writes
 * the RECEIVED event, recording the routing when the named agency no longer exists.
 */
export async function submitPetition(
  knex: Knex,
  submission: NormalizedSubmission,
  options: SubmitOptions,
): Promise<SubmitResult> {
  const { receiver, idempotency, enteredBy, now } = options;
  const petitionId = randomUUID();
  const result = await knex.transaction(async (trx): Promise<SubmitResult | { taken: true }> => {
    if (idempotency) {
      const claimed = await trx.raw(
        `insert into petition_submissions (idempotency_key, payload_hash, petition_id) values (?, ?, ?)
         on conflict (idempotency_key) do nothing returning petition_id`,
        [idempotency.key, idempotency.payloadHash, petitionId],
      );
      if (!claimed.rows.length) return { taken: true };
    }
    await options.beforeStore?.(trx);
    const previous = submission.previousTrackingCode
      ? ((await trx('petitions')
          .where('tracking_code', submission.previousTrackingCode)
          .first('id', 'status')) as { id: string; status: Status } | undefined)
      : undefined;
    if (submission.previousTrackingCode && !previous) {
      throw invalidInput([
        {
          field: 'input.previousTrackingCode',
          message: `Không tìm thấy phản ánh, kiến nghị trước có mã "${submission.previousTrackingCode}".`,
        },
      ]);
    }
    // Art. 17: the same matter submitted again after it was handled goes up to the Government.
    const escalation = previous ? ['ANSWERED', 'PUBLISHED', 'REJECTED'].includes(previous.status) : false;
    const receivedOn = vietnamDay(now);
    const row = {
      id: petitionId,
      title: submission.title,
      content: submission.content,
      category: submission.category,
      kind: submission.kind,
      channel: submission.channel,
      petitioner_type: submission.petitionerType,
      petitioner_name: submission.petitionerName,
      petitioner_address: submission.address,
      petitioner_phone: submission.phone,
      petitioner_email: submission.email,
      status: 'RECEIVED',
      receiving_agency_id: receiver.id,
      handling_agency_id: receiver.id,
      handling_agency_ancestors: receiver.ancestors,
      procedure_code: submission.procedureCode,
      regulation_reference: submission.regulationReference,
      attachments: JSON.stringify(submission.attachments),
      previous_petition_id: previous?.id ?? null,
      escalation,
      received_at: now,
      due_date: publishDueDate(submission.category, receivedOn),
      transfer_due_date: transferDueDate(submission.category, receivedOn),
      updated_at: now,
    };
    let stored = false;
    for (let draw = 0; draw < MAX_CODE_DRAWS && !stored; draw += 1) {
      // A clash with a stored code is astronomically rare; drawing again beats failing the submission.
      const inserted = await trx('petitions')
        .insert({ ...row, tracking_code: makeTrackingCode(cryptoDraw) })
        .onConflict('tracking_code')
        .ignore()
        .returning('id');
      stored = inserted.length === 1;
    }
    if (!stored) throw new Error('no free tracking code after several draws');
    const notes: string[] = [];
    if (receiver.addressedId !== receiver.id) {
      notes.push(
        `Gửi tới ${receiver.addressedName}, cơ quan không còn hoạt động; đã chuyển tới cơ quan kế thừa: ${receiver.name}.`,
      );
    }
    if (previous) {
      notes.push(
        escalation
          ? `Gửi lại vụ việc đã được xử lý (mã ${submission.previousTrackingCode}): đề nghị báo cáo Chính phủ (Điều 17 Nghị định 20/2008/NĐ-CP).`
          : `Liên quan đến phản ánh, kiến nghị mã ${submission.previousTrackingCode}.`,
      );
    }
    await trx('petition_events').insert({
      petition_id: petitionId,
      at: now,
      actor: enteredBy?.subject ?? null,
      actor_agency_id: enteredBy?.agencyId ?? receiver.id,
      from_status: null,
      to_status: 'RECEIVED',
      reason: notes.length ? notes.join(' ') : null,
      target_agency_id: null,
      addressed_agency_id: receiver.addressedId !== receiver.id ? receiver.addressedId : null,
    });
    return { petitionId, replayed: false };
  });
  if (!('taken' in result)) return result;
  // The key was taken (maybe by a retry that was running at the same time, now committed).
  const first = (await knex('petition_submissions')
    .where('idempotency_key', idempotency?.key)
    .first('payload_hash', 'petition_id')) as { payload_hash: string; petition_id: string } | undefined;
  if (!first) throw conflict('Yêu cầu gửi cùng khóa chống gửi trùng đang được xử lý; hãy thử lại.');
  if (first.payload_hash !== idempotency?.payloadHash) {
    throw new GraphQLError(
      'Khóa chống gửi trùng này đã được dùng cho một phản ánh, kiến nghị có nội dung khác; hãy dùng khóa mới.',
      { extensions: { code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' } },
    );
  }
  return { petitionId: first.petition_id, replayed: true };
}

export interface TransitionRequest {
  command: Command;
  petitionId: string;
  /** The version the officer saw: the command applies only if nobody changed the petition since. */
  expectedVersion: number;
  actor: Actor;
  now: Date;
  reason?: string | null;
  basis?: Basis | null;
  answer?: string | null;
  /** Transfer only: where to, already routed to an agency that exists. */
  target?: RoutedAgency | null;
  /**
   * Transfer only: the reach of the ministry or province the target belongs to (kit/agencyReach.ts). A
   * transfer from an agency in it stays inside that ministry or province and keeps the due date.
   */
  targetOrganization?: readonly string[] | null;
}

interface CurrentRow {
  id: string;
  status: Status;
  version: number;
  processing_basis: Basis | null;
  category: Category;
  handling_agency_id: string;
  receiving_agency_id: string;
  due_date: string;
  transfer_due_date: string;
  received_on: string;
}

const BASIS_NOTES: Record<Basis, string> = {
  NOT_ENOUGH_BASIS: 'Chưa đủ căn cứ xử lý, tiếp tục thu thập thông tin.',
  ENOUGH_BASIS: 'Đủ căn cứ xử lý.',
};

/**
 * Moves a petition by one officer command, in one transaction: version check, the state machine, the new
 * state (`update … where id and version`: a concurrent command that got there first leaves 0 rows, and
 * this one fails with CONFLICT), and the event. Any error leaves everything as it was.
 */
export async function transitionPetition(knex: Knex, request: TransitionRequest): Promise<void> {
  const { command, petitionId, expectedVersion, actor, now } = request;
  await knex.transaction(async (trx) => {
    const current = await currentInScope(trx, request);
    if (current.version !== expectedVersion) throw staleVersion(current);
    if (await pendingEscalationOf(trx, petitionId)) throw awaitingDecision();
    const rule = checkTransition(command, current.status, current.processing_basis);
    if (RECEIVER_COMMANDS.includes(command)) checkReviewer(command, current, actor);

    const effect = commandEffect(request, current);
    const updated = await trx('petitions')
      .where({ id: petitionId, version: expectedVersion })
      .update({ ...effect.changes, status: rule.to, version: expectedVersion + 1, updated_at: now });
    if (updated !== 1) {
      const latest = (await trx('petitions')
        .where('id', petitionId)
        .first('status', 'version')) as CurrentRow;
      throw staleVersion(latest);
    }
    await trx('petition_events').insert({
      petition_id: petitionId,
      at: now,
      actor: actor.subject,
      actor_agency_id: actor.agencyId,
      from_status: current.status,
      to_status: rule.to,
      reason: effect.reason,
      target_agency_id: effect.target,
      addressed_agency_id: effect.addressed,
      due_date_before: effect.deadline.dueDateBefore,
      due_date_after: effect.deadline.dueDateAfter,
      transfer_late: effect.deadline.late,
    });
  });
}

/**
 * The petition as it stands, read inside the command's transaction. The actor's scope is part of the
 * lookup: a petition another agency handles (or, for the check, received) is FORBIDDEN, not read.
 */
async function currentInScope(trx: Knex.Transaction, request: TransitionRequest): Promise<CurrentRow> {
  const { command, petitionId, actor } = request;
  const units = actor.unitIds as string[];
  const current = (await trx('petitions')
    .where('id', petitionId)
    .where((q) => {
      q.whereRaw('handling_agency_id = any(?::text[])', [units]);
      if (RECEIVER_COMMANDS.includes(command)) q.orWhereRaw('receiving_agency_id = any(?::text[])', [units]);
    })
    .first(
      'id',
      'status',
      'version',
      'processing_basis',
      'category',
      'handling_agency_id',
      'receiving_agency_id',
      'due_date',
      'transfer_due_date',
      trx.raw(`to_char((received_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD') as received_on`),
    )) as CurrentRow | undefined;
  if (current) return current;
  const exists = await trx('petitions').where('id', petitionId).first('id');
  if (exists) {
    throw forbidden('Phản ánh, kiến nghị này do cơ quan khác xử lý: tài khoản của bạn không được thao tác.');
  }
  throw notFound(`Không tìm thấy phản ánh, kiến nghị "${petitionId}".`, 'id');
}

/** What one command writes besides status and version, and what its event records. */
interface CommandEffect {
  changes: Record<string, unknown>;
  reason: string | null;
  target: string | null;
  addressed: string | null;
  deadline: Pick<TransferDeadline, 'dueDateBefore' | 'dueDateAfter' | 'late'>;
}

function commandEffect(request: TransitionRequest, current: CurrentRow): CommandEffect {
  const { now } = request;
  const effect: CommandEffect = {
    changes: {},
    reason: request.reason ?? null,
    target: null,
    addressed: null,
    deadline: NO_DEADLINE_CHANGE,
  };
  switch (request.command) {
    case 'transfer':
      return transferEffect(request, current, effect);
    case 'classify': {
      const basis = request.basis as Basis;
      effect.changes.processing_basis = basis;
      effect.reason = effect.reason ? `${BASIS_NOTES[basis]} ${effect.reason}` : BASIS_NOTES[basis];
      return effect;
    }
    case 'answer':
      effect.changes = {
        answer: request.answer,
        answered_at: now,
        answer_working_days: workingDaysBetween(current.received_on, vietnamDay(now)),
      };
      return effect;
    case 'return':
      // The answer no longer stands; its text stays as the draft to rework.
      effect.changes = { answered_at: null, answer_working_days: null };
      return effect;
    case 'publish':
      effect.changes.published_at = now;
      return effect;
    default:
      return effect;
  }
}

/** Art. 9: the new handler, and the deadline as transferDeadline.ts rules (kept inside one ministry or province). */
function transferEffect(
  request: TransitionRequest,
  current: CurrentRow,
  effect: CommandEffect,
): CommandEffect {
  const to = request.target as RoutedAgency;
  if (to.id === current.handling_agency_id) {
    throw invalidInput([
      {
        field: 'targetAgencyId',
        message: 'Phản ánh, kiến nghị đã thuộc cơ quan này; hãy chọn cơ quan khác.',
      },
    ]);
  }
  const within = (request.targetOrganization ?? []).includes(current.handling_agency_id);
  const transferred = transferDeadline(current, within, vietnamDay(request.now));
  effect.deadline = transferred;
  effect.changes = {
    handling_agency_id: to.id,
    handling_agency_ancestors: to.ancestors,
    due_date: transferred.dueDate,
  };
  effect.target = to.id;
  if (to.addressedId !== to.id) {
    effect.addressed = to.addressedId;
    effect.reason = `${effect.reason} (${to.addressedName} không còn hoạt động; chuyển tới cơ quan kế thừa: ${to.name}.)`;
  }
  return effect;
}

const NO_DEADLINE_CHANGE = { dueDateBefore: null, dueDateAfter: null, late: null } as const;

/**
 * Art. 19 (Decision 31/2021/QĐ-TTg Art. 46): the receiving agency checks the answer, so the handling
 * agency cannot publish its own; when one agency both received and handled it, the check is its leader's.
 */
function checkReviewer(command: Command, current: CurrentRow, actor: Actor): void {
  const units = actor.unitIds;
  if (!units.includes(current.receiving_agency_id)) {
    throw forbidden(
      'Câu trả lời do cơ quan tiếp nhận kiểm tra trước khi công khai; cơ quan xử lý không được tự duyệt hay trả lại (Điều 19 Nghị định 20/2008/NĐ-CP).',
    );
  }
  if (command === 'publish' && units.includes(current.handling_agency_id) && !actor.leader) {
    throw forbidden(
      'Cơ quan tiếp nhận cũng là cơ quan xử lý: chỉ lãnh đạo cơ quan được duyệt công khai câu trả lời (Điều 19 Nghị định 20/2008/NĐ-CP).',
    );
  }
}

function staleVersion(current: Pick<CurrentRow, 'status' | 'version'>): GraphQLError {
  return conflict(
    `Phản ánh, kiến nghị đã được người khác cập nhật (hiện ở trạng thái ${STATUS_LABELS[current.status]}, phiên bản ${current.version}); hãy tải lại rồi thực hiện lại.`,
    { currentVersion: current.version, currentStatus: current.status },
  );
}
