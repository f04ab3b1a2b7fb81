// Helpers shared by the date and dateline rules.
import type { ArticleSnapshot, DateMention, Mentions } from '../types';
import { insideAny } from '../mentions';
import { findFullDate, isDatelineLine } from '../article/published/dateline';
import { daysBetween } from '../text/dates';

/** The page's own dateline block ("Web Desk November 2, 2024") is the publication date, not a claim. */
export function inDatelineBlock(snapshot: ArticleSnapshot, d: { start: number; end: number }): boolean {
  const block = snapshot.blocks.find((b) => d.start >= b.start && d.end <= b.start + b.text.length);
  if (!block) return false;
  const index = snapshot.blocks.indexOf(block);
  return block.tag === 'title' ? false : index <= 2 && isDatelineLine(block.text);
}

// Wire copy opens with "GAZA, Nov 2 (Reuters) -" or "Jerusalem [Israel], December 3 (ANI/TPS):".
const WIRE_DATELINE = /^[\p{Lu}][^.\n]{0,80}?\((?:[A-Za-z][\w/ .&-]{1,30})\)\s*[-–—:]/u;

/** A date inside the wire dateline that opens its paragraph. */
export function inWireDateline(snapshot: ArticleSnapshot, d: { start: number; end: number }): boolean {
  const block = snapshot.blocks.find((b) => d.start >= b.start && d.end <= b.start + b.text.length);
  if (!block) return false;
  const m = WIRE_DATELINE.exec(block.text);
  return m !== null && d.end - block.start <= m[0].length;
}

/** Date mentions that are claims of the story itself: not in context clauses, not the dateline. */
export function storyDates(snapshot: ArticleSnapshot, mentions: Mentions): DateMention[] {
  const spans = mentions.contexts.map((c) => c.clause);
  return mentions.dates.filter((d) => !insideAny(spans, d.start, d.end) && !inDatelineBlock(snapshot, d) && !inWireDateline(snapshot, d));
}

/** Days between two month-days ignoring the year, the shorter way round the calendar. */
export function monthDayDistance(a: string, b: string): number {
  const d = Math.abs(daysBetween(`2001${a.slice(4, 10)}`, `2001${b.slice(4, 10)}`));
  return Math.min(d, 365 - d);
}

/** A free-text date from a report claim ("Sunday (3 December 2023)", "2024-10-17") as an ISO day. */
export function claimDay(value: string): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1]!;
  return findFullDate(value)?.value ?? null;
}

export const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
