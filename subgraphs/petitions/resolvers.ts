import { todayInVietnam } from '../../kit/dates.ts';
import { badInput, notFound } from '../../kit/errors.ts';
import { connectionFromRows, type PageArgs, pageSize } from '../../kit/pagination.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import type { PetitionLoaders } from './loaders.ts';
import {
  type AgencyScope,
  INBOX_ORDER,
  type PetitionFilter,
  type PetitionRow,
  petitionByTrackingCode,
} from './petitionStore.ts';
import { normalizeTrackingCode } from './trackingCode.ts';

type Context = SubgraphContext<PetitionLoaders>;

/** An Agency as the gateway hands it to us: its key and the lineage our fields @require. */
interface AgencyReference {
  id: string;
  lineageUnitIds?: string[];
}

const scopeOf = (agency: AgencyReference): AgencyScope => ({
  id: agency.id,
  unitIds: agency.lineageUnitIds?.length ? agency.lineageUnitIds : [agency.id],
});

/** The Vietnam calendar day of an instant. */
const vietnamDay = (instant: Date) => todayInVietnam(instant);

function checkRange(from: string | null | undefined, to: string | null | undefined, fromField: string): void {
  if (from && to && from > to) throw badInput(`Ngày bắt đầu (${from}) sau ngày kết thúc (${to}).`, fromField);
}

export const resolvers = {
  Query: {
    async petitionByTrackingCode(_: unknown, { code }: { code: string }, { db }: Context) {
      if (!code.trim()) throw badInput('Cần nhập mã tra cứu.', 'code');
      const normalized = normalizeTrackingCode(code);
      const petition = normalized ? await petitionByTrackingCode(db, normalized) : undefined;
      if (!petition) throw notFound(`Không tìm thấy phản ánh, kiến nghị có mã "${code}".`, 'code');
      return petition;
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
    overdue: (p: PetitionRow) =>
      p.answered_at
        ? vietnamDay(new Date(p.answered_at)) > p.due_date
        : p.status !== 'REJECTED' && p.due_date < todayInVietnam(),
    handlingAgency: (p: PetitionRow) => ({ id: p.handling_agency_id }),
    receivingAgency: (p: PetitionRow) => ({ id: p.receiving_agency_id }),
    procedure: (p: PetitionRow) => (p.procedure_code ? { code: p.procedure_code } : null),
    answer: (p: PetitionRow) => (p.status === 'PUBLISHED' ? p.answer : null),
  },
  AdministrativeProcedure: {
    __resolveReference: (reference: { code: string }) => reference,
    petitionCount(
      procedure: { code: string },
      { from, to }: { from?: string | null; to?: string | null },
      { loaders }: Context,
    ) {
      checkRange(from, to, 'from');
      return loaders.procedureCount.load({
        parent: procedure.code,
        args: { from: from ?? null, to: to ?? null },
      });
    },
  },
  Agency: {
    // Nothing to look up: the reference carries the id and the @requires'd lineage.
    __resolveReference: (reference: AgencyReference) => reference,
    async petitions(
      agency: AgencyReference,
      args: PageArgs & { filter?: PetitionFilter | null },
      { loaders }: Context,
    ) {
      const filter: PetitionFilter = {
        status: args.filter?.status ?? null,
        category: args.filter?.category ?? null,
        receivedFrom: args.filter?.receivedFrom ?? null,
        receivedTo: args.filter?.receivedTo ?? null,
      };
      checkRange(filter.receivedFrom, filter.receivedTo, 'receivedFrom');
      const page = { first: pageSize(args.first), after: args.after ?? null };
      const scope = scopeOf(agency);
      const rows = await loaders.inbox.load({ parent: scope, args: { ...page, filter } });
      return connectionFromRows(rows, INBOX_ORDER, page, () =>
        loaders.inboxCount.load({ parent: scope, args: filter }),
      );
    },
    petitionStats(agency: AgencyReference, { from, to }: { from: string; to: string }, { loaders }: Context) {
      checkRange(from, to, 'from');
      return loaders.stats.load({ parent: scopeOf(agency), args: { from, to, today: todayInVietnam() } });
    },
  },
};
