// The visible dateline: what many scraped and regional pages offer instead of metadata.
// "Web DeskNovember 2, 2024 06:59 AMworld" (words glued by the scraper), "Published October 25, 2024 |
// 06:18 PM", "NTB 16.05.2021 10:47", "TMC24 News | September 17, 2024", "2 de noviembre de 2024".
// Only a full day counts, and only near the top: a date inside the story ("As of November 1, 2023")
// is a claim of the text, not the page's date.
import type { PublishedEvidence } from '../../types';
import { isoDay, MONTH_PATTERN, monthNumber } from './iso';

const M = `(${MONTH_PATTERN})\\.?`;
// No \b before the month: scrapers glue the preceding word on ("DeskNovember").
const MONTH_FIRST = new RegExp(`${M}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*((?:19|20)\\d{2})(?!\\d)`, 'i');
const DAY_FIRST = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s*(?:de\\s+)?${M},?\\s*(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)`, 'i');
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const NUMERIC = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;

export interface DatelineHit {
  value: string;
  raw: string;
  index: number;
  /** Numeric dates like 03/04/2024 whose day/month order cannot be told. */
  ambiguous: boolean;
}

/** The first full date in a short piece of text, whichever way it is written. */
export function findFullDate(text: string): DatelineHit | null {
  const hits: DatelineHit[] = [];
  const mf = MONTH_FIRST.exec(text);
  if (mf) {
    const v = isoDay(Number(mf[3]), monthNumber(mf[1]!) ?? 0, Number(mf[2]));
    if (v) hits.push({ value: v, raw: mf[0], index: mf.index, ambiguous: false });
  }
  const df = DAY_FIRST.exec(text);
  if (df) {
    const v = isoDay(Number(df[3]), monthNumber(df[2]!) ?? 0, Number(df[1]));
    if (v) hits.push({ value: v, raw: df[0], index: df.index, ambiguous: false });
  }
  const iso = ISO.exec(text);
  if (iso) {
    const v = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (v) hits.push({ value: v, raw: iso[0], index: iso.index, ambiguous: false });
  }
  const num = NUMERIC.exec(text);
  if (num) {
    const a = Number(num[1]);
    const b = Number(num[3]);
    // Dots and dashes are day-first wherever they are used; slashes are day-first outside the US,
    // so only a first part above 12 or a second part above 12 settles the order.
    const monthFirst = num[2] === '/' && b > 12 && a <= 12;
    const v = monthFirst ? isoDay(Number(num[4]), a, b) : isoDay(Number(num[4]), b, a);
    const ambiguous = num[2] === '/' && a <= 12 && b <= 12 && a !== b;
    if (v) hits.push({ value: v, raw: num[0], index: num.index, ambiguous });
  }
  hits.sort((x, y) => x.index - y.index);
  return hits[0] ?? null;
}

// A line is a dateline when the date is most of it (with a byline, desk name, time, "Published"...),
// or when the date opens a paragraph and a separator follows ("Nov. 2, 2024 — ..."). A short
// sentence that mentions a date ("As of November 1, 2023, the ministry said ...") is not one.
function looksLikeDateline(line: string, hit: DatelineHit): boolean {
  const sentence = /[.!?]$/.test(line) && line.split(/\s+/).length > 8;
  if (line.length <= 90 && !sentence) return true;
  // A header line of fields: "Desk | Gaza | Updated: 17-11-2024 23:05 IST | Created: ...".
  if (line.length <= 220 && /\s[|·•]\s/.test(line) && !/[.!?]$/.test(line)) return true;
  const after = line.slice(hit.index + hit.raw.length, hit.index + hit.raw.length + 25);
  return hit.index <= 40 && /^\s*(?:\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?)?\s*(?:GMT|UTC|[A-Z]{2,4}T)?\s*[-–—|:(]/i.test(after);
}

/** True when the line reads as a dateline (not as a sentence that happens to hold a date). */
export function isDatelineLine(line: string): boolean {
  const trimmed = line.trim();
  const hit = findFullDate(trimmed.slice(0, 200));
  return hit !== null && looksLikeDateline(trimmed, hit);
}

/** Looks at the byline and the first lines of the body for a dateline. */
export function fromDateline(lines: string[]): PublishedEvidence[] {
  for (const line of lines.slice(0, 4)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const hit = findFullDate(trimmed.slice(0, 200));
    if (hit && looksLikeDateline(trimmed, hit) && !hit.ambiguous) {
      return [{ from: 'dateline', value: hit.value, raw: hit.raw.trim() }];
    }
  }
  return [];
}
