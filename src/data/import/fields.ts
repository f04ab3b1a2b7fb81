// Field readers shared by the layouts. Each throws a RowError in words a user can act on; a row with
// an unparseable date or a negative death count is refused, never silently read as something else.
import { isIsoDay } from '../pack/dates';
import { RowError } from './row';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A day: "2024-01-15", GED's "2024-01-15 00:00:00.000", or ACLED's export form "15 January 2024"
 * ("15 Jan 2024" too). Two-digit years are refused: the century would be a guess.
 */
export function readDay(column: string, raw: string): string {
  const s = raw.trim();
  let day: string | null = null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (iso) day = iso[1] as string;
  const dmy = iso ? null : /^(\d{1,2}) ([A-Za-z]+),? (\d{4})$/.exec(s);
  if (dmy) {
    const m = MONTHS.findIndex((name) => name === (dmy[2] as string).toLowerCase() || name.slice(0, 3) === (dmy[2] as string).toLowerCase());
    if (m >= 0) day = `${dmy[3]}-${String(m + 1).padStart(2, '0')}-${(dmy[1] as string).padStart(2, '0')}`;
  }
  if (day === null || !isIsoDay(day)) throw new RowError(`${column} ${JSON.stringify(raw)} is not a date`);
  return day;
}

/** A count of people: a whole number, 0 or more. */
export function readCount(column: string, raw: string): number {
  const s = raw.trim();
  if (!/^-?\d+$/.test(s)) throw new RowError(`${column} ${JSON.stringify(raw)} is not a whole number`);
  const n = Number(s);
  if (n < 0) throw new RowError(`${column} is ${n}; a death count cannot be negative`);
  if (!Number.isSafeInteger(n)) throw new RowError(`${column} ${JSON.stringify(raw)} is too large`);
  return n;
}

/** A latitude or longitude, or null when the cell is empty. */
export function readCoordinate(column: string, raw: string, limit: 90 | 180): number | null {
  const s = raw.trim();
  if (!s) return null;
  const n = Number(s);
  if (!Number.isFinite(n) || !/^-?\d+(?:\.\d+)?$/.test(s)) throw new RowError(`${column} ${JSON.stringify(raw)} is not a number`);
  if (Math.abs(n) > limit) throw new RowError(`${column} ${n} is out of range (±${limit})`);
  return n;
}

/** A list cell ("Reuters; AFP"): trimmed, empty items dropped. */
export function readList(raw: string): string[] {
  return raw
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
