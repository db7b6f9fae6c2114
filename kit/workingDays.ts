import { addDays } from './dates.ts';
import calendarData from './holidays.json' with { type: 'json' };

/**
 * Working days in Vietnam: not Saturday or Sunday, not a public holiday, plus the weekend days worked to make
 * up a swapped holiday. The calendar is data (holidays.json), one entry per year, since lunar holidays and
 * swapped days change every year. Legal deadlines (petitions, reports) are counted with these functions only.
 */
interface YearCalendar {
  confirmed: boolean;
  holidays: string[];
  workingWeekends: string[];
}

const years = calendarData.years as Record<string, YearCalendar>;
const holidays = new Set(Object.values(years).flatMap((year) => year.holidays));
const workingWeekends = new Set(Object.values(years).flatMap((year) => year.workingWeekends));

export class CalendarMissingError extends Error {
  constructor(readonly year: string) {
    super(`No holiday calendar for ${year}: add it to kit/holidays.json`);
  }
}

export function calendarYears(): string[] {
  return Object.keys(years).sort();
}

export function isWorkingDay(date: string): boolean {
  const year = date.slice(0, 4);
  if (!years[year]) throw new CalendarMissingError(year);
  if (workingWeekends.has(date)) return true;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidays.has(date);
}

/** The date itself when it is a working day, else the next working day (a deadline on a holiday moves on). */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The day on which `count` working days after `date` have passed; the starting day itself does not count. */
export function addWorkingDays(date: string, count: number): string {
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}
