import { describe, expect, it } from 'vitest';
import { addDays } from '../kit/dates.ts';
import { lunarNewYear, lunarToSolar, solarToLunar } from '../kit/lunarCalendar.ts';
import { calendarOfYear } from '../kit/publicHolidays.ts';
import {
  addWorkingDays,
  CalendarMissingError,
  isWorkingDay,
  requireServedDate,
  requireServedYear,
} from '../kit/workingDays.ts';

/** Tết (lunar 1/1) in Vietnam, 2000–2031, as published in Vietnamese calendars. */
const TET = {
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-17',
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  // The new moon is at 16:07 UTC on 2 Feb: 23:07 in Vietnam (UTC+7), already 3 Feb in China (UTC+8).
  2030: '2030-02-02',
  2031: '2031-01-23',
};

/** Hùng Kings' day (lunar 10/3), the announced and widely published dates. */
const HUNG_KINGS = {
  2018: '2018-04-25',
  2019: '2019-04-14',
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
};

describe('the Vietnamese lunar calendar, computed at UTC+7', () => {
  it('gives Tết of every year 2000–2031', () => {
    const computed = Object.fromEntries(Object.keys(TET).map((year) => [year, lunarNewYear(Number(year))]));
    expect(computed).toEqual(TET);
  });

  it("gives Hùng Kings' day (10/3) of 2018–2027", () => {
    const computed = Object.fromEntries(
      Object.keys(HUNG_KINGS).map((year) => [
        year,
        lunarToSolar({ year: Number(year), month: 3, day: 10, leap: false }),
      ]),
    );
    expect(computed).toEqual(HUNG_KINGS);
  });

  it('differs from the Chinese calendar (UTC+8) where a new moon or a solar term falls near midnight', () => {
    // 1985: Vietnam's month 11 and leap month fall a month apart from China's.
    expect([lunarNewYear(1985), lunarNewYear(1985, 8)]).toEqual(['1985-01-21', '1985-02-20']);
    expect([lunarNewYear(2007), lunarNewYear(2007, 8)]).toEqual(['2007-02-17', '2007-02-18']);
    expect([lunarNewYear(2030), lunarNewYear(2030, 8)]).toEqual(['2030-02-02', '2030-02-03']);
    // The same in years without such a new moon.
    expect(lunarNewYear(2026, 8)).toBe('2026-02-17');
  });

  it('knows leap months: 2023 had a leap 2nd month, 2025 a leap 6th', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2025-07-25')).toEqual({ year: 2025, month: 6, day: 1, leap: true });
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
  });

  it('converts every day 2000–2100 to a lunar date and back', () => {
    for (let day = '2000-01-01'; day <= '2100-12-31'; day = addDays(day, 1)) {
      const back = lunarToSolar(solarToLunar(day));
      if (back !== day) expect(back).toBe(day);
    }
  });
});

describe('public holidays: announced years as data, other years projected (Labour Code 2019 Art. 111–112)', () => {
  it('2025 is the Government’s announcement, not a projection', () => {
    const days = calendarOfYear(2025);
    expect(days.every((day) => !day.projected)).toBe(true);
    expect(days.filter((day) => day.kind !== 'HOLIDAY').map((day) => [day.date, day.kind])).toEqual([
      ['2025-04-26', 'SWAPPED_WORKING_DAY'],
      ['2025-05-02', 'SWAPPED_DAY_OFF'],
    ]);
  });

  it('Art. 112: 2031 is projected — Tết from the last day of the lunar year to mùng 4, with days off in lieu of its weekend', () => {
    // Tết 2031 is Thu 23 Jan: Wed 22 – Sun 26 Jan; Sat 25 and Sun 26 give Mon 27 and Tue 28 (Art. 111(3)).
    const tet = calendarOfYear(2031).filter((day) => day.name.includes('Tết Nguyên đán'));
    expect(tet).toEqual([
      { date: '2031-01-22', kind: 'HOLIDAY', name: 'Tết Nguyên đán (29 tháng Chạp)', projected: true },
      { date: '2031-01-23', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 1)', projected: true },
      { date: '2031-01-24', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 2)', projected: true },
      { date: '2031-01-25', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 3)', projected: true },
      { date: '2031-01-26', kind: 'HOLIDAY', name: 'Tết Nguyên đán (mùng 4)', projected: true },
      {
        date: '2031-01-27',
        kind: 'COMPENSATORY_DAY_OFF',
        name: 'Nghỉ bù Tết Nguyên đán (mùng 3)',
        projected: true,
      },
      {
        date: '2031-01-28',
        kind: 'COMPENSATORY_DAY_OFF',
        name: 'Nghỉ bù Tết Nguyên đán (mùng 4)',
        projected: true,
      },
    ]);
  });

  it('Art. 112(1)(đ): National Day has a second day — 1 Sep when 2 Sep is a Tuesday or Wednesday, else 3 Sep', () => {
    const nationalDay = (year: number) =>
      calendarOfYear(year)
        .filter((day) => day.name.startsWith('Quốc khánh') || day.name.startsWith('Nghỉ bù Quốc khánh'))
        .map((day) => day.date);
    expect(nationalDay(2026)).toEqual(['2026-09-01', '2026-09-02']); // Wednesday
    expect(nationalDay(2027)).toEqual(['2027-09-02', '2027-09-03']); // Thursday
    expect(nationalDay(2029)).toEqual(['2029-09-02', '2029-09-03', '2029-09-04']); // Sunday: Monday 3, Tuesday 4 in lieu
    expect(nationalDay(2028)).toEqual(['2028-09-02', '2028-09-03', '2028-09-04', '2028-09-05']); // Saturday
    // Before the Labour Code 2019 took effect (2021), one day.
    expect(nationalDay(2019)).toEqual(['2019-09-02']);
  });

  it('Art. 111(3): holidays on a weekend give the next working days off, one each (Hùng Kings, 30/4 of 2023)', () => {
    // Hùng Kings' day Sat 29 Apr, 30 Apr a Sunday, 1 May a Monday: Tuesday 2 and Wednesday 3 May off.
    const spring = calendarOfYear(2023)
      .filter((day) => day.date >= '2023-04-29' && day.date <= '2023-05-03')
      .map((day) => [day.date, day.kind]);
    expect(spring).toEqual([
      ['2023-04-29', 'HOLIDAY'],
      ['2023-04-30', 'HOLIDAY'],
      ['2023-05-01', 'HOLIDAY'],
      ['2023-05-02', 'COMPENSATORY_DAY_OFF'],
      ['2023-05-03', 'COMPENSATORY_DAY_OFF'],
    ]);
  });

  it('2026 as projected matches what the calendar held for it before (Tết 16–20 Feb, 27 Apr in lieu of Sunday 26)', () => {
    const offWeekdays = calendarOfYear(2026)
      .map((day) => day.date)
      .filter((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()));
    expect(offWeekdays).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
  });
});

describe('working days never run out in 2000–2100', () => {
  it('every day 2000–2100 is a working day or not, without an error', () => {
    let working = 0;
    for (let day = '2000-01-01'; day <= '2100-12-31'; day = addDays(day, 1))
      if (isWorkingDay(day)) working += 1;
    // About 250 working days a year over 101 years.
    expect(working).toBeGreaterThan(101 * 240);
    expect(working).toBeLessThan(101 * 255);
  });

  it('a deadline counted from the last days of 2100 ends in 2101', () => {
    // 2101-01-01 is a Saturday (New Year's Day: Monday 3 Jan off in lieu): Tue 4 … Mon 10 Jan.
    expect(addWorkingDays('2100-12-31', 5)).toBe('2101-01-10');
  });

  it('clients are held to 2000–2100 with a coded error naming the field', () => {
    for (const date of ['1999-12-31', '2101-01-01', '9999-12-31']) {
      expect(() => requireServedDate(date, 'receivedOn')).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'receivedOn' } }),
      );
    }
    expect(requireServedDate('2100-12-31', 'receivedOn')).toBe('2100-12-31');
    expect(() => requireServedYear(1999, 'year')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'year' } }),
    );
    expect(() => isWorkingDay('9999-12-31')).toThrow(CalendarMissingError);
  });
});
