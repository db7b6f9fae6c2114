import type { SubgraphContext } from '../../kit/subgraph.ts';
import type { ReportingLoaders } from './loaders.ts';
import { approvePlan, implementPlan, submitPlan } from './planLifecycle.ts';
import type { PlanRow } from './planStore.ts';
import {
  type AmendmentInput,
  abolishRegime,
  amendRegime,
  createRegime,
  mergeRegime,
  type NewRegimeInput,
} from './regimeCatalogue.ts';
import type { ChangeRow, VersionRow } from './regimeHistoryStore.ts';
import { indicatorsInForce, type RegimeRow } from './regimeStore.ts';

/** Resolvers of the plans' lifecycle and the regime catalogue (history, versions, merger). */
type Context = SubgraphContext<ReportingLoaders>;

const agencyRef = (id: string) => ({ __typename: 'Agency', id });

export const catalogueResolvers = {
  Query: {
    reportingSimplificationPlan: (_: unknown, { id }: { id: string }, { loaders }: Context) =>
      /^\d{1,15}$/.test(id) ? loaders.plan.load(Number(id)) : null,
  },
  Mutation: {
    submitReportingSimplificationPlan: (_: unknown, { id }: { id: string }, { db, identity }: Context) =>
      submitPlan(db, identity, id),
    approveReportingSimplificationPlan: (_: unknown, { id }: { id: string }, { db, identity }: Context) =>
      approvePlan(db, identity, id),
    implementReportingSimplificationPlan: (
      _: unknown,
      args: { id: string; effectiveFrom: string },
      { db, identity }: Context,
    ) => implementPlan(db, identity, args.id, args.effectiveFrom),
    createReportingRegime: (_: unknown, { input }: { input: NewRegimeInput }, { db, identity }: Context) =>
      createRegime(db, identity, input),
    amendReportingRegime: (
      _: unknown,
      args: { code: string; input: AmendmentInput },
      { db, identity }: Context,
    ) => amendRegime(db, identity, args.code, args.input),
    abolishReportingRegime: (
      _: unknown,
      args: { code: string; effectiveFrom: string; reason: string },
      { db, identity }: Context,
    ) => abolishRegime(db, identity, args.code, args.effectiveFrom, args.reason),
    mergeReportingRegime: (
      _: unknown,
      args: { code: string; intoCode: string; effectiveFrom: string; reason: string },
      { db, identity }: Context,
    ) => mergeRegime(db, identity, args),
  },
  ReportingSimplificationPlan: {
    createdAt: (plan: PlanRow) => plan.created_at,
    submittedAt: (plan: PlanRow) => plan.submitted_at,
    approvedAt: (plan: PlanRow) => plan.approved_at,
    implementedAt: (plan: PlanRow) => plan.implemented_at,
    effectiveFrom: (plan: PlanRow) => plan.effective_from,
  },
  ReportingRegime: {
    history: (regime: RegimeRow, _: unknown, { loaders }: Context) => loaders.changes.load(regime.code),
    mergedInto: (regime: RegimeRow, _: unknown, { loaders }: Context) =>
      regime.merged_into_code ? loaders.regime.load(regime.merged_into_code) : null,
    versions: (regime: RegimeRow, _: unknown, { loaders }: Context) => loaders.versions.load(regime.code),
  },
  ReportingRegimeChange: {
    by: (change: ChangeRow) => change.by_subject,
    byAgency: (change: ChangeRow) => (change.by_agency_id ? agencyRef(change.by_agency_id) : null),
    effectiveFrom: (change: ChangeRow) => change.effective_from,
    plan: (change: ChangeRow, _: unknown, { loaders }: Context) =>
      change.plan_id === null ? null : loaders.plan.load(Number(change.plan_id)),
    changes: (change: ChangeRow) =>
      typeof change.changes === 'string' ? JSON.parse(change.changes) : change.changes,
  },
  ReportingRegimeVersion: {
    effectiveFrom: (version: VersionRow) => version.effective_from,
    sendingMethods: (version: VersionRow) => version.sending_methods,
    deadlineWorkingDays: (version: VersionRow) => version.deadline_working_days,
    async indicators(version: VersionRow, _: unknown, { loaders }: Context) {
      return indicatorsInForce(await loaders.indicators.load(version.regime_code), version.effective_from);
    },
  },
};
