/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from the Sun and the Moon.
 *
 * Rules: a month begins on the day (in the calendar's time zone) that contains a new moon; month 11 is the
 * month that contains the winter solstice; when 13 months begin between two months 11, the first month
 * after month 11 that contains no principal solar term (the Sun entering a multiple of 30° of longitude)
 * is a leap month, named after the month before it. Vietnam counts days at UTC+7, China at UTC+8: a new
 * moon or a solar term close to midnight falls on different days, so the two calendars differ in some
 * years (Tết 1985: 21 Jan in Vietnam, 20 Feb in China; 2007: 17 and 18 Feb).
 *
 * Astronomy after J. Meeus, Astronomical Algorithms (2nd ed., 1998): true new moons (ch. 49, to about a
 * minute) and the Sun's apparent longitude (ch. 25, to about 0.01°, i.e. 15 minutes of time), with ΔT
 * (Espenak–Meeus polynomials). Built for the years 1900–2199.
 */

export const VIETNAM_UTC_OFFSET = 7;
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  /** A leap month (tháng nhuận) carries the number of the month before it. */
  leap: boolean;
}

const RAD = Math.PI / 180;
const sin = (degrees: number) => Math.sin(degrees * RAD);
const MEAN_LUNATION = 29.530588861;
/** Julian ephemeris day of the mean new moon k = 0 (6 Jan 2000). */
const NEW_MOON_EPOCH = 2451550.09766;

/** ΔT = TT − UT in seconds (Espenak & Meeus, NASA eclipse pages), for a decimal year. */
function deltaTSeconds(year: number): number {
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  if (year < 2150) return -20 + 32 * u ** 2 - 0.5628 * (2150 - year);
  return -20 + 32 * u ** 2;
}

/** Julian ephemeris day (TT) → Julian day (UT). */
function toUniversalTime(jde: number): number {
  const year = 2000 + (jde - 2451545) / 365.25;
  return jde - deltaTSeconds(year) / 86400;
}

/** Periodic terms of a true new moon (Meeus Table 49.A): [coefficient, power of E, M, M′, F, Ω]. */
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments (Meeus ch. 49): [coefficient, A at k = 0, A per lunation]; A1 has a T² term too. */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** The instant (Julian day, UT) of new moon number k, counted from the new moon of 6 Jan 2000. */
export function newMoonInstant(k: number): number {
  const t = k / 1236.85;
  let jde =
    NEW_MOON_EPOCH + MEAN_LUNATION * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const moonAnomaly =
    201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const latitude =
    160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const node = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  for (const [coefficient, powerOfE, m, mMoon, f, omega] of NEW_MOON_TERMS) {
    jde +=
      coefficient * e ** powerOfE * sin(m * sunAnomaly + mMoon * moonAnomaly + f * latitude + omega * node);
  }
  for (const [index, [coefficient, start, perLunation]] of PLANETARY_TERMS.entries()) {
    const argument = start + perLunation * k - (index === 0 ? 0.009173 * t ** 2 : 0);
    jde += coefficient * sin(argument);
  }
  return toUniversalTime(jde);
}

/** The Sun's apparent ecliptic longitude in degrees [0, 360) at a Julian day (UT). */
export function sunLongitude(jd: number): number {
  const year = 2000 + (jd - 2451545) / 365.25;
  const t = (jd + deltaTSeconds(year) / 86400 - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t ** 2;
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t ** 2;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t ** 2) * sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) +
    0.000289 * sin(3 * meanAnomaly);
  const node = 125.04 - 1934.136 * t;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * sin(node);
  return ((apparent % 360) + 360) % 360;
}

/** Day numbers: the Julian day number of the civil day (noon-based), as integers. */
export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000) + 2440588;
}

export function isoDateOf(day: number): string {
  return new Date((day - 2440588) * 86_400_000).toISOString().slice(0, 10);
}

/** The civil day, in a zone `utcOffset` hours east of UTC, that contains new moon number k. */
function newMoonDay(k: number, utcOffset: number): number {
  return Math.floor(newMoonInstant(k) + 0.5 + utcOffset / 24);
}

/** Which 30° sector of longitude the Sun is in when `day` begins (local midnight). */
function sunSectorAtStartOf(day: number, utcOffset: number): number {
  return Math.floor(sunLongitude(day - 0.5 - utcOffset / 24) / 30);
}

/** The lunation number (k) of the new moon that starts the month beginning on `monthStart`. */
function lunationOf(monthStart: number): number {
  return Math.round((monthStart - 2451550.1) / MEAN_LUNATION);
}

/** The first day of the month 11 that contains the winter solstice of Gregorian `year`. */
function month11Start(year: number, utcOffset: number): number {
  const k = Math.floor((dayNumber(`${year}-12-31`) - 2451550.1) / MEAN_LUNATION);
  const candidate = newMoonDay(k, utcOffset);
  // Sector 9 is 270°–300°: when the Sun is already past the solstice as this month begins, the solstice
  // fell in the month before.
  return sunSectorAtStartOf(candidate, utcOffset) >= 9 ? newMoonDay(k - 1, utcOffset) : candidate;
}

/**
 * In a year with 13 months after month 11: how many months after month 11 the leap month begins (the first
 * month in which the Sun enters no new sector).
 */
function leapMonthOffset(month11: number, utcOffset: number): number {
  const k = lunationOf(month11);
  let offset = 1;
  let sector = sunSectorAtStartOf(newMoonDay(k + offset, utcOffset), utcOffset);
  while (offset < 13) {
    const next = sunSectorAtStartOf(newMoonDay(k + offset + 1, utcOffset), utcOffset);
    if (next === sector) return offset;
    sector = next;
    offset += 1;
  }
  return offset;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`The lunar calendar is computed for ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`);
  }
}

/** The solar date (YYYY-MM-DD) of a lunar date; the lunar year is named by the Gregorian year of its 1/1. */
export function lunarToSolar(lunar: LunarDate, utcOffset = VIETNAM_UTC_OFFSET): string {
  checkYear(lunar.year);
  // Months 11 and 12 of lunar year Y begin in Gregorian Y's last weeks or in Y + 1's first weeks.
  const solsticeYear = lunar.month >= 11 ? lunar.year : lunar.year - 1;
  const start = month11Start(solsticeYear, utcOffset);
  const nextStart = month11Start(solsticeYear + 1, utcOffset);
  let offset = (lunar.month - 11 + 12) % 12;
  if (nextStart - start > 365) {
    const leapOffset = leapMonthOffset(start, utcOffset);
    const leapMonth = ((leapOffset + 9) % 12) + 1;
    if (lunar.leap && lunar.month !== leapMonth)
      throw new RangeError(`No leap month ${lunar.month} in ${lunar.year}`);
    if (lunar.leap || offset >= leapOffset) offset += 1;
  } else if (lunar.leap) {
    throw new RangeError(`No leap month in ${lunar.year}`);
  }
  return isoDateOf(newMoonDay(lunationOf(start) + offset, utcOffset) + lunar.day - 1);
}

/** The lunar date of a solar date (YYYY-MM-DD). */
export function solarToLunar(isoDate: string, utcOffset = VIETNAM_UTC_OFFSET): LunarDate {
  const day = dayNumber(isoDate);
  const gregorianYear = Number(isoDate.slice(0, 4));
  checkYear(gregorianYear);
  let k = Math.floor((day - 2451550.1) / MEAN_LUNATION) + 1;
  while (newMoonDay(k, utcOffset) > day) k -= 1;
  const monthStart = newMoonDay(k, utcOffset);
  let start = month11Start(gregorianYear, utcOffset);
  let nextStart: number;
  if (start > monthStart) {
    nextStart = start;
    start = month11Start(gregorianYear - 1, utcOffset);
  } else {
    nextStart = month11Start(gregorianYear + 1, utcOffset);
  }
  const offset = lunationOf(monthStart) - lunationOf(start);
  let month = offset + 11;
  let leap = false;
  if (nextStart - start > 365) {
    const leapOffset = leapMonthOffset(start, utcOffset);
    if (offset >= leapOffset) {
      month -= 1;
      leap = offset === leapOffset;
    }
  }
  if (month > 12) month -= 12;
  // Months 11 and 12 before 1/1 belong to the lunar year that began in the previous Gregorian year.
  const startYear = Number(isoDateOf(start).slice(0, 4));
  const year = month >= 11 && offset < 3 ? startYear : startYear + 1;
  return { year, month, day: day - monthStart + 1, leap };
}

/** Lunar new year's day (mùng 1 Tết) of the lunar year that begins in Gregorian `year`. */
export function lunarNewYear(year: number, utcOffset = VIETNAM_UTC_OFFSET): string {
  return lunarToSolar({ year, month: 1, day: 1, leap: false }, utcOffset);
}
