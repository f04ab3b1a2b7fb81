// "Three weeks ago", "a year ago", "almost four years ago": a point counted back from the paper's date,
// at the precision of the unit (TimeML: "two months ago" in an August paper is the month of June).
// "Hours ago" is a time, not a date, and is left out; "a few days ago" has no number to count back
// and becomes TimeML's PAST_REF.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, type Ymd } from '../calendar';
import type { NewsValue } from '../news-value';
import { CARDINAL_PATTERN, parseCardinal } from '../numbers';
import { NewsParser, newsResult } from './news-parser';

const PATTERN = new RegExp(
  String.raw`(?:(?:almost|nearly|about|around|some|roughly|more than|over|just|only|exactly|barely)\s+)?` +
    String.raw`(${CARDINAL_PATTERN}|a few|a couple of|several|some|many)(?:[\s-]+and a half)?\s+(day|week|month|year|decade|century)s?\s+ago`,
  'i',
);

export class AgoParser extends NewsParser {
  protected readonly regex = PATTERN;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const unit = (match[2] ?? '').toLowerCase();
    if (/^(?:a few|several|some|many)$/i.test(match[1] ?? '')) {
      const granularity = unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'year';
      return newsResult(context, index, match[0], { value: 'PAST_REF', granularity, known: [], relative: true }, ref);
    }
    const count = parseCardinal(match[1] ?? '');
    if (count === null || !Number.isInteger(count) || /and a half/i.test(match[0])) return null;
    let value: NewsValue;
    let day: Ymd;
    if (unit === 'day' || unit === 'week') {
      day = addDays(ref, -count * (unit === 'week' ? 7 : 1));
      const granularity = unit === 'week' ? 'week' : 'day';
      value = { value: unit === 'week' ? formatWeek(day) : formatDay(day), granularity, known: [], relative: true };
    } else if (unit === 'month') {
      const m = addMonths(ref.year, ref.month, -count);
      day = { year: m.year, month: m.month, day: 1 };
      value = { value: formatMonth(m.year, m.month), granularity: 'month', known: [], relative: true };
    } else {
      const years = count * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1);
      day = { year: ref.year - years, month: 1, day: 1 };
      value = { value: formatYear(day.year), granularity: 'year', known: [], relative: true };
    }
    return newsResult(context, index, match[0], value, day);
  }
}
