import { addDays } from './dates.ts';
import announced from './holidays.json' with { type: 'json' };
import { lunarNewYear, lunarToSolar, solarToLunar } from './lunarCalendar.ts';

/**
 * The public holidays of a year and the days off and working days that go with them. A year the Government
 * announced is data (holidays.json); any other year is projected from the Labour Code's rules and the
 * lunar calendar, and marked so.
 */
export type CalendarDayKind = 'HOLIDAY' | 'COMPENSATORY_DAY_OFF' | 'SWAPPED_DAY_OFF' | 'SWAPPED_WORKING_DAY';

export interface CalendarDay {
  date: string;
  /** Vietnamese, as a citizen reads it. */
  name: string;
  kind: CalendarDayKind;
  /** Computed from the rules, not announced by the Government. */
  projected: boolean;
}

/** The years the hub serves; the computation itself reaches a little further (a deadline may end in 2101). */
export const SERVED_YEARS = { first: 2000, last: 2100 } as const;

const announcedYears = announced.years as Record<string, { days: Omit<CalendarDay, 'projected'>[] }>;

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

function tetDayName(date: string): string {
  const lunar = solarToLunar(date);
  return lunar.month === 1
    ? `Tết Nguyên đán (mùng ${lunar.day})`
    : `Tết Nguyên đán (${lunar.day} tháng Chạp)`;
}

/**
 * Labour Code 2019 Art. 112(1), with the years each rule began: Tết has 5 days since the Labour Code 2012
 * (4 before 2014), Hùng Kings' day is a holiday since 2007 (Law 84/2007/QH11), National Day 2 days since
 * 2021. Art. 112(3) leaves the Prime Minister to choose the Tết days and National Day's second day each year;
 * the projection takes the last day of the lunar year and the first four of the new one (mùng 1–4), and for
 * National Day the day before (1 Sep) when 2 Sep is a Tuesday or Wednesday, so that the holiday joins the
 * weekend, else the day after (3 Sep).
 */
function lawfulHolidays(year: number): Omit<CalendarDay, 'projected'>[] {
  const holiday = (date: string, name: string) => ({ date, name, kind: 'HOLIDAY' as const });
  const newYear = lunarNewYear(year);
  const tetDays = year >= 2014 ? 5 : 4;
  const days = [holiday(`${year}-01-01`, 'Tết Dương lịch')];
  for (let i = -1; i < tetDays - 1; i += 1)
    days.push(holiday(addDays(newYear, i), tetDayName(addDays(newYear, i))));
  if (year >= 2007) {
    days.push(
      holiday(lunarToSolar({ year, month: 3, day: 10, leap: false }), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    );
  }
  days.push(holiday(`${year}-04-30`, 'Ngày Chiến thắng (30/4)'));
  days.push(holiday(`${year}-05-01`, 'Ngày Quốc tế Lao động (1/5)'));
  days.push(holiday(`${year}-09-02`, 'Quốc khánh (2/9)'));
  if (year >= 2021) {
    const weekday = new Date(`${year}-09-02T00:00:00Z`).getUTCDay();
    const adjacent = weekday === 2 || weekday === 3 ? `${year}-09-01` : `${year}-09-03`;
    days.push(holiday(adjacent, 'Quốc khánh (ngày liền kề 2/9)'));
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Labour Code 2019 Art. 111(3): a holiday falling on a weekly day off (Saturday or Sunday for civil
 * servants) gives a day off on the next working day; several such holidays take consecutive working days.
 */
function withCompensatoryDays(holidays: Omit<CalendarDay, 'projected'>[]): Omit<CalendarDay, 'projected'>[] {
  const taken = new Set(holidays.map((day) => day.date));
  const days = [...holidays];
  for (const day of holidays) {
    if (!isWeekend(day.date)) continue;
    let next = addDays(day.date, 1);
    while (isWeekend(next) || taken.has(next)) next = addDays(next, 1);
    taken.add(next);
    days.push({ date: next, name: `Nghỉ bù ${day.name}`, kind: 'COMPENSATORY_DAY_OFF' });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<number, CalendarDay[]>();

/** Every holiday, day off and swapped working day of a year, by date. */
export function calendarOfYear(year: number): CalendarDay[] {
  let days = cache.get(year);
  if (!days) {
    const data = announcedYears[String(year)];
    days = data
      ? data.days.map((day) => ({ ...day, projected: false }))
      : withCompensatoryDays(lawfulHolidays(year)).map((day) => ({ ...day, projected: true }));
    cache.set(year, days);
  }
  return days;
}

/** Whether a year's days are the Government's announcement. */
export function isAnnounced(year: number): boolean {
  return String(year) in announcedYears;
}
