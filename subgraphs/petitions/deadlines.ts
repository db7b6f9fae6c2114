import { addDays, parseDate } from '../../kit/dates.ts';
import { addWorkingDays, nextWorkingDay } from '../../kit/workingDays.ts';
import rulesFile from './config/deadlines.json' with { type: 'json' };
import { CATEGORIES, type Category } from './domain.ts';

/**
 * Due dates are data (config/deadlines.json), not constants: the legal deadlines change (2017: 20 working
 * days; 2025: 15 days for petitions about legal documents) and differ per category and step. Days are
 * counted on the kit's one working-day calendar.
 */
export const STEPS = ['transfer', 'publish'] as const;
export type Step = (typeof STEPS)[number];

export const DEADLINE_UNITS = ['WORKING_DAYS', 'CALENDAR_DAYS'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];

export interface DeadlineRule {
  step: Step;
  categories: readonly Category[] | 'ALL';
  effectiveFrom: string;
  amount: number;
  unit: DeadlineUnit;
  /** The legal basis, in Vietnamese. */
  basis: string;
}

/** No rule of the step was in force yet on the day of receipt. */
export class NoDeadlineRuleError extends Error {
  constructor(
    readonly step: Step,
    readonly firstEffectiveFrom: string,
  ) {
    super(`No ${step} deadline rule before ${firstEffectiveFrom}`);
  }
}

const rules = rulesFile.rules as DeadlineRule[];

// A broken configuration fails at start-up, not on the first petition.
for (const [index, rule] of rules.entries()) {
  const where = `config/deadlines.json rules[${index}]`;
  if (!STEPS.includes(rule.step)) throw new Error(`${where}: unknown step ${rule.step}`);
  if (!DEADLINE_UNITS.includes(rule.unit)) throw new Error(`${where}: unknown unit ${rule.unit}`);
  if (!Number.isInteger(rule.amount) || rule.amount < 1) throw new Error(`${where}: bad amount`);
  if (rule.categories !== 'ALL' && !rule.categories.every((category) => CATEGORIES.includes(category))) {
    throw new Error(`${where}: unknown category`);
  }
  parseDate(rule.effectiveFrom);
}
for (const step of STEPS) {
  for (const category of CATEGORIES) {
    if (!rules.some((rule) => rule.step === step && appliesTo(rule, category))) {
      throw new Error(`config/deadlines.json: no ${step} rule for ${category}`);
    }
  }
}

function appliesTo(rule: DeadlineRule, category: Category): boolean {
  return rule.categories === 'ALL' || rule.categories.includes(category);
}

/** The rule of the step in force for the category on the day the petition was received. */
export function deadlineRule(step: Step, category: Category, receivedOn: string): DeadlineRule {
  const candidates = rules
    .filter((rule) => rule.step === step && appliesTo(rule, category))
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const inForce = candidates.find((rule) => rule.effectiveFrom <= receivedOn);
  if (!inForce) throw new NoDeadlineRuleError(step, candidates[candidates.length - 1].effectiveFrom);
  return inForce;
}

/**
 * The last day under a rule for a clock started on `startedOn`, which itself does not count: so many working
 * days after it, or so many calendar days after it moved to the next working day when that is a day off.
 */
export function dueDateUnder(rule: Pick<DeadlineRule, 'amount' | 'unit'>, startedOn: string): string {
  return rule.unit === 'WORKING_DAYS'
    ? addWorkingDays(startedOn, rule.amount)
    : nextWorkingDay(addDays(startedOn, rule.amount));
}

/**
 * The day by which the handling result must be published, under the rule in force on the day of receipt,
 * counted from the day the clock starts (receipt, or the day a transfer reached the competent agency).
 */
export function publishDueDate(category: Category, startedOn: string, receivedOn = startedOn): string {
  return dueDateUnder(deadlineRule('publish', category, receivedOn), startedOn);
}

/** The last day on which a petition outside the receiver's competence may be transferred. */
export function transferDueDate(category: Category, receivedOn: string): string {
  return dueDateUnder(deadlineRule('transfer', category, receivedOn), receivedOn);
}
