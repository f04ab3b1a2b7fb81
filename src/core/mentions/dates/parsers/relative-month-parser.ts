// A month named with "last", "next" or "this": "last November" in a March paper is the November before,
// "next May" the coming one, "this May" this year's. chrono-node would read only the month name and pick
// the nearest occurrence, which "last"/"next" overrule.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { formatMonth, type Ymd } from '../calendar';
import { pickYear } from '../resolve';
import { NewsParser, newsResult } from './news-parser';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const PATTERN = new RegExp(String.raw`(this(?: past| coming)?|last|next|past)\s+(${NAMES})\.?(?![.\s]*\d)`, 'i');

export class RelativeMonthParser extends NewsParser {
  protected readonly regex = PATTERN;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const [whole, which = '', name = ''] = match;
    if (!/^[A-Z]/.test(name)) return null; // "last march" is a protest, "next may" a verb
    const month = MONTHS[name.toLowerCase()];
    if (!month) return null;
    const text = whole.endsWith('.') && name.length > 3 ? whole.slice(0, -1) : whole;
    const w = which.toLowerCase();
    const direction = w === 'next' || w === 'this coming' ? 'next' : w === 'this' ? null : 'last';
    const year = direction
      ? pickYear(ref.year, (y) => y * 12 + month, ref.year * 12 + ref.month, direction)
      : ref.year;
    return newsResult(
      context, index, text,
      { value: formatMonth(year, month), granularity: 'month', known: ['month'], relative: true },
      { year, month, day: 1 },
    );
  }
}
