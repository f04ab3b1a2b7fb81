// Fills in what chrono-node's results leave implied, by the news rules in ../resolve: the weekday of
// "on Friday" (the latest Friday, unless the clause points forward) and the year of "Aug. 7" or "in
// March". chrono's own guesses are replaced because they come from the closest date in either
// direction, and "Friday" in a Saturday paper is not the Friday six days ahead.
import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, dayNumber, isValidDay, weekdayOf, type Ymd } from '../calendar';
import { readValue } from '../news-value';
import { referenceDay } from '../reference';
import { directionFromText, pickYear, resolveWeekday } from '../resolve';
import { tenseAround, type Tense } from '../tense';

// A month either side of the paper's date in which the nearest year beats the tense (see pickYear); a
// month name alone gets the same one month.
const DAY_SLACK = 31;

export class ResolveRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const ref = referenceDay(context);
    for (const result of results) {
      if (readValue(result.start)) continue;
      const tense = tenseAround(context.text, result.index, result.index + result.text.length);
      const start = resolveOne(result.start, result.text, ref, tense);
      if (result.end && !readValue(result.end)) {
        // A range's end without a year takes the start's ("between Dec. 30 and Jan. 2" crosses it).
        const e = result.end;
        let end: Ymd | null;
        if (e.isCertain('month') && !e.isCertain('year')) {
          const startKey = (result.start.get('month') ?? 1) * 32 + (result.start.get('day') ?? 1);
          const endKey = (e.get('month') ?? 1) * 32 + (e.get('day') ?? 1);
          e.imply('year', (result.start.get('year') ?? ref.year) + (endKey < startKey ? 1 : 0));
          end = null;
        } else end = resolveOne(e, result.text, ref, tense);
        // "Wednesday-Friday": keep the range the right way round.
        if (start && end && dayNumber(end) < dayNumber(start)) implyDay(result.end, addDays(end, 7));
      }
    }
    return results;
  }
}

function resolveOne(s: ParsingComponents, text: string, ref: Ymd, tense: Tense | null): Ymd | null {
  if (s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month')) {
    const weekday = s.get('weekday') ?? 0;
    const week = /\b(last|this|next)\s+week\b/i.exec(text)?.[1]?.toLowerCase();
    let day: Ymd;
    if (week) {
      // "Friday last week": that weekday in the Monday-to-Sunday week before, of, or after the paper's.
      const monday = addDays(ref, -((weekdayOf(ref) + 6) % 7));
      day = addDays(monday, (week === 'last' ? -7 : week === 'next' ? 7 : 0) + ((weekday + 6) % 7));
    } else {
      day = resolveWeekday(ref, weekday, directionFromText(text, tense));
    }
    implyDay(s, day);
    return day;
  }
  if (s.isCertain('month') && !s.isCertain('year')) {
    const month = s.get('month') ?? 1;
    const dayOfMonth = s.isCertain('day') ? (s.get('day') ?? 1) : null;
    const weekday = s.isCertain('weekday') ? s.get('weekday') : null;
    let year: number;
    if (dayOfMonth === null) {
      year = pickYear(ref.year, (y) => y * 12 + month, ref.year * 12 + ref.month, 'nearest', tense, 1);
    } else {
      const keyOf = (checkWeekday: boolean) => (y: number) => {
        const d = { year: y, month, day: dayOfMonth };
        if (!isValidDay(d) || (checkWeekday && weekday !== null && weekdayOf(d) !== weekday)) return null;
        return dayNumber(d);
      };
      // "Thursday, April 6" names the year whose April 6 is a Thursday, when one is near.
      const withWeekday = [ref.year - 1, ref.year, ref.year + 1].some((y) => keyOf(true)(y) !== null);
      year = pickYear(ref.year, keyOf(withWeekday), dayNumber(ref), 'nearest', tense, DAY_SLACK);
    }
    s.imply('year', year);
    return dayOfMonth === null ? null : { year, month, day: dayOfMonth };
  }
  return null;
}

function implyDay(s: ParsingComponents, day: Ymd): void {
  s.imply('year', day.year);
  s.imply('month', day.month);
  s.imply('day', day.day);
}
