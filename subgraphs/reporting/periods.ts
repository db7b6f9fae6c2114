import { addWorkingDays, CalendarMissingError, nextWorkingDay } from '../../kit/workingDays.ts';

/**
 * Reporting periods and their data cut-off windows (Decree 09/2019/NĐ-CP Art. 12), and the sending deadline
 * counted in working days on the kit's holiday calendar. Pure functions: no database, no clock.
 */
export const FREQUENCIES = [
  'MONTHLY',
  'QUARTERLY',
  'SEMIANNUAL',
  'NINE_MONTHS',
  'ANNUAL',
  'THEMATIC',
  'AD_HOC',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export interface Period {
  /** Stable, sortable within a regime: 2025-01, 2025-Q1, 2025-H1, 2025-9M, 2025. */
  label: string;
  /** As a Vietnamese report names it: "Tháng 01/2025", "Quý I/2025", "6 tháng đầu năm 2025". */
  name: string;
  cutOffStart: string;
  cutOffEnd: string;
}

export interface ScheduledPeriod extends Period {
  dueDate: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, date: number) => `${year}-${pad(month)}-${pad(date)}`;
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The window that ends on the 14th of `endMonth` and opens on the 15th of the month before `firstMonth`. */
function window(
  year: number,
  firstMonth: number,
  endMonth: number,
): Pick<Period, 'cutOffStart' | 'cutOffEnd'> {
  const startYear = firstMonth === 1 ? year - 1 : year;
  const startMonth = firstMonth === 1 ? 12 : firstMonth - 1;
  return { cutOffStart: day(startYear, startMonth, 15), cutOffEnd: day(year, endMonth, 14) };
}

const annual = (year: number): Period => ({ label: `${year}`, name: `Năm ${year}`, ...window(year, 1, 12) });

/** Every period of one year, in order of cut-off end. Thematic and ad hoc reports have no periods. */
export function periodsOfYear(frequency: Frequency, year: number): Period[] {
  switch (frequency) {
    case 'MONTHLY':
      return Array.from({ length: 12 }, (_, i) => ({
        label: `${year}-${pad(i + 1)}`,
        name: `Tháng ${pad(i + 1)}/${year}`,
        ...window(year, i + 1, i + 1),
      }));
    case 'QUARTERLY':
      return [0, 1, 2, 3].map((q) => ({
        label: `${year}-Q${q + 1}`,
        name: `Quý ${ROMAN[q]}/${year}`,
        ...window(year, q * 3 + 1, q * 3 + 3),
      }));
    case 'SEMIANNUAL':
      // Decree 09 defines one 6-month window (15 Dec → 14 Jun); the second half-year is reported in the
      // annual report (15 Dec → 14 Dec), so a 6-monthly regime owes both.
      return [{ label: `${year}-H1`, name: `6 tháng đầu năm ${year}`, ...window(year, 1, 6) }, annual(year)];
    case 'NINE_MONTHS':
      return [{ label: `${year}-9M`, name: `9 tháng năm ${year}`, ...window(year, 1, 9) }];
    case 'ANNUAL':
      return [annual(year)];
    case 'THEMATIC':
    case 'AD_HOC':
      return [];
  }
}

/** The periods whose cut-off end lies in [from, to] (a period belongs to the year its window closes in). */
export function periodsEndingBetween(frequency: Frequency, from: string, to: string): Period[] {
  const periods: Period[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const period of periodsOfYear(frequency, year)) {
      if (period.cutOffEnd >= from && period.cutOffEnd <= to) periods.push(period);
    }
  }
  return periods;
}

/**
 * The sending deadline: `deadlineWorkingDays` working days after the cut-off end, on a working day (a
 * deadline of 0 days falling on a weekend or holiday moves to the next working day).
 * Throws CalendarMissingError outside the years the calendar computes (kit/workingDays.ts).
 */
export function dueDate(cutOffEnd: string, deadlineWorkingDays: number): string {
  return nextWorkingDay(addWorkingDays(cutOffEnd, deadlineWorkingDays));
}

export function schedule(
  frequency: Frequency,
  deadlineWorkingDays: number,
  from: string,
  to: string,
): ScheduledPeriod[] {
  return periodsEndingBetween(frequency, from, to).map((period) => ({
    ...period,
    dueDate: dueDate(period.cutOffEnd, deadlineWorkingDays),
  }));
}

export { CalendarMissingError };

/** The period a regime of this frequency calls `label` (2025-03, 2025-Q1, 2025-H1, 2025-9M, 2025), or null. */
export function periodByLabel(frequency: Frequency, label: string): Period | null {
  const year = Number(label.slice(0, 4));
  if (!/^\d{4}/.test(label) || year < 1900) return null;
  return periodsOfYear(frequency, year).find((period) => period.label === label) ?? null;
}
