import {
  AGENCY_STAFF,
  covers,
  reachOf,
  recordScope,
  refuse,
  type Scope,
  statisticsScope,
} from '../../kit/agencyScope.ts';
import { todayInVietnam } from '../../kit/dates.ts';
import { badInput, forbidden, notFound } from '../../kit/errors.ts';
import type { Identity } from '../../kit/identity.ts';
import { type PageArgs, pageSize } from '../../kit/pagination.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import { type RoutedAgency, routeToAgency } from './agencyDirectory.ts';
import { clock } from './clock.ts';
import type { Actor } from './commands.ts';
import { decideEscalation, escalatePetition } from './escalationCommands.ts';
import type { EscalationGround } from './escalationRules.ts';
import { GOVERNMENT_OFFICE_ID } from './escalationRules.ts';
import {
  type EscalationFilter,
  type EscalationRow,
  escalationQueue,
  escalationStats,
  validIds,
} from './escalationStore.ts';
import type { PetitionLoaders } from './loaders.ts';
import type { EventRow, PetitionRow } from './petitionStore.ts';
import { basisOf, type WithStatsBasis } from './statsBasis.ts';
import { invalidInput, normalizeText } from './submission.ts';

/**
 * Escalation to the Government (Decree 20/2008 Art. 17): the commands, the Government Office's queue and
 * figures, and the escalation on a petition, its history and its statistics. Who may do what:
 * accessRules.ts.
 */
type Context = SubgraphContext<PetitionLoaders>;

const MAX_REASON = 2_000;
const MAX_ANSWER = 20_000;
const MAX_INVOLVED = 20;

/** Escalated by the officers and leaders of the agency handling the petition (their reach). */
async function escalatingActor(identity: Identity): Promise<Actor> {
  if (identity.subject && identity.agencyId && AGENCY_STAFF.includes(identity.role)) {
    const scope = await reachOf(identity);
    return { subject: identity.subject, agencyId: scope.agencyId, unitIds: scope.unitIds };
  }
  return refuse(identity, 'Chỉ cán bộ, lãnh đạo của cơ quan đang xử lý được báo cáo Chính phủ.');
}

/** Decided by the Government Office (the central office role). */
function governmentOffice(identity: Identity): Pick<Actor, 'subject' | 'agencyId'> {
  if (identity.subject && identity.role === 'CENTRAL_OFFICE') {
    return { subject: identity.subject, agencyId: identity.agencyId ?? GOVERNMENT_OFFICE_ID };
  }
  return refuse(
    identity,
    'Chỉ Văn phòng Chính phủ được giao cơ quan xử lý hoặc trả lời vụ việc báo cáo Chính phủ.',
  );
}

/** The queue and its figures: the central office all, a leader the escalations touching their reach. */
async function queueScope(identity: Identity): Promise<Scope> {
  if (identity.subject && identity.role === 'CENTRAL_OFFICE') return { kind: 'all' };
  if (identity.subject && identity.agencyId && identity.role === 'LEADER') return reachOf(identity);
  return refuse(identity, 'Danh sách báo cáo Chính phủ dành cho Văn phòng Chính phủ và lãnh đạo cơ quan.');
}

function text(value: string | null | undefined, field: string, label: string, max: number): string {
  const normalized = value == null ? '' : normalizeText(value, false);
  if ([...normalized].length > max) {
    throw invalidInput([{ field, message: `${label} vượt quá giới hạn ${max} ký tự.` }]);
  }
  return normalized;
}

function requiredText(value: string | null | undefined, field: string, label: string, max: number) {
  const normalized = text(value, field, label, max);
  if (!normalized) throw invalidInput([{ field, message: `Cần nhập ${label}.` }]);
  return normalized;
}

/** The agencies named as involved, each found in the agency directory (a dissolved one: its successor). */
async function involvedAgencies(identity: Identity, ids: readonly string[] | null | undefined, day: string) {
  const unique = [...new Set((ids ?? []).map((id) => id.trim()))];
  if (unique.length > MAX_INVOLVED) {
    throw invalidInput([
      { field: 'input.involvedAgencyIds', message: `Nêu tối đa ${MAX_INVOLVED} cơ quan liên quan.` },
    ]);
  }
  return Promise.all(unique.map((id) => routeToAgency(identity, id, day, 'input.involvedAgencyIds')));
}

/** Whether the caller may read a petition's escalation: who reads the petition, or whom it involves. */
async function mayRead(context: Context, escalation: EscalationRow, handlingAgencyId: string) {
  const scope = await recordScope(context.identity);
  if (covers(scope, handlingAgencyId)) return true;
  const agencies = await context.loaders.escalationAgencies.load(escalation.id);
  return [...agencies, escalation.assigned_agency_id].some((id) => id && covers(scope, id));
}

export const escalationResolvers = {
  Query: {
    async escalations(
      _: unknown,
      args: PageArgs & { filter?: EscalationFilter | null },
      { db, identity }: Context,
    ) {
      const scope = await queueScope(identity);
      const page = { first: pageSize(args.first), after: args.after ?? null };
      return escalationQueue(db, scope, args.filter ?? {}, page);
    },
    async escalationStats(_: unknown, { from, to }: { from: string; to: string }, { db, identity }: Context) {
      if (from > to) throw badInput(`Ngày bắt đầu (${from}) sau ngày kết thúc (${to}).`, 'from');
      const scope = await statisticsScope(identity);
      return escalationStats(db, scope, from, to);
    },
  },
  Mutation: {
    async escalatePetition(
      _: unknown,
      args: {
        id: string;
        expectedVersion: number;
        input: { ground: EscalationGround; reason: string; involvedAgencyIds?: string[] | null };
      },
      { db, identity, loaders }: Context,
    ) {
      const actor = await escalatingActor(identity);
      const now = clock.now();
      const reason = text(args.input.reason, 'input.reason', 'Lý do', MAX_REASON);
      // Asked of the agencies subgraph before the transaction opens (no transaction waits on HTTP).
      const involved = await involvedAgencies(identity, args.input.involvedAgencyIds, todayInVietnam(now));
      const id = await escalatePetition(db, {
        petitionId: args.id,
        expectedVersion: args.expectedVersion,
        actor,
        ground: args.input.ground,
        reason,
        involved,
        now,
      });
      return loaders.escalationById.load(id);
    },
    async assignEscalatedPetition(
      _: unknown,
      args: { escalationId: string; agencyId: string; note?: string | null },
      context: Context,
    ) {
      const actor = governmentOffice(context.identity);
      const now = clock.now();
      const note = text(args.note, 'note', 'Ghi chú', MAX_REASON) || null;
      const handler = await routeToAgency(
        context.identity,
        args.agencyId.trim(),
        todayInVietnam(now),
        'agencyId',
      );
      return decide(context, args.escalationId, actor, now, handler, { kind: 'assign', note });
    },
    async answerEscalatedPetition(
      _: unknown,
      args: { escalationId: string; answer: string },
      context: Context,
    ) {
      const actor = governmentOffice(context.identity);
      const now = clock.now();
      const answer = requiredText(args.answer, 'answer', 'nội dung trả lời', MAX_ANSWER);
      const handler = await routeToAgency(
        context.identity,
        GOVERNMENT_OFFICE_ID,
        todayInVietnam(now),
        'escalationId',
      );
      return decide(context, args.escalationId, actor, now, handler, { kind: 'answer', answer });
    },
  },
  Escalation: {
    // Whoever may read the escalation may read its petition's fields; each guarded field guards itself.
    petition: (e: EscalationRow, _: unknown, { loaders }: Context) => loaders.actedOn.load(e.petition_id),
    agencies: async (e: EscalationRow, _: unknown, { loaders }: Context) =>
      (await loaders.escalationAgencies.load(e.id)).map((id) => ({ id })),
    escalatedAt: (e: EscalationRow) => e.escalated_at,
    escalatedBy: (e: EscalationRow) => e.escalated_by,
    escalatedByAgency: (e: EscalationRow) => ({ id: e.escalated_by_agency_id }),
    decidedAt: (e: EscalationRow) => e.decided_at,
    decidedBy: (e: EscalationRow) => e.decided_by,
    assignedAgency: (e: EscalationRow) => (e.assigned_agency_id ? { id: e.assigned_agency_id } : null),
  },
  Petition: {
    async escalation(p: PetitionRow, _: unknown, context: Context) {
      await recordScope(context.identity);
      const escalation = await context.loaders.latestEscalation.load(p.id);
      if (!escalation) return null;
      if (!(await mayRead(context, escalation, p.handling_agency_id))) {
        throw forbidden('Báo cáo Chính phủ của phản ánh, kiến nghị này chỉ dành cho cơ quan liên quan.');
      }
      return escalation;
    },
  },
  PetitionEvent: {
    escalationGround: async (e: EventRow, _: unknown, { loaders }: Context) =>
      (await loaders.escalationStep.load(String(e.id)))?.ground ?? null,
    escalationState: async (e: EventRow, _: unknown, { loaders }: Context) =>
      (await loaders.escalationStep.load(String(e.id)))?.state ?? null,
  },
  PetitionStats: {
    async escalated(stats: WithStatsBasis<object>, _: unknown, { loaders }: Context) {
      const basis = basisOf(stats);
      if (basis.kind === 'agency') {
        const counts = await loaders.escalatedByAgency.load({
          parent: basis.parent,
          args: { from: basis.from, to: basis.to },
        });
        return counts.get(basis.category ?? '') ?? 0;
      }
      return loaders.escalatedByField.load({
        parent: basis.parent,
        args: { from: basis.from, to: basis.to, units: basis.units },
      });
    },
  },
};

async function decide(
  { db, loaders }: Context,
  escalationId: string,
  actor: Pick<Actor, 'subject' | 'agencyId'>,
  now: Date,
  handler: RoutedAgency,
  decision: Parameters<typeof decideEscalation>[1]['decision'],
) {
  const [id] = validIds([escalationId.trim()]);
  if (!id) throw notFound(`Không tìm thấy báo cáo Chính phủ "${escalationId}".`, 'escalationId');
  await decideEscalation(db, { escalationId: id, actor, now, handler, decision });
  return loaders.escalationById.load(id);
}
