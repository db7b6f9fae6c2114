import { recordScope, requireCovers, statisticsScope } from '../../kit/agencyScope.ts';
import { addDays } from '../../kit/dates.ts';
import { notFound } from '../../kit/errors.ts';
import {
  connectionFromRows,
  decodeCursor,
  type Keyset,
  type PageArgs,
  pageSize,
} from '../../kit/pagination.ts';
import type { SubgraphContext } from '../../kit/subgraph.ts';
import { statisticsUnits, unitsOf } from './access.ts';
import { reportingClock } from './clock.ts';
import { totalSaving } from './complianceCost.ts';
import type { AgencyComplianceRow } from './complianceStore.ts';
import type { ReportingLoaders } from './loaders.ts';
import {
  findObligation,
  type ObligationRow,
  type OverdueFilter,
  overdueObligations,
  type SubmissionRow,
  submissionsOf,
} from './obligationStore.ts';
import type { Frequency } from './periods.ts';
import { listPlans, type PlanFilter, type PlanRow, plansOfYear } from './planStore.ts';
import { type PlanCosts, planCosts } from './plans.ts';
import { type PlanInput, proposePlan } from './proposePlan.ts';
import { checkRange, type DateRange, withRate } from './ranges.ts';
import { periodOfLabel, versionOn } from './regimeSchedule.ts';
import type { RegimeRow } from './regimeStore.ts';
import { type SubmitReportInput, submitReport } from './submitReport.ts';
import { regimeAgencyKey, withUrgingBasis } from './urgingStats.ts';

/**
 * Resolvers of issue 5: submissions and their versions, obligations and overdue reports, compliance per
 * agency under a regime, and simplification plans. Every nested field goes through a per-request loader.
 */
type Context = SubgraphContext<ReportingLoaders>;

const agencyRef = (id: string) => ({ __typename: 'Agency', id });

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The frequency a plan's costs start from: the regime's version in force on the day before the plan took
 * effect once implemented (implementing it changes the regime, not the plan's costs), else today's.
 */
async function frequencyBefore(
  code: string,
  plan: PlanRow,
  loaders: ReportingLoaders,
): Promise<Frequency | null> {
  const versions = await loaders.versions.load(code);
  if (!versions.length) return null;
  const day = plan.effective_from ? addDays(plan.effective_from, -1) : reportingClock.today();
  return versionOn(
    versions.map((v) => ({ effectiveFrom: v.effective_from, frequency: v.frequency, deadline: 0 })),
    day,
  ).frequency;
}

async function planCostsOf(plan: PlanRow, loaders: ReportingLoaders): Promise<PlanCosts> {
  const [regime, frequency, targetFrequency] = await Promise.all([
    loaders.regime.load(plan.regime_code),
    frequencyBefore(plan.regime_code, plan, loaders),
    plan.merge_into_code ? frequencyBefore(plan.merge_into_code, plan, loaders) : null,
  ]);
  return planCosts({
    action: plan.action,
    frequency: (frequency ?? regime?.frequency ?? 'ANNUAL') as Frequency,
    frequencyAfter: ((targetFrequency ?? plan.new_frequency) as Frequency | null) ?? null,
    reportingAgencies: plan.reporting_agencies,
    hoursPerReportBefore: plan.hours_per_report_before,
    hoursPerReportAfter: plan.hours_per_report_after,
    hourValueVnd: plan.hour_value_vnd,
    otherCostsPerReportBeforeVnd: plan.other_costs_per_report_before_vnd,
    otherCostsPerReportAfterVnd: plan.other_costs_per_report_after_vnd,
  });
}

const AGENCY_COMPLIANCE_ORDER: Keyset = {
  name: 'regimeComplianceByAgency',
  keys: [{ column: 'agency_id', field: 'agency_id', type: 'string' }],
  direction: 'asc',
};

export const commandResolvers = {
  Query: {
    async reportingObligation(
      _: unknown,
      args: { regimeCode: string; agencyId: string; period: string },
      { db, identity }: Context,
    ) {
      // Checked before the lookup, so that a refusal never tells whether the obligation exists.
      requireCovers(await recordScope(identity), args.agencyId);
      const row = await findObligation(db, {
        regimeCode: args.regimeCode,
        agencyId: args.agencyId,
        periodLabel: args.period,
      });
      if (!row) {
        throw notFound(
          `Cơ quan "${args.agencyId}" không có nghĩa vụ báo cáo ${args.regimeCode} kỳ ${args.period}.`,
          'period',
        );
      }
      return row;
    },
    async overdueReports(
      _: unknown,
      args: PageArgs & { filter?: OverdueFilter | null },
      { db, identity, loaders }: Context,
    ) {
      const scope = await statisticsScope(identity);
      const filter = args.filter ?? {};
      if (filter.agencyId) requireCovers(scope, filter.agencyId);
      return overdueObligations(db, filter, loaders.today, args, unitsOf(scope));
    },
    reportingSimplificationPlans(
      _: unknown,
      args: PageArgs & { filter?: PlanFilter | null },
      { db }: Context,
    ) {
      return listPlans(db, args.filter ?? {}, args);
    },
    async reportingSimplificationTotals(_: unknown, { year }: { year: number }, { db, loaders }: Context) {
      const plans = await plansOfYear(db, year);
      const costs = await Promise.all(plans.map((plan) => planCostsOf(plan, loaders)));
      return { year, plans: plans.length, ...totalSaving(costs.map((cost) => cost.saving)) };
    },
  },
  Mutation: {
    async submitReport(_: unknown, { input }: { input: SubmitReportInput }, { db, identity }: Context) {
      const { submissionId, obligationId } = await submitReport(db, identity, input);
      const rows = await submissionsOf(db, [obligationId]);
      return rows.find((row) => Number(row.id) === submissionId);
    },
    proposeReportingSimplification(_: unknown, { input }: { input: PlanInput }, { db, identity }: Context) {
      return proposePlan(db, identity, input);
    },
  },
  ReportingRegime: {
    subjectAgencies: (regime: RegimeRow) => (regime.subject_agency_ids ?? []).map(agencyRef),
    dataCutOffRule: (regime: RegimeRow) => regime.data_cut_off_rule,
    outlineTemplate: (regime: RegimeRow) => regime.outline_template,
    simplificationPlans: (regime: RegimeRow, _: unknown, { loaders }: Context) =>
      loaders.plans.load(regime.code),
    async complianceByAgency(regime: RegimeRow, args: DateRange & PageArgs, { identity, loaders }: Context) {
      const units = await statisticsUnits(identity);
      const range = { ...checkRange(args), units };
      const limit = pageSize(args.first);
      const afterAgencyId = args.after ? String(decodeCursor(AGENCY_COMPLIANCE_ORDER, args.after)[0]) : null;
      const rows = (
        await loaders.regimeAgencyCompliance.load({
          parent: regime.code,
          args: { ...range, afterAgencyId, limit: limit + 1 },
        })
      ).map((row) => ({ ...row, from: range.from, to: range.to }));
      return connectionFromRows(rows, AGENCY_COMPLIANCE_ORDER, args, () =>
        loaders.regimeAgencyCount.load({ parent: regime.code, args: range }),
      );
    },
  },
  ReportingAgencyCompliance: {
    agency: (row: { agency_id: string }) => agencyRef(row.agency_id),
    compliance: (row: AgencyComplianceRow & DateRange) =>
      withUrgingBasis(withRate(row.counts), {
        key: regimeAgencyKey(row.regime_code, row.agency_id),
        from: row.from,
        to: row.to,
      }),
  },
  ReportingObligation: {
    regime: (row: ObligationRow, _: unknown, { loaders }: Context) => loaders.regime.load(row.regime_code),
    agency: (row: ObligationRow) => agencyRef(row.agency_id),
    period(row: ObligationRow) {
      // By the label alone: an obligation of an earlier version may have another frequency than the regime.
      const period = periodOfLabel(row.period_label);
      return {
        label: row.period_label,
        name: period?.name ?? row.period_label,
        cutOffStart: row.period_start,
        cutOffEnd: row.period_end,
        dueDate: row.due_date,
      };
    },
    dueDate: (row: ObligationRow) => row.due_date,
    async status(row: ObligationRow, _: unknown, { loaders }: Context) {
      const [first] = await loaders.submissions.load(Number(row.id));
      if (first) return first.late ? 'SUBMITTED_LATE' : 'SUBMITTED_ON_TIME';
      return row.due_date < loaders.today ? 'OVERDUE' : 'PENDING';
    },
    async daysOverdue(row: ObligationRow, _: unknown, { loaders }: Context) {
      const submissions = await loaders.submissions.load(Number(row.id));
      if (submissions.length > 0 || row.due_date >= loaders.today) return null;
      return daysBetween(row.due_date, loaders.today);
    },
    submissions: (row: ObligationRow, _: unknown, { loaders }: Context) =>
      loaders.submissions.load(Number(row.id)),
    async latestSubmission(row: ObligationRow, _: unknown, { loaders }: Context) {
      return (await loaders.submissions.load(Number(row.id))).at(-1) ?? null;
    },
  },
  ReportSubmission: {
    submittedAt: (row: SubmissionRow) => row.submitted_at,
    submittedBy: (row: SubmissionRow) => row.submitted_by,
    submittedByAgency: (row: SubmissionRow) =>
      row.submitted_by_agency_id ? agencyRef(row.submitted_by_agency_id) : null,
    async values(row: SubmissionRow, _: unknown, { loaders }: Context) {
      const values = (typeof row.values === 'string' ? JSON.parse(row.values) : row.values) as Record<
        string,
        unknown
      >;
      const indicators = await loaders.indicators.load(row.regime_code);
      return indicators
        .filter((indicator) => indicator.code in values)
        .map((indicator) => {
          const value = values[indicator.code];
          return {
            indicator: indicator.code,
            number: typeof value === 'number' ? value : null,
            text: typeof value === 'string' ? value : null,
            boolean: typeof value === 'boolean' ? value : null,
          };
        });
    },
    obligation: (row: SubmissionRow, _: unknown, { loaders }: Context) =>
      loaders.obligation.load(Number(row.obligation_id)),
  },
  ReportingSimplificationPlan: {
    regime: (plan: PlanRow, _: unknown, { loaders }: Context) => loaders.regime.load(plan.regime_code),
    mergeInto: (plan: PlanRow, _: unknown, { loaders }: Context) =>
      plan.merge_into_code ? loaders.regime.load(plan.merge_into_code) : null,
    newFrequency: (plan: PlanRow) => plan.new_frequency,
    removedIndicators: (plan: PlanRow) => plan.removed_indicator_codes,
    reportingAgencies: (plan: PlanRow) => plan.reporting_agencies,
    hourValueVnd: (plan: PlanRow) => plan.hour_value_vnd,
    before: async (plan: PlanRow, _: unknown, { loaders }: Context) =>
      (await planCostsOf(plan, loaders)).before,
    after: async (plan: PlanRow, _: unknown, { loaders }: Context) =>
      (await planCostsOf(plan, loaders)).after,
    saving: async (plan: PlanRow, _: unknown, { loaders }: Context) =>
      (await planCostsOf(plan, loaders)).saving,
    proposedByAgency: (plan: PlanRow) =>
      plan.proposed_by_agency_id ? agencyRef(plan.proposed_by_agency_id) : null,
  },
};
