import {
  type ComplianceCost,
  type ComplianceCostInput,
  complianceCost,
  type Saving,
  saving,
  totalSaving,
} from './complianceCost.ts';

/** A plan item as stored: the calculation's inputs before and after the proposals, never its results. */
export interface PlanItemRow extends Record<string, unknown> {
  plan_id: string;
  position: number;
  procedure_code: string;
  proposals: string[];
  merge_into_code: string | null;
  rationale: string;
  before_hours: number;
  before_fees_vnd: number;
  before_other_vnd: number;
  before_filings: number;
  after_hours: number;
  after_fees_vnd: number;
  after_other_vnd: number;
  after_filings: number;
}

export type CostFigures = ComplianceCostInput & ComplianceCost;

export interface ItemCost {
  before: CostFigures;
  after: CostFigures;
  saving: Saving;
}

function figures(input: ComplianceCostInput): CostFigures {
  return { ...input, ...complianceCost(input) };
}

/**
 * An item's cost before and after, through complianceCost.ts (the documented calculation): the plan states the
 * value of an hour once, each item its hours, fees, other costs and filings per year on both sides.
 */
export function itemCost(item: PlanItemRow, hourValueVnd: number): ItemCost {
  const before = figures({
    hoursPerFiling: Number(item.before_hours),
    hourValueVnd,
    feesPerFilingVnd: Number(item.before_fees_vnd),
    otherCostsPerFilingVnd: Number(item.before_other_vnd),
    filingsPerYear: Number(item.before_filings),
  });
  const after = figures({
    hoursPerFiling: Number(item.after_hours),
    hourValueVnd,
    feesPerFilingVnd: Number(item.after_fees_vnd),
    otherCostsPerFilingVnd: Number(item.after_other_vnd),
    filingsPerYear: Number(item.after_filings),
  });
  return { before, after, saving: saving(before.costPerYearVnd, after.costPerYearVnd) };
}

/** A plan's (or any group's) saving: the sums of its items' yearly costs, then the cut of the sums. */
export function groupSaving(costs: readonly ItemCost[]): Saving {
  return totalSaving(
    costs.map((cost) => ({ beforeVnd: cost.before.costPerYearVnd, afterVnd: cost.after.costPerYearVnd })),
  );
}
