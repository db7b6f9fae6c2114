import { GraphQLScalarType } from 'graphql';
import { badInput, notFound } from '../../kit/errors.ts';
import { connectionFromRows, type PageArgs, pageSize } from '../../kit/pagination.ts';
import { searchTerm } from '../../kit/searchTerm.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import type { ProcedureLoaders } from './loaders.ts';
import {
  type AmendmentInput,
  abolishProcedure,
  amendProcedure,
  createProcedure,
  type NewProcedureInput,
} from './maintenance/commands.ts';
import { changedParts } from './maintenance/record.ts';
import { planResolvers } from './plans/resolvers.ts';
import {
  type AgencyRef,
  type ChannelRow,
  type FieldRow,
  type LegalBasisRow,
  listFields,
  listProcedures,
  PROCEDURE_CODE_PATTERN,
  PROCEDURE_ORDER,
  type ProcedureAgencyRow,
  type ProcedureFilter,
  type ProcedureRow,
} from './procedureStore.ts';
import { CHANGE_ORDER, type ChangeRow, type DossierRow } from './recordStore.ts';

type Context = SubgraphContext<ProcedureLoaders>;

function checkCode(code: string): string {
  const trimmed = code.trim();
  if (!PROCEDURE_CODE_PATTERN.test(trimmed)) {
    throw badInput(`Mã thủ tục "${code}" không hợp lệ: cần dạng d.dddddd (ví dụ 1.001193).`, 'code');
  }
  return trimmed;
}

/** Validates the page arguments once so a bad `first` is refused before any loader runs. */
function pageOf(args: PageArgs): PageArgs {
  return { first: pageSize(args.first), after: args.after ?? null };
}

/** Snapshots are plain JSON objects: passed through as they are. */
const ProcedureSnapshot = new GraphQLScalarType({
  name: 'ProcedureSnapshot',
  serialize: (value) => value,
  parseValue: (value) => value,
});

export const resolvers = {
  ProcedureSnapshot,
  Query: {
    ...planResolvers.Query,
    async procedure(_: unknown, { code }: { code: string }, { loaders }: Context) {
      const valid = checkCode(code);
      const procedure = await loaders.procedure.load(valid);
      if (!procedure) throw notFound(`Không tìm thấy thủ tục hành chính mã "${valid}".`, 'code');
      return procedure;
    },
    procedures(_: unknown, args: PageArgs & { filter?: ProcedureFilter | null }, { db }: Context) {
      const search = searchTerm(args.filter?.search, 'filter.search');
      return listProcedures(db, { ...args.filter, search }, args);
    },
    fields(_: unknown, args: PageArgs, { db }: Context) {
      return listFields(db, args);
    },
  },
  Mutation: {
    ...planResolvers.Mutation,
    createProcedure: (_: unknown, { input }: { input: NewProcedureInput }, { db, identity }: Context) =>
      createProcedure(db, identity, input),
    amendProcedure: (
      _: unknown,
      { code, input }: { code: string; input: AmendmentInput },
      { db, identity }: Context,
    ) => amendProcedure(db, identity, code, input),
    abolishProcedure: (
      _: unknown,
      { code, effectiveTo, reason }: { code: string; effectiveTo: string; reason: string },
      { db, identity }: Context,
    ) => abolishProcedure(db, identity, code, effectiveTo, reason),
  },
  SimplificationPlan: planResolvers.SimplificationPlan,
  SimplificationItem: planResolvers.SimplificationItem,
  AdministrativeProcedure: {
    __resolveReference(reference: { code: string }, { loaders }: Context) {
      // A malformed code cannot name a procedure: the entity is simply absent.
      return PROCEDURE_CODE_PATTERN.test(reference.code) ? loaders.procedure.load(reference.code) : null;
    },
    async field(procedure: ProcedureRow, _: unknown, { loaders }: Context) {
      const field = await loaders.field.load(procedure.field_code);
      if (!field)
        throw new Error(`procedure ${procedure.code} names a missing field ${procedure.field_code}`);
      return field;
    },
    effectiveFrom: (procedure: ProcedureRow) => procedure.effective_from,
    effectiveTo: (procedure: ProcedureRow) => procedure.effective_to,
    agencies: (procedure: ProcedureRow, _: unknown, { loaders }: Context) =>
      loaders.agencies.load(procedure.code),
    channels: (procedure: ProcedureRow, _: unknown, { loaders }: Context) =>
      loaders.channels.load(procedure.code),
    legalBases: (procedure: ProcedureRow, _: unknown, { loaders }: Context) =>
      loaders.legalBases.load(procedure.code),
    managingAgency: (procedure: ProcedureRow) => ({ __typename: 'Agency', id: procedure.managing_agency_id }),
    steps: async (procedure: ProcedureRow, _: unknown, { loaders }: Context) =>
      (await loaders.steps.load(procedure.code)).map((step) => step.description),
    dossierComponents: (procedure: ProcedureRow, _: unknown, { loaders }: Context) =>
      loaders.dossier.load(procedure.code),
    result: (procedure: ProcedureRow) => ({ name: procedure.result_name, code: procedure.result_code }),
    publicationDecision: (procedure: ProcedureRow) => ({
      number: procedure.publication_number,
      date: procedure.publication_date,
    }),
    async relatedProcedures(procedure: ProcedureRow, _: unknown, { loaders }: Context) {
      const related = await loaders.related.load(procedure.code);
      const rows = await loaders.procedure.loadMany(related.map((row) => row.related_code));
      return rows.filter((row): row is ProcedureRow => row != null && !(row instanceof Error));
    },
    async history(procedure: ProcedureRow, args: PageArgs, { loaders }: Context) {
      const page = pageOf(args);
      const rows = await loaders.history.load({ parent: procedure.code, args: page });
      return connectionFromRows(rows, CHANGE_ORDER, page, () =>
        loaders.historyCount.load({ parent: procedure.code, args: {} }),
      );
    },
  },
  DossierComponent: {
    quantity: (row: DossierRow) => row.quantity,
  },
  ProcedureChange: {
    id: (row: ChangeRow) => String(row.id),
    changedBy: (row: ChangeRow) => row.changed_by,
    agency: (row: ChangeRow) => ({ __typename: 'Agency', id: row.agency_id }),
    changedAt: (row: ChangeRow) => row.changed_at,
    effectiveOn: (row: ChangeRow) => row.effective_on,
    changedParts: (row: ChangeRow) => changedParts(row.before, row.after),
  },
  ProcedureAgency: {
    name: (row: ProcedureAgencyRow) => row.agency_name,
    // A reference the gateway resolves in the agencies subgraph.
    agency: (row: ProcedureAgencyRow) => (row.agency_id ? { __typename: 'Agency', id: row.agency_id } : null),
  },
  ProcedureChannel: {
    processingDays: (row: ChannelRow) => row.processing_days,
    fee: (row: ChannelRow) => Number(row.fee_vnd),
  },
  LegalBasis: {
    date: (row: LegalBasisRow) => row.issued_on,
  },
  Field: {
    __resolveReference(reference: { code: string }, { loaders }: Context) {
      return loaders.field.load(reference.code);
    },
    async procedures(field: FieldRow, args: PageArgs, { loaders }: Context) {
      const page = pageOf(args);
      const rows = await loaders.fieldProcedures.load({ parent: field.code, args: page });
      return connectionFromRows(rows, PROCEDURE_ORDER, page, () =>
        loaders.fieldProcedureCount.load({ parent: field.code, args: {} }),
      );
    },
    procedureCodes: (field: FieldRow, _: unknown, { loaders }: Context) =>
      loaders.fieldProcedureCodes.load({ parent: field.code, args: {} }),
  },
  Agency: {
    // The gateway sends { id, kind } (kind through @requires); nothing to load on this side.
    __resolveReference: (reference: AgencyRef) => reference,
    async procedures(agency: AgencyRef, args: PageArgs, { loaders }: Context) {
      const page = pageOf(args);
      const rows = await loaders.agencyProcedures.load({ parent: agency, args: page });
      return connectionFromRows(rows, PROCEDURE_ORDER, page, () =>
        loaders.agencyProcedureCount.load({ parent: agency, args: {} }),
      );
    },
    procedureCount: (agency: AgencyRef, _: unknown, { loaders }: Context) =>
      loaders.agencyProcedureCount.load({ parent: agency, args: {} }),
  },
};
