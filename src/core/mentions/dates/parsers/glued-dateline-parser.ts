// Datelines glued to page furniture when a page's markup is flattened to text: "Web DeskNovember 2,
// 2024 06:59 AMworld". chrono-node wants a word boundary before a month name, so it misses these. Only
// full dates with a capitalised month are taken this way: a lower-case letter followed by "May 5, 2024"
// inside a word is page furniture, while "remember 2, 2024" is not a date.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { formatDay, isValidDay, type Ymd } from '../calendar';
import { MONTHS } from './relative-month-parser';
import { NewsParser, newsResult } from './news-parser';

const NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m[0]!.toUpperCase() + m.slice(1))
  .join('|');
const PATTERN = new RegExp(
  String.raw`[a-z](?:(${NAMES})\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)|(\d{1,2})\s+(${NAMES})\.?,?\s+((?:19|20)\d\d))(?!\d)`,
);

export class GluedDatelineParser extends NewsParser {
  protected readonly regex = PATTERN;
  protected override readonly leftBoundary = false;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, _ref: Ymd): ParsingResult | null {
    const [whole, monthA, dayA, yearA, dayB, monthB, yearB] = match;
    const name = (monthA ?? monthB ?? '').toLowerCase();
    const month = MONTHS[name];
    const date = { year: Number(yearA ?? yearB), month: month ?? 0, day: Number(dayA ?? dayB) };
    if (!month || !isValidDay(date)) return null;
    return newsResult(
      context, index + 1, whole.slice(1),
      { value: formatDay(date), granularity: 'day', known: ['year', 'month', 'day'], relative: false, stated: true },
      date,
    );
  }
}
