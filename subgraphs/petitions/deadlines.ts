import { addWorkingDays } from '../../kit/workingDays.ts';
import rulesFile from './config/deadlines.json' with { type: 'json' };
import type { Category } from './domain.ts';

/**
 * Due dates are data (config/deadlines.json), not constants: the legal deadlines change (2017: 20 working
 * days; shorter 2025 rules are unconfirmed) and may differ per category and step. Working days come from
 * the kit's one holiday calendar.
 */
export interface DeadlineRule {
  effectiveFrom: string;
  workingDays: number;
  basis: string;
}

export const STEPS = ['transfer', 'publish'] as const;
export type Step = (typeof STEPS)[number];

const steps = rulesFile.steps as Record<Step, Record<string, DeadlineRule[]>>;

// A broken configuration fails at start-up, not on the first petition.
for (const step of STEPS) {
  if (!steps[step]?.default?.length) throw new Error(`config/deadlines.json: no default rule for ${step}`);
  for (const [key, list] of Object.entries(steps[step])) {
    for (const rule of list) {
      if (!Number.isInteger(rule.workingDays) || rule.workingDays < 1) {
        throw new Error(`config/deadlines.json: bad workingDays for ${step}/${key}`);
      }
    }
  }
}

/** The rule in force on `day` for the step: the category's own rules when it has any, else the default. */
export function deadlineRule(step: Step, category: Category, day: string): DeadlineRule {
  const list = steps[step][category] ?? steps[step].default;
  const inForce = list
    .filter((rule) => rule.effectiveFrom <= day)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  if (!inForce.length) throw new Error(`No ${step} deadline rule for ${category} on ${day}`);
  return inForce[0];
}

/**
 * The day by which the handling result must be published: the day the clock starts (receipt, or the day a
 * transfer reached the competent agency) plus the rule's working days; the starting day itself does not
 * count, so a petition received on a Saturday or a holiday starts counting on the next working day.
 */
export function publishDueDate(category: Category, startedOn: string): string {
  return addWorkingDays(startedOn, deadlineRule('publish', category, startedOn).workingDays);
}

/** The last day on which a petition outside the receiver's competence may be transferred (Art. 9). */
export function transferDueDate(category: Category, receivedOn: string): string {
  return addWorkingDays(receivedOn, deadlineRule('transfer', category, receivedOn).workingDays);
}
