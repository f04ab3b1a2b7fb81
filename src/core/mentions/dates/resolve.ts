// Filling in what the text leaves out, against the reference (publication) date. The rules are the
// news reader's: an unqualified weekday is the most recent one (today included) unless the clause
// points forward; a month or a day without a year is the occurrence nearest to the reference unless
// the tense says otherwise.
import { addDays, weekdayOf, type Ymd } from './calendar';
import type { Tense } from './tense';

/** past/future include the reference period itself; last/next exclude it ("last Friday", "next May"). */
export type Direction = 'past' | 'future' | 'last' | 'next';

export function directionFromText(text: string, tense: Tense | null): Direction {
  if (/\b(?:last|past|previous)\b/i.test(text)) return 'last';
  if (/\b(?:next|coming|following)\b/i.test(text)) return 'next';
  return tense === 'future' ? 'future' : 'past';
}

export function resolveWeekday(ref: Ymd, weekday: number, direction: Direction): Ymd {
  const back = (weekdayOf(ref) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(ref) + 7) % 7;
  switch (direction) {
    case 'past':
      return addDays(ref, -back);
    case 'last':
      return addDays(ref, -(back || 7));
    case 'future':
      return addDays(ref, forward);
    case 'next':
      return addDays(ref, forward || 7);
  }
}

/**
 * Picks the year of a yearly-recurring period (a month, a day of the year, a season, a quarter).
 * `keyOf(year)` orders the occurrence in that year on the same scale as `current` (e.g. a day number),
 * or is null when that year cannot hold it (a weekday that does not match).
 */
export function pickYear(
  refYear: number,
  keyOf: (year: number) => number | null,
  current: number,
  direction: Direction | 'nearest',
  tense: Tense | null = null,
  slack = 0,
): number {
  const candidates: { year: number; key: number }[] = [];
  for (let year = refYear - 1; year <= refYear + 1; year++) {
    const key = keyOf(year);
    if (key !== null) candidates.push({ year, key });
  }
  if (!candidates.length) return refYear;
  const latest = (ok: (k: number) => boolean) => candidates.filter((c) => ok(c.key)).at(-1);
  const earliest = (ok: (k: number) => boolean) => candidates.find((c) => ok(c.key));
  let chosen: { year: number; key: number } | undefined;
  if (direction === 'last') chosen = latest((k) => k < current);
  else if (direction === 'next') chosen = earliest((k) => k > current);
  else if (direction === 'past') chosen = latest((k) => k <= current);
  else if (direction === 'future') chosen = earliest((k) => k >= current);
  else {
    chosen = nearest(candidates, current);
    // A past-tense clause is rarely about a date after the paper came out, nor a future one about a date
    // before; within `slack` of the reference the nearest still wins ("officials said the boy must
    // leave by Jan. 14" in a Jan. 6 paper; "will appeal the Jan. 3 ruling").
    if (tense === 'past' && chosen.key > current + slack) chosen = latest((k) => k <= current) ?? chosen;
    if (tense === 'future' && chosen.key < current - slack) chosen = earliest((k) => k >= current) ?? chosen;
  }
  return (chosen ?? nearest(candidates, current)).year;
}

function nearest<T extends { key: number }>(candidates: T[], current: number): T {
  let best = candidates[0]!;
  for (const c of candidates) {
    const d = Math.abs(c.key - current);
    const bestD = Math.abs(best.key - current);
    // On a tie prefer the earlier occurrence: news mostly looks back.
    if (d < bestD || (d === bestD && c.key < best.key)) best = c;
  }
  return best;
}
