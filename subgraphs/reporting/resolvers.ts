import { narrow, requireCovers, statisticsScope } from '../../kit/agencyScope.ts';
import { badInput, notFound } from '../../kit/errors.ts';
import type { PageArgs } from '../../kit/pagination.ts';
import { searchTerm } from '../../kit/searchTerm.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import { CalendarMissingError, calendarYears, requireServedDate } from '../../kit/workingDays.ts';
import { statisticsUnits } from './access.ts';
import { catalogueResolvers } from './catalogueResolvers.ts';
import { commandResolvers } from './commandResolvers.ts';
import type { ReportingLoaders } from './loaders.ts';
import { checkRange, type DateRange, withRate } from './ranges.ts';
import { versionedRegime } from './regimeHistoryStore.ts';
import { versionedSchedule } from './regimeSchedule.ts';
import {
  type IndicatorRow,
  indicatorsInForce,
  listRegimes,
  type RegimeFilter,
  type RegimeRow,
} from './regimeStore.ts';
import { agencyKey, regimeKey, withUrgingBasis } from './urgingStats.ts';

type Context = SubgraphContext<ReportingLoaders>;

/** What the gateway sends for an Agency: its key and, for reportingCompliance, the @requires field. */
interface AgencyReference {
  id: string;
  lineageUnitIds?: string[] | null;
}

const agencyRef = (id: string) => ({ __typename: 'Agency', id });

const queryResolvers = {
  Query: {
    async reportingRegime(_: unknown, { code }: { code: string }, { loaders }: Context) {
      const regime = await loaders.regime.load(code);
      if (!regime) throw notFound(`Không tìm thấy chế độ báo cáo "${code}".`, 'code');
      return regime;
    },
    reportingRegimes(_: unknown, args: PageArgs & { filter?: RegimeFilter | null }, { db }: Context) {
      const search = searchTerm(args.filter?.search, 'filter.search');
      return listRegimes(db, { ...args.filter, search }, args);
    },
  },
  ReportingRegime: {
    __resolveReference(reference: { code: string }, { loaders }: Context) {
      return loaders.regime.load(reference.code);
    },
    reportingSubjects: (regime: RegimeRow) => regime.reporting_subjects,
    subjectNote: (regime: RegimeRow) => regime.subject_note,
    receivingAgency: (regime: RegimeRow) => agencyRef(regime.receiving_agency_id),
    sendingMethods: (regime: RegimeRow) => regime.sending_methods,
    deadlineWorkingDays: (regime: RegimeRow) => regime.deadline_working_days,
    legalBasis: (regime: RegimeRow) => regime.legal_basis,
    issuingAgency: (regime: RegimeRow) => agencyRef(regime.issuing_agency_id),
    effectiveFrom: (regime: RegimeRow) => regime.effective_from,
    effectiveTo: (regime: RegimeRow) => regime.effective_to,
    async indicators(regime: RegimeRow, _: unknown, { loaders }: Context) {
      return indicatorsInForce(await loaders.indicators.load(regime.code), null);
    },
    async periods(regime: RegimeRow, args: DateRange, { loaders }: Context) {
      checkRange(args);
      requireServedDate(args.from, 'from');
      requireServedDate(args.to, 'to');
      // Only periods while the regime is in force, each under its version, as obligations are planned
      // (data/planObligations.ts).
      const versions = await loaders.versions.load(regime.code);
      try {
        return versionedSchedule(versionedRegime(regime, versions), args.from, args.to);
      } catch (error) {
        if (!(error instanceof CalendarMissingError)) throw error;
        const years = calendarYears();
        throw badInput(`Lịch ngày làm việc chỉ có các năm ${years[0]}–${years.at(-1)}.`, 'to');
      }
    },
    async compliance(regime: RegimeRow, args: DateRange, { identity, loaders }: Context) {
      const units = await statisticsUnits(identity);
      const range = { ...checkRange(args), units };
      return withUrgingBasis(
        withRate(await loaders.regimeCompliance.load({ parent: regime.code, args: range })),
        {
          key: regimeKey(regime.code, units),
          from: range.from,
          to: range.to,
        },
      );
    },
  },
  ReportingIndicator: {
    dataType: (indicator: IndicatorRow) => indicator.data_type,
  },
  Agency: {
    // A stub: the agencies subgraph owns the agency; the representation carries all this subgraph needs.
    __resolveReference: (reference: AgencyReference) => reference,
    async reportingCompliance(agency: AgencyReference, args: DateRange, { identity, loaders }: Context) {
      const scope = await statisticsScope(identity);
      requireCovers(scope, agency.id);
      const range = checkRange(args);
      // An agency in a reach has its lineage in it too; narrowing keeps any other unit out of the count.
      const unitIds = narrow(scope, agency.lineageUnitIds?.length ? agency.lineageUnitIds : [agency.id]);
      const counts = await loaders.agencyCompliance.load({ parent: { id: agency.id, unitIds }, args: range });
      return withUrgingBasis(withRate(counts), { key: agencyKey(agency.id, unitIds), ...range });
    },
  },
};

/** The regime reads above, and issue 5's commands, obligations and plans (commandResolvers.ts). */
export const resolvers = {
  ...queryResolvers,
  ...commandResolvers,
  ...catalogueResolvers,
  Query: { ...queryResolvers.Query, ...commandResolvers.Query, ...catalogueResolvers.Query },
  Mutation: { ...commandResolvers.Mutation, ...catalogueResolvers.Mutation },
  ReportingRegime: {
    ...queryResolvers.ReportingRegime,
    ...commandResolvers.ReportingRegime,
    ...catalogueResolvers.ReportingRegime,
  },
  ReportingSimplificationPlan: {
    ...commandResolvers.ReportingSimplificationPlan,
    ...catalogueResolvers.ReportingSimplificationPlan,
  },
};
