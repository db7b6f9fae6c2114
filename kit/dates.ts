import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors.ts';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a calendar date `YYYY-MM-DD`, rejecting impossible days such as 2025-02-30. */
export function parseDate(value: unknown, field = 'date'): string {
  if (typeof value !== 'string') throw badInput(`Ngày không hợp lệ: cần dạng YYYY-MM-DD.`, field);
  const match = DATE_PATTERN.exec(value);
  if (!match) throw badInput(`Ngày "${value}" không hợp lệ: cần dạng YYYY-MM-DD.`, field);
  const [, y, m, d] = match.map(Number);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw badInput(`Ngày "${value}" không tồn tại.`, field);
  }
  return value;
}

/** Today's date in Vietnam (UTC+7), which is the day the law counts in. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** A date column may come back from the driver as a Date (pg) or a string (PGlite): normalise to YYYY-MM-DD. */
export function toDateString(value: string | Date | null | undefined): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  const y = value.getFullYear();
  const m = String(value.getMonth() + 1).padStart(2, '0');
  const d = String(value.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => toDateString(value as string | Date),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Ngày phải là chuỗi dạng YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with offset.',
  serialize: (value) => (value instanceof Date ? value : new Date(value as string)).toISOString(),
  parseValue: (value) => {
    const t = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(t)) throw badInput('Thời điểm không hợp lệ: cần dạng ISO 8601.');
    return new Date(t);
  },
  parseLiteral: (ast) => {
    const t = ast.kind === Kind.STRING ? Date.parse(ast.value) : Number.NaN;
    if (Number.isNaN(t)) throw badInput('Thời điểm không hợp lệ: cần dạng ISO 8601.');
    return new Date(t);
  },
});
