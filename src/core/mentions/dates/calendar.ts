// Calendar arithmetic for the date stage, all in UTC day numbers. chrono-node works with local `Date`s;
// we only read the components it extracted and do every calculation here, so the result never depends
// on the timezone of the machine that runs the analysis.

export interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

const DAY_MS = 86_400_000;

export function parseIsoDay(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(ymd) ? ymd : null;
}

export function isValidDay({ year, month, day }: Ymd): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01. */
export function dayNumber({ year, month, day }: Ymd): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0-99 to 19xx
  return Math.round(date.getTime() / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(ymd: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(ymd) + days);
}

/** 0 = Sunday … 6 = Saturday, as in chrono-node and `Date#getUTCDay`. */
export function weekdayOf(ymd: Ymd): number {
  return (((dayNumber(ymd) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Month arithmetic on a (year, month) pair; the day is not involved. */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(ymd: Ymd): { year: number; week: number } {
  const n = dayNumber(ymd);
  const isoWeekday = weekdayOf(ymd) || 7;
  const thursday = fromDayNumber(n - isoWeekday + 4);
  const jan1 = dayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((n - isoWeekday + 4 - jan1) / 7) + 1 };
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function formatDay(ymd: Ymd): string {
  return `${pad4(ymd.year)}-${pad2(ymd.month)}-${pad2(ymd.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

export function formatWeek(ymd: Ymd): string {
  const { year, week } = isoWeek(ymd);
  return `${pad4(year)}-W${pad2(week)}`;
}

export function formatYear(year: number): string {
  return pad4(year);
}
