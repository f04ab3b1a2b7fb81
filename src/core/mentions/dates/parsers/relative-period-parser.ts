// Periods named relative to the paper's date: "this week", "last month", "next year", "earlier this
// week", "the end of the month", "the weekend". The value keeps the period the text names (a week is
// 1998-W32, not the Saturday chrono-node would imply), and a leading "early"/"late" becomes a mod.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, weekdayOf, type Ymd } from '../calendar';
import { modFromWord, tagMod, type NewsValue } from '../news-value';
import { resolveWeekday } from '../resolve';
import { tenseAround } from '../tense';
import { NewsParser, newsResult } from './news-parser';

const MOD = String.raw`(?:(earlier|later|early|late|mid|(?:the )?(?:end|beginning|start|middle) of)[\s-]+)?`;
const PATTERN = new RegExp(
  String.raw`${MOD}(?:(this(?: past| coming)?|last|next)|(?<=(?:end|beginning|start|middle) of )the)\s+(week|weekend|month|year)|the weekend`,
  'i',
);

const OFFSET: Record<string, number> = { last: -1, 'this past': -1, next: 1, 'this coming': 1 };

export class RelativePeriodParser extends NewsParser {
  protected readonly regex = PATTERN;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const [text, modWord, which, unitWord] = match;
    const unit = (unitWord ?? 'weekend').toLowerCase();
    const offset = OFFSET[(which ?? '').toLowerCase()] ?? 0;
    let value: NewsValue;
    let day: Ymd;
    if (unit === 'weekend') {
      const tense = tenseAround(context.text, index, index + text.length);
      const direction = offset < 0 ? 'last' : offset > 0 ? 'next' : tense === 'future' ? 'future' : 'past';
      // A weekend is anchored on its Saturday; on a weekend day "last weekend" is the one before.
      const weekday = weekdayOf(ref);
      const recent = resolveWeekday(ref, 6, 'past');
      if (direction === 'last') day = weekday === 6 || weekday === 0 ? addDays(recent, -7) : recent;
      else if (direction === 'next') day = resolveWeekday(ref, 6, 'next');
      else if (direction === 'future') day = weekday === 0 ? recent : resolveWeekday(ref, 6, 'future');
      else day = recent;
      value = { value: formatDay(day), endValue: formatDay(addDays(day, 1)), granularity: 'day', known: [], relative: true };
    } else if (unit === 'week') {
      day = addDays(ref, 7 * offset);
      value = { value: formatWeek(day), granularity: 'week', known: [], relative: true };
    } else if (unit === 'month') {
      const m = addMonths(ref.year, ref.month, offset);
      day = { year: m.year, month: m.month, day: 1 };
      value = { value: formatMonth(m.year, m.month), granularity: 'month', known: [], relative: true };
    } else {
      day = { year: ref.year + offset, month: 1, day: 1 };
      value = { value: formatYear(day.year), granularity: 'year', known: [], relative: true };
    }
    const result = newsResult(context, index, text, value, day);
    const mod = modFromWord(modWord?.replace(/^the /i, ''));
    if (mod) tagMod(result.start, mod);
    return result;
  }
}
