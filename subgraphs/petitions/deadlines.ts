import { addWorkingDays } from '../../kit/workingDays.ts';
import rulesFile from './config/deadlines.json' with { type: 'json' };
import { CATEGORIES, type Category } from './domain.ts';

/**
 * Due dates are data (config/deadlines.json), not constants: the legal deadlines change (2017: 20 working
 * days; shorter 2025 rules are unconfirmed) and may differ per category. A petition's due date is fixed
 * at receipt from the rule in force on its receipt day.
 */
interface DeadlineRule {
  effectiveFrom: string;
  workingDays: number;
  basis: string;
}

const rules = rulesFile.rules as Record<string, DeadlineRule[]>;

for (const category of CATEGORIES) {
  const list = rules[category];
  if (!list?.length) throw new Error(`config/deadlines.json has no rule for ${category}`);
  for (const rule of list) {
    if (!Number.isInteger(rule.workingDays) || rule.workingDays < 1) {
      throw new Error(`config/deadlines.json: bad workingDays for ${category}`);
    }
  }
}

export function deadlineRule(category: Category, receivedOn: string): DeadlineRule {
  const inForce = rules[category]
    .filter((rule) => rule.effectiveFrom <= receivedOn)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  if (!inForce.length) throw new Error(`No deadline rule for ${category} on ${receivedOn}`);
  return inForce[0];
}

/** The receipt day (Vietnam) plus the rule's working days (the receipt day itself does not count). */
export function dueDateFor(category: Category, receivedOn: string): string {
  return addWorkingDays(receivedOn, deadlineRule(category, receivedOn).workingDays);
}
