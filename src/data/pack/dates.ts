// ISO date checks that also reject impossible calendar dates (2024-13-01, 2023-02-29), which a
// regular expression alone lets through.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** YYYY-MM-DD naming a day that exists. */
export function isIsoDay(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A day, a month (YYYY-MM) or a year (YYYY): the precisions a source may give. */
export function isIsoDate(s: string): boolean {
  if (YEAR.test(s)) return true;
  const m = MONTH.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12;
  return isIsoDay(s);
}

/** A full timestamp with a time zone, e.g. 2024-11-27T00:00:00Z. */
export function isIsoTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  return !!m && isIsoDay(m[1] ?? '');
}

/** The precision an ISO date is written at, or null for anything else. */
export function precisionOf(s: string): 'day' | 'month' | 'year' | null {
  if (YEAR.test(s)) return 'year';
  if (MONTH.test(s)) return 'month';
  return DAY.test(s) ? 'day' : null;
}

/** Whole days from a to b (both ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The ISO day n days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
