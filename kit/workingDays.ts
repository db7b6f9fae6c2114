import { badInput } from './errors.ts';
import { FIRST_YEAR, LAST_YEAR } from './lunarCalendar.ts';
import { calendarOfYear, SERVED_YEARS } from './publicHolidays.ts';

/**
 * Working days in Vietnam: not Saturday or Sunday, not a public holiday or a day off given for one, plus the
 * weekend days worked to make up a swapped day off (kit/publicHolidays.ts: announced years as data, the
 * others projected). Legal deadlines (petitions, reports) are counted with these functions only.
 */
const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Thrown for a year the calendar cannot compute; client input is refused earlier (requireServedDate). */
export class CalendarMissingError extends Error {
  constructor(readonly year: string) {
    super(`No working-day calendar for ${year}: it is computed for ${FIRST_YEAR}–${LAST_YEAR}`);
  }
}

/** Whether each day (days since 1970-01-01) is a working day, filled a year at a time: deadlines count often. */
const workingByDay = new Map<number, boolean>();

function fillYear(year: number): void {
  if (!(year >= FIRST_YEAR && year <= LAST_YEAR)) throw new CalendarMissingError(String(year));
  const calendar = calendarOfYear(year);
  const worked = new Set(calendar.filter((day) => day.kind === 'SWAPPED_WORKING_DAY').map((day) => day.date));
  const off = new Set(calendar.filter((day) => day.kind !== 'SWAPPED_WORKING_DAY').map((day) => day.date));
  for (let day = dayNumber(`${year}-01-01`); day <= dayNumber(`${year}-12-31`); day += 1) {
    const date = dateOf(day);
    const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
    workingByDay.set(day, worked.has(date) || (weekday !== 0 && weekday !== 6 && !off.has(date)));
  }
}

function isWorkingDayNumber(day: number): boolean {
  if (!workingByDay.has(day)) fillYear(new Date(day * DAY_MS).getUTCFullYear());
  return workingByDay.get(day) as boolean;
}

/** The years clients may ask about, as strings, oldest first. */
export function calendarYears(): string[] {
  const list: string[] = [];
  for (let year = SERVED_YEARS.first; year <= SERVED_YEARS.last; year += 1) list.push(String(year));
  return list;
}

/** A client's date inside the served years, else BAD_USER_INPUT naming the field. */
export function requireServedDate(date: string, field: string): string {
  const year = Number(date.slice(0, 4));
  if (year < SERVED_YEARS.first || year > SERVED_YEARS.last) {
    throw badInput(
      `Ngày ${date} nằm ngoài lịch ngày làm việc (năm ${SERVED_YEARS.first}–${SERVED_YEARS.last}).`,
      field,
    );
  }
  return date;
}

/** A client's year inside the served years, else BAD_USER_INPUT naming the field. */
export function requireServedYear(year: number, field: string): number {
  if (!Number.isInteger(year) || year < SERVED_YEARS.first || year > SERVED_YEARS.last) {
    throw badInput(
      `Năm ${year} nằm ngoài lịch ngày làm việc (${SERVED_YEARS.first}–${SERVED_YEARS.last}).`,
      field,
    );
  }
  return year;
}

export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

/** The date itself when it is a working day, else the next working day (a deadline on a holiday moves on). */
export function nextWorkingDay(date: string): string {
  let day = dayNumber(date);
  while (!isWorkingDayNumber(day)) day += 1;
  return dateOf(day);
}

/** The day on which `count` working days after `date` have passed; the starting day itself does not count. */
export function addWorkingDays(date: string, count: number): string {
  let day = dayNumber(date);
  let left = count;
  while (left > 0) {
    day += 1;
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return dateOf(day);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  const last = dayNumber(to);
  for (let day = dayNumber(from) + 1; day <= last; day += 1) if (isWorkingDayNumber(day)) count += 1;
  return count;
}
