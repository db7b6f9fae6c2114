import { badInput } from '../../kit/errors.ts';
import { calendarOfYear } from '../../kit/publicHolidays.ts';
import { requireServedDate, requireServedYear } from '../../kit/workingDays.ts';
import {
  type DeadlineRule,
  deadlineRule,
  dueDateUnder,
  NoDeadlineRuleError,
  type Step,
} from './deadlines.ts';
import type { Category } from './domain.ts';

/** Public reads of the deadline rules and the holiday calendar: no sign-in, no database. */

function ruleInForce(step: Step, category: Category, receivedOn: string): DeadlineRule {
  try {
    return deadlineRule(step, category, receivedOn);
  } catch (error) {
    if (!(error instanceof NoDeadlineRuleError)) throw error;
    const [y, m, d] = error.firstEffectiveFrom.split('-');
    throw badInput(
      `Chưa có quy định thời hạn cho phản ánh, kiến nghị tiếp nhận trước ngày ${d}/${m}/${y}.`,
      'receivedOn',
    );
  }
}

export const deadlineResolvers = {
  Query: {
    petitionDeadlines(_: unknown, args: { receivedOn: string; category: Category }) {
      const receivedOn = requireServedDate(args.receivedOn, 'receivedOn');
      const transferRule = ruleInForce('transfer', args.category, receivedOn);
      const publishRule = ruleInForce('publish', args.category, receivedOn);
      return {
        receivedOn,
        category: args.category,
        transferBy: dueDateUnder(transferRule, receivedOn),
        publishBy: dueDateUnder(publishRule, receivedOn),
        transferRule,
        publishRule,
      };
    },
    publicHolidays(_: unknown, args: { year: number }) {
      return calendarOfYear(requireServedYear(args.year, 'year'));
    },
  },
  DeadlineRule: {
    step: (rule: DeadlineRule) => rule.step.toUpperCase(),
    legalBasis: (rule: DeadlineRule) => rule.basis,
  },
};
