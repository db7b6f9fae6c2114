import type { GraphQLResolveInfo } from 'graphql';
import { agencyReach, agencyUnits } from '../../kit/agencyReach.ts';
import { narrow, recordScope, requireCovers, type Scope, statisticsScope } from '../../kit/agencyScope.ts';
import { todayInVietnam } from '../../kit/dates.ts';
import { badInput, forbidden, notFound } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { connectionFromRows, type PageArgs, pageSize } from '../../kit/pagination.ts';
import { searchTerm } from '../../kit/searchTerm.ts';
import { selectsField, selectsNestedField } from '../../kit/selection.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import {
  actingScope,
  actsForAgency,
  personalDataView,
  reviewingScope,
  seesOfficerAccounts,
} from './access.ts';
import { routeToAgency } from './agencyDirectory.ts';
import { clock } from './clock.ts';
import { type Actor, submitPetition, transitionPetition } from './commands.ts';
import { deadlineResolvers } from './deadlineResolvers.ts';
import { type Basis, type Category, DEFAULT_RECEIVER_ID } from './domain.ts';
import { fieldResolvers } from './fieldStatsResolvers.ts';
import type { PetitionLoaders, StatsArgs } from './loaders.ts';
import { petitionerView } from './personalData.ts';
import {
  type AgencyScope,
  type EventRow,
  INBOX_ORDER,
  listPetitions,
  type PetitionFilter,
  type PetitionRow,
  petitionByTrackingCode,
} from './petitionStore.ts';
import { ratePetition } from './rating.ts';
import type { Command } from './stateMachine.ts';
import { type StatsBasis, withStatsBasis } from './statsBasis.ts';
import {
  checkIdempotencyKey,
  invalidInput,
  normalizeSubmission,
  normalizeText,
  payloadHash,
  type SubmitPetitionInput,
} from './submission.ts';
import { countSubmission } from './submissionLimits.ts';
import { normalizeTrackingCode } from './trackingCode.ts';
import { topLevelAgency } from './transferDeadline.ts';

type Context = SubgraphContext<PetitionLoaders>;

/** An Agency as the gateway hands it to us: its key and the id lists our fields @require. */
interface AgencyReference {
  id: string;
  lineageUnitIds?: string[];
  descendantUnitIds?: string[];
  predecessorIds?: string[];
}

/** The agency's units (as the flags choose), narrowed to what the caller's scope covers: the query's scope. */
const scopeOf = (
  agency: AgencyReference,
  scope: Scope,
  units: StatsArgs['units'] = 'lineage',
): AgencyScope => {
  requireCovers(scope, agency.id);
  const lists = {
    lineage: agency.lineageUnitIds,
    descendants: agency.descendantUnitIds,
    predecessors: agency.predecessorIds,
    self: undefined,
  };
  const ids = lists[units];
  return { id: agency.id, unitIds: narrow(scope, ids?.length ? ids : [agency.id]) };
};

const today = () => todayInVietnam(clock.now());

function checkRange(from: string | null | undefined, to: string | null | undefined, fromField: string): void {
  if (from && to && from > to) throw badInput(`Ngày bắt đầu (${from}) sau ngày kết thúc (${to}).`, fromField);
}

type FilterInput = Omit<PetitionFilter, 'today' | 'receivedFrom' | 'receivedTo' | 'agencyUnitIds'> & {
  submittedFrom?: string | null;
  submittedTo?: string | null;
};

function petitionFilter(input: FilterInput | null | undefined): PetitionFilter {
  const filter: PetitionFilter = {
    status: input?.status ?? null,
    category: input?.category ?? null,
    receivedFrom: input?.submittedFrom ?? null,
    receivedTo: input?.submittedTo ?? null,
    overdue: input?.overdue ?? null,
    procedureCode: input?.procedureCode?.trim() || null,
    search: searchTerm(input?.search ? normalizeText(input.search, true) : null, 'filter.search'),
    today: today(),
  };
  checkRange(filter.receivedFrom, filter.receivedTo, 'filter.submittedFrom');
  return filter;
}

/** Officer commands need an officer of an agency; they act on what their agency's reach handles. */
async function officer(identity: Identity): Promise<Actor> {
  const scope = await actingScope(identity);
  return { subject: identity.subject as string, agencyId: scope.agencyId, unitIds: scope.unitIds };
}

/** The check of an answer (Art. 19) is an officer's or a leader's, for what their agency's reach received. */
async function reviewer(identity: Identity): Promise<Actor> {
  const scope = await reviewingScope(identity);
  const leader = identity.role === 'LEADER';
  return { subject: identity.subject as string, agencyId: scope.agencyId, unitIds: scope.unitIds, leader };
}

/** The event's reason: required where a decision must say why; else an optional note (an approval's in `reason`). */
function commandReason(command: Command, args: CommandArgs): string | null {
  if (command === 'reject' || command === 'transfer' || command === 'return') {
    return requiredText(args.reason, 'reason', 'lý do', 2_000);
  }
  const [note, field] = command === 'publish' ? [args.reason, 'reason'] : [args.note, 'note'];
  return note ? requiredText(note, field, 'ghi chú', 2_000) : null;
}

function requiredText(value: string | null | undefined, field: string, label: string, max: number): string {
  const text = value == null ? '' : normalizeText(value, false);
  if (!text) throw invalidInput([{ field, message: `Cần nhập ${label}.` }]);
  if ([...text].length > max) {
    throw invalidInput([{ field, message: `${label} vượt quá giới hạn ${max} ký tự.` }]);
  }
  return text;
}

interface CommandArgs {
  id: string;
  expectedVersion: number;
  reason?: string | null;
  note?: string | null;
  basis?: Basis | null;
  answer?: string | null;
  targetAgencyId?: string | null;
}

/** Runs an officer command and answers the petition as it now stands. */
async function runCommand(command: Command, args: CommandArgs, { db, identity, loaders }: Context) {
  const review = command === 'return' || command === 'publish';
  const actor = review ? await reviewer(identity) : await officer(identity);
  const now = clock.now();
  const reason = commandReason(command, args);
  const answer =
    command === 'answer' ? requiredText(args.answer, 'answer', 'nội dung trả lời', 20_000) : null;
  // Routing asks the agencies subgraph, before the transaction opens (no transaction waits on HTTP).
  const target =
    command === 'transfer'
      ? await routeToAgency(
          identity,
          String(args.targetAgencyId ?? '').trim(),
          todayInVietnam(now),
          'targetAgencyId',
        )
      : null;
  // The ministry or province the target belongs to: a transfer inside it keeps the due date.
  const targetOrganization = target ? await agencyReach(topLevelAgency(target.id, target.ancestors)) : null;
  await transitionPetition(db, {
    command,
    petitionId: args.id,
    expectedVersion: args.expectedVersion,
    actor,
    now,
    reason,
    basis: args.basis ?? null,
    answer,
    target,
    targetOrganization,
  });
  return loaders.actedOn.load(args.id);
}

interface StatsInput {
  from: string;
  to: string;
  includeDescendants?: boolean | null;
  includePredecessors?: boolean | null;
}

/** The key of Agency.petitionStats and petitionStatsByCategory: scope, range and the costly parts asked. */
async function statsKey(
  byCategory: boolean,
  agency: AgencyReference,
  args: StatsInput,
  identity: Identity,
  info: GraphQLResolveInfo,
): Promise<{ parent: AgencyScope; args: StatsArgs }> {
  checkRange(args.from, args.to, 'from');
  const scope = await statisticsScope(identity);
  const descendants = args.includeDescendants ?? true;
  const predecessors = args.includePredecessors ?? true;
  const units: StatsArgs['units'] =
    descendants && predecessors
      ? 'lineage'
      : descendants
        ? 'descendants'
        : predecessors
          ? 'predecessors'
          : 'self';
  // By category, the transfer figures sit one level down, under `stats`.
  const asked = (name: string) =>
    byCategory ? selectsNestedField(info, 'stats', name) : selectsField(info, name);
  return {
    parent: scopeOf(agency, scope, units),
    args: {
      from: args.from,
      to: args.to,
      today: today(),
      units,
      parts: { transfers: asked('transferredOut'), lateTransfers: asked('transferredLate') },
    },
  };
}

/** What the figures counted only when asked count over: the same petitions as the kept figures. */
const basisOfKey = (
  { parent, args }: { parent: AgencyScope; args: StatsArgs },
  category: Category | null,
): StatsBasis => ({ kind: 'agency', parent, from: args.from, to: args.to, units: args.units, category });

const attachmentsOf = (p: PetitionRow) => {
  const list = (typeof p.attachments === 'string' ? JSON.parse(p.attachments) : p.attachments) as {
    name: string;
    type: string;
    size: number;
  }[];
  return (list ?? []).map((file) => ({ file: file.name, type: file.type, size: file.size }));
};

export const resolvers = {
  DeadlineRule: deadlineResolvers.DeadlineRule,
  Query: {
    ...deadlineResolvers.Query,
    // The code is the petitioner's key: whoever holds it may follow the petition (never its personal data).
    async petitionByTrackingCode(_: unknown, { trackingCode }: { trackingCode: string }, { db }: Context) {
      if (!trackingCode.trim()) throw badInput('Cần nhập mã tra cứu.', 'trackingCode');
      const normalized = normalizeTrackingCode(trackingCode);
      const petition = normalized ? await petitionByTrackingCode(db, normalized) : undefined;
      if (!petition) {
        throw notFound(`Không tìm thấy phản ánh, kiến nghị có mã "${trackingCode}".`, 'trackingCode');
      }
      return petition;
    },
    async petition(_: unknown, { id }: { id: string }, { loaders }: Context) {
      const petition = await loaders.petition.load(id);
      if (!petition) throw notFound(`Không tìm thấy phản ánh, kiến nghị "${id}".`, 'id');
      return petition;
    },
    async petitions(
      _: unknown,
      args: PageArgs & { filter?: (FilterInput & { agencyId?: string | null }) | null },
      { db, identity }: Context,
    ) {
      const filter = petitionFilter(args.filter);
      const scope = await recordScope(identity);
      const agencyId = args.filter?.agencyId?.trim();
      if (agencyId) {
        requireCovers(scope, agencyId);
        filter.agencyUnitIds = narrow(scope, await agencyUnits(agencyId));
      }
      return listPetitions(db, scope, filter, { first: pageSize(args.first), after: args.after ?? null });
    },
    async publishedPetitions(
      _: unknown,
      args: PageArgs & { filter?: (FilterInput & { agencyId?: string | null }) | null },
      { db }: Context,
    ) {
      const filter = petitionFilter(args.filter);
      const agencyId = args.filter?.agencyId?.trim();
      if (agencyId) filter.agencyUnitIds = await agencyUnits(agencyId);
      const page = { first: pageSize(args.first), after: args.after ?? null };
      return listPetitions(db, { kind: 'published' }, filter, page);
    },
  },
  Mutation: {
    async submitPetition(
      _: unknown,
      { input, idempotencyKey }: { input: SubmitPetitionInput; idempotencyKey?: string | null },
      { db, identity, client, loaders }: Context,
    ) {
      const key = checkIdempotencyKey(idempotencyKey);
      const submission = normalizeSubmission(input);
      const now = clock.now();
      const atDesk = actsForAgency(identity);
      const receiver = await routeToAgency(
        identity,
        submission.targetAgencyId ?? DEFAULT_RECEIVER_ID,
        todayInVietnam(now),
        'input.targetAgencyId',
      );
      // An officer entering a paper or phone petition is recorded; the petitioner online is not an actor.
      const enteredBy = atDesk
        ? { subject: identity.subject as string, agencyId: identity.agencyId as string }
        : null;
      const result = await submitPetition(db, submission, {
        receiver,
        idempotency: key ? { key, payloadHash: payloadHash(submission) } : null,
        enteredBy,
        now,
        // Counted only once the submission is known to be new, undone if it is refused (submissionLimits.ts).
        beforeStore: (trx) =>
          countSubmission(trx, { client: atDesk ? null : client, phone: submission.phone, now }),
      });
      const petition = await loaders.actedOn.load(result.petitionId);
      if (!petition) throw new Error('the submitted petition is missing');
      return { petition, trackingCode: petition.tracking_code, replayed: result.replayed };
    },
    acceptPetition: (_: unknown, args: CommandArgs, context: Context) => runCommand('accept', args, context),
    rejectPetition: (_: unknown, args: CommandArgs, context: Context) => runCommand('reject', args, context),
    transferPetition: (_: unknown, args: CommandArgs, context: Context) =>
      runCommand('transfer', args, context),
    classifyPetition: (_: unknown, args: CommandArgs, context: Context) =>
      runCommand('classify', args, context),
    answerPetition: (_: unknown, args: CommandArgs, context: Context) => runCommand('answer', args, context),
    reviewPetitionAnswer: (
      _: unknown,
      args: CommandArgs & { decision: 'APPROVE' | 'RETURN' },
      context: Context,
    ) => runCommand(args.decision === 'APPROVE' ? 'publish' : 'return', args, context),
    async ratePetition(
      _: unknown,
      { trackingCode, phone, rating }: { trackingCode: string; phone: string; rating: number },
      { db, loaders, client, identity }: Context,
    ) {
      if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
        throw badInput('Điểm đánh giá phải là số nguyên từ 1 đến 5.', 'rating');
      }
      const id = await ratePetition(db, {
        trackingCode: normalizeTrackingCode(trackingCode),
        givenCode: trackingCode,
        phone,
        rating,
        client,
        account: identity.subject,
        now: clock.now(),
      });
      return loaders.actedOn.load(id);
    },
  },
  Petition: {
    __resolveReference(reference: { id: string }, { loaders }: Context) {
      return loaders.petition.load(reference.id);
    },
    trackingCode: (p: PetitionRow) => p.tracking_code,
    petitionerType: (p: PetitionRow) => p.petitioner_type,
    receivedAt: (p: PetitionRow) => p.received_at,
    dueDate: (p: PetitionRow) => p.due_date,
    answeredAt: (p: PetitionRow) => p.answered_at,
    publishedAt: (p: PetitionRow) => p.published_at,
    // The due date is the publication deadline (Decree 20/2008 Art. 19; 20 working days since 2017).
    overdue: (p: PetitionRow) =>
      p.published_at
        ? todayInVietnam(new Date(p.published_at)) > p.due_date
        : p.status !== 'REJECTED' && p.due_date < today(),
    handlingAgency: (p: PetitionRow) => ({ id: p.handling_agency_id }),
    receivingAgency: (p: PetitionRow) => ({ id: p.receiving_agency_id }),
    procedure: (p: PetitionRow) => (p.procedure_code ? { code: p.procedure_code } : null),
    answer: (p: PetitionRow) => (p.status === 'PUBLISHED' ? p.answer : null),
    transferDueDate: (p: PetitionRow) => p.transfer_due_date,
    processingBasis: (p: PetitionRow) => p.processing_basis,
    regulationReference: (p: PetitionRow) => p.regulation_reference,
    attachments: attachmentsOf,
    async petitioner(p: PetitionRow, _: unknown, { identity, loaders }: Context) {
      const view = await personalDataView(identity, {
        handlingAgencyId: p.handling_agency_id,
        receivingAgencyId: p.receiving_agency_id,
      });
      const row = await loaders.petitioner.load(p.id);
      if (!row)
        throw forbidden('Thông tin cá nhân của người phản ánh chỉ dành cho cán bộ của cơ quan xử lý.');
      // The access record is written before the data leaves; if it cannot be written, nothing leaves.
      await loaders.personalDataRead.load({ petitionId: p.id, masked: view === 'masked' });
      return petitionerView(row, view);
    },
    previousPetition: (p: PetitionRow, _: unknown, { loaders }: Context) =>
      p.previous_petition_id ? loaders.petition.load(p.previous_petition_id) : null,
    flaggedForEscalation: (p: PetitionRow) => p.escalation,
    history: (p: PetitionRow, _: unknown, { loaders }: Context) => loaders.events.load(p.id),
  },
  PetitionEvent: {
    actor: (e: EventRow, _: unknown, { identity }: Context) =>
      seesOfficerAccounts(identity) ? e.actor : null,
    fromStatus: (e: EventRow) => e.from_status,
    toStatus: (e: EventRow) => e.to_status,
    actorAgency: (e: EventRow) => ({ id: e.actor_agency_id }),
    targetAgency: (e: EventRow) => (e.target_agency_id ? { id: e.target_agency_id } : null),
    requestedAgency: (e: EventRow) => (e.addressed_agency_id ? { id: e.addressed_agency_id } : null),
    // The receiving agency's check moves ANSWERED to PUBLISHED or RETURNED (stateMachine.ts); an escalation
    // step may leave ANSWERED too, for another status.
    reviewDecision: (e: EventRow) =>
      e.from_status !== 'ANSWERED'
        ? null
        : e.to_status === 'PUBLISHED'
          ? 'APPROVE'
          : e.to_status === 'RETURNED'
            ? 'RETURN'
            : null,
    dueDateBefore: (e: EventRow) => e.due_date_before,
    dueDateAfter: (e: EventRow) => e.due_date_after,
    transferLate: (e: EventRow) => e.transfer_late,
  },
  Field: fieldResolvers,
  AdministrativeProcedure: {
    __resolveReference: (reference: { code: string }) => reference,
    async petitionCount(
      procedure: { code: string },
      { from, to }: { from?: string | null; to?: string | null },
      { identity, loaders }: Context,
    ) {
      checkRange(from, to, 'from');
      const scope = await statisticsScope(identity);
      return loaders.procedureCount.load({
        parent: procedure.code,
        args: { from: from ?? null, to: to ?? null, scope },
      });
    },
  },
  Agency: {
    // Nothing to look up: the reference carries the id and the @requires'd id lists.
    __resolveReference: (reference: AgencyReference) => reference,
    async petitions(
      agency: AgencyReference,
      args: PageArgs & { filter?: FilterInput | null },
      { identity, loaders }: Context,
    ) {
      const filter = petitionFilter(args.filter);
      const page = { first: pageSize(args.first), after: args.after ?? null };
      const scope = scopeOf(agency, await recordScope(identity));
      const rows = await loaders.inbox.load({ parent: scope, args: { ...page, filter } });
      return connectionFromRows(rows, INBOX_ORDER, page, () =>
        loaders.inboxCount.load({ parent: scope, args: filter }),
      );
    },
    async petitionStats(
      agency: AgencyReference,
      args: StatsInput,
      context: Context,
      info: GraphQLResolveInfo,
    ) {
      const key = await statsKey(false, agency, args, context.identity, info);
      return withStatsBasis(await context.loaders.stats.load(key), basisOfKey(key, null));
    },
    async petitionStatsByCategory(
      agency: AgencyReference,
      args: StatsInput,
      context: Context,
      info: GraphQLResolveInfo,
    ) {
      const key = await statsKey(true, agency, args, context.identity, info);
      const categories = await context.loaders.statsByCategory.load(key);
      return categories.map(({ category, stats }) => ({
        category,
        stats: withStatsBasis(stats, basisOfKey(key, category)),
      }));
    },
  },
};
