import { type ComplianceCost, complianceCost, type Saving, saving } from './complianceCost.ts';
import { type Frequency, periodsOfYear } from './periods.ts';

/**
 * Simplification plans for reporting regimes (Decree 09/2019 Art. 27–28) and their compliance cost before
 * and after, with complianceCost.ts: the same method as procedures' plans. A report is a
 * "filing" with no fee: cost a year = reports a year × (hours per report × value of an hour + other costs).
 */
export const PLAN_ACTIONS = [
  'ABOLISH',
  'MERGE_INTO',
  'REDUCE_FREQUENCY',
  'REDUCE_INDICATORS',
  'MOVE_TO_ELECTRONIC',
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/**
 * Reports one agency sends a year under a frequency: its periods in a year (a 6-monthly regime owes the
 * 6-month and the annual report). Thematic and ad hoc regimes have no periods: a plan counts them as one
 * report a year, the assumption the cost of such a regime is usually stated with.
 */
export function reportsPerAgencyPerYear(frequency: Frequency): number {
  const periods = periodsOfYear(frequency, 2025).length;
  return periods === 0 ? 1 : periods;
}

/** What a plan assumes; the after-state's frequency is the regime's own unless the action changes it. */
export interface PlanAssumptions {
  action: PlanAction;
  frequency: Frequency;
  /** MERGE_INTO: the frequency of the regime it merges into; REDUCE_FREQUENCY: the new frequency. */
  frequencyAfter: Frequency | null;
  reportingAgencies: number;
  hoursPerReportBefore: number;
  /** For MERGE_INTO: the hours the merged content adds to each report of the regime it merges into. */
  hoursPerReportAfter: number;
  hourValueVnd: number;
  otherCostsPerReportBeforeVnd: number;
  otherCostsPerReportAfterVnd: number;
}

export interface PlanSide extends ComplianceCost {
  /** The kit's cost per filing, named as a report. */
  costPerReportVnd: number;
  reportsPerYear: number;
  hoursPerReport: number;
  otherCostsPerReportVnd: number;
}

export interface PlanCosts {
  before: PlanSide;
  after: PlanSide;
  saving: Saving;
}

function side(reportsPerYear: number, hours: number, hourValueVnd: number, other: number): PlanSide {
  const cost = complianceCost({
    hoursPerFiling: hours,
    hourValueVnd,
    feesPerFilingVnd: 0,
    otherCostsPerFilingVnd: other,
    filingsPerYear: reportsPerYear,
  });
  return {
    ...cost,
    costPerReportVnd: cost.costPerFilingVnd,
    reportsPerYear,
    hoursPerReport: hours,
    otherCostsPerReportVnd: other,
  };
}

export function planCosts(plan: PlanAssumptions): PlanCosts {
  const before = side(
    plan.reportingAgencies * reportsPerAgencyPerYear(plan.frequency),
    plan.hoursPerReportBefore,
    plan.hourValueVnd,
    plan.otherCostsPerReportBeforeVnd,
  );
  const frequencyAfter =
    plan.action === 'MERGE_INTO' || plan.action === 'REDUCE_FREQUENCY'
      ? (plan.frequencyAfter ?? plan.frequency)
      : plan.frequency;
  const after =
    plan.action === 'ABOLISH'
      ? side(0, 0, plan.hourValueVnd, 0)
      : side(
          plan.reportingAgencies * reportsPerAgencyPerYear(frequencyAfter),
          plan.hoursPerReportAfter,
          plan.hourValueVnd,
          plan.otherCostsPerReportAfterVnd,
        );
  return { before, after, saving: saving(before.costPerYearVnd, after.costPerYearVnd) };
}
