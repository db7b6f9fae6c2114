import { recordScope, requireCovers } from '../../kit/agencyScope.ts';
import { connectionFromRows, pageSize } from '../../kit/pagination.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import { reportingClock } from './clock.ts';
import type { ReportingLoaders } from './loaders.ts';
import type { ObligationRow } from './obligationStore.ts';
import { acknowledgeReportsUrging, type UrgeReportsInput, urgeReports } from './urgingCommands.ts';
import { NO_URGINGS, URGING_BASIS, type UrgingFigures, type WithUrgingBasis } from './urgingStats.ts';
import { REPORTING_URGING_ORDER, type ReportingUrgingRow } from './urgingStore.ts';

type Context = SubgraphContext<ReportingLoaders>;

const agencyRef = (id: string) => ({ __typename: 'Agency', id });

async function written(id: string, loaders: ReportingLoaders): Promise<ReportingUrgingRow> {
  const urging = await loaders.reportingUrging.load(id);
  if (!urging) throw new Error('the urging just written is missing');
  return urging;
}

/** Over the same obligations as the ReportingCompliance object: one statement, only when asked. */
async function figuresOf(
  compliance: WithUrgingBasis<object>,
  loaders: ReportingLoaders,
): Promise<UrgingFigures> {
  const basis = compliance[URGING_BASIS];
  if (!basis) return NO_URGINGS;
  return loaders.complianceUrgings.load({ parent: basis.key, args: { from: basis.from, to: basis.to } });
}

/** Urging (đôn đốc) about overdue reports: its commands, the ReportingUrging type and where it is read. */
export const urgingResolvers = {
  Mutation: {
    async urgeReports(
      _: unknown,
      { input }: { input: UrgeReportsInput },
      { db, identity, loaders }: Context,
    ) {
      return written(await urgeReports(db, identity, input, reportingClock.now()), loaders);
    },
    async acknowledgeReportingUrging(_: unknown, { id }: { id: string }, { db, identity, loaders }: Context) {
      return written(await acknowledgeReportsUrging(db, identity, id, reportingClock.now()), loaders);
    },
  },
  ReportingUrging: {
    agency: (u: ReportingUrgingRow) => agencyRef(u.agency_id),
    urgedAt: (u: ReportingUrgingRow) => u.urged_at,
    urgedBy: (u: ReportingUrgingRow) => u.urged_by,
    urgedByAgency: (u: ReportingUrgingRow) => agencyRef(u.urged_by_agency_id),
    expectedBy: (u: ReportingUrgingRow) => u.expected_by,
    acknowledgedAt: (u: ReportingUrgingRow) => u.acknowledged_at,
    acknowledgedBy: (u: ReportingUrgingRow) => u.acknowledged_by,
    obligationCount: async (u: ReportingUrgingRow, _: unknown, { loaders }: Context) =>
      (await loaders.urgedObligations.load(u.id)).length,
    // The urged agency's own obligations: whoever may read the urging may read them.
    obligations: (u: ReportingUrgingRow, _: unknown, { loaders }: Context) =>
      loaders.urgedObligations.load(u.id),
  },
  ReportingObligation: {
    /** The obligation's readers (reportingObligation's rule) only: its agency's reach, the central office. */
    async urgings(o: ObligationRow, _: unknown, { identity, loaders }: Context) {
      requireCovers(await recordScope(identity), o.agency_id);
      return loaders.obligationUrgings.load(Number(o.id));
    },
  },
  Agency: {
    async reportingUrgings(
      agency: { id: string },
      args: { acknowledged?: boolean | null; first?: number | null; after?: string | null },
      { identity, loaders }: Context,
    ) {
      requireCovers(await recordScope(identity), agency.id);
      const acknowledged = args.acknowledged ?? null;
      const page = { first: pageSize(args.first), after: args.after ?? null };
      const rows = await loaders.agencyReportingUrgings.load({
        parent: agency.id,
        args: { ...page, acknowledged },
      });
      return connectionFromRows(rows, REPORTING_URGING_ORDER, page, () =>
        loaders.agencyReportingUrgingCount.load({ parent: agency.id, args: { acknowledged } }),
      );
    },
  },
  ReportingCompliance: {
    urged: async (compliance: WithUrgingBasis<object>, _: unknown, { loaders }: Context) =>
      (await figuresOf(compliance, loaders)).urged,
    resolvedAfterUrging: async (compliance: WithUrgingBasis<object>, _: unknown, { loaders }: Context) =>
      (await figuresOf(compliance, loaders)).resolvedAfterUrging,
  },
};
