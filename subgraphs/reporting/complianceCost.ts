import { badInput } from '../../kit/errors.ts';

/**
 * Compliance cost of a reporting regime on the agencies that report under it, for simplification plans:
 * plans publish cost before → cost after → saving → percentage cut. The law does not fix the formula
 * (DOMAIN.md §2: unconfirmed), so this is the documented calculation, the same method the procedures
 * subgraph uses for filings (tests/complianceCost.test.ts holds both to the same examples). A report is a
 * filing with no fee:
 *
 *   cost per report = hours per report × value of an hour + fees (0) + other costs per report
 *   cost per year   = cost per report × reports per year
 *
 * Amounts are VND, rounded to the đồng at the end of the calculation only.
 */
export interface ComplianceCostInput {
  /** Time one filing (or one report) takes its filer, in hours. */
  hoursPerFiling: number;
  /** The value of one hour of that time, VND (a plan states what it assumes). */
  hourValueVnd: number;
  /** Fees and charges paid per filing, VND (0 for reports). */
  feesPerFilingVnd: number;
  /** Other costs per filing — copies, postage, travel — VND. */
  otherCostsPerFilingVnd: number;
  /** How many filings (or reports) a year. */
  filingsPerYear: number;
}

export interface ComplianceCost {
  timeCostPerFilingVnd: number;
  costPerFilingVnd: number;
  costPerYearVnd: number;
}

export interface Saving {
  beforeVnd: number;
  afterVnd: number;
  savingVnd: number;
  /** Saving as a share of the cost before, in percent with two decimals (0 when there was no cost). */
  percentCut: number;
}

function checkAmount(value: number, field: string): void {
  if (!Number.isFinite(value) || value < 0) throw badInput(`"${field}" phải là số không âm.`, field);
}

export function complianceCost(input: ComplianceCostInput, fieldPrefix = ''): ComplianceCost {
  for (const [key, value] of Object.entries(input)) checkAmount(value, `${fieldPrefix}${key}`);
  const timeCost = input.hoursPerFiling * input.hourValueVnd;
  const perFiling = timeCost + input.feesPerFilingVnd + input.otherCostsPerFilingVnd;
  return {
    timeCostPerFilingVnd: Math.round(timeCost),
    costPerFilingVnd: Math.round(perFiling),
    costPerYearVnd: Math.round(perFiling * input.filingsPerYear),
  };
}

/** Before → after → saving → percentage cut, from two yearly costs (or from totals of many). */
export function saving(beforeVnd: number, afterVnd: number): Saving {
  const savingVnd = beforeVnd - afterVnd;
  const percentCut = beforeVnd > 0 ? Math.round((savingVnd / beforeVnd) * 10_000) / 100 : 0;
  return { beforeVnd, afterVnd, savingVnd, percentCut };
}

/** Totals of many plans (per agency, nationally per year): the sums, then the cut of the sums. */
export function totalSaving(items: readonly { beforeVnd: number; afterVnd: number }[]): Saving {
  const before = items.reduce((sum, item) => sum + item.beforeVnd, 0);
  const after = items.reduce((sum, item) => sum + item.afterVnd, 0);
  return saving(before, after);
}
