import { badInput } from '../../kit/errors.ts';
import type { ComplianceCounts } from './complianceStore.ts';

export interface DateRange {
  from: string;
  to: string;
}

/** Dates arrive parsed by the Date scalar; only their order is left to check. */
export function checkRange({ from, to }: DateRange): DateRange {
  if (from > to) throw badInput(`Khoảng thời gian không hợp lệ: "from" (${from}) sau "to" (${to}).`, 'from');
  return { from, to };
}

export function withRate(counts: ComplianceCounts) {
  return { ...counts, onTimeRate: counts.due === 0 ? null : counts.submittedOnTime / counts.due };
}
