// Quarters, halves and fiscal years: "the third quarter", "Q3 2024", "the first half of 2023",
// "fiscal 2024". Values follow TimeML: 2024-Q3, 2023-H1, FY2024. A quarter without a year is the one
// the clause's tense points at (news about "the third quarter" in November means this year's).
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DateGranularity } from '../../../types';
import { formatYear, type Ymd } from '../calendar';
import { parseOrdinal } from '../numbers';
import { directionFromText, pickYear } from '../resolve';
import { tenseAround } from '../tense';
import { NewsParser, newsResult } from './news-parser';

const YEAR = String.raw`((?:19|20)\d\d)(?!\d)`;
const OF_YEAR = String.raw`(?:\s+of\s+(?:(?:the|fiscal)\s+)?(?:${YEAR}|(this|last|next|the)\s+(?:fiscal\s+)?year))?`;
const PATTERN = new RegExp(
  [
    String.raw`(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last|this|next)\s+(quarter|half)${OF_YEAR}`,
    String.raw`\b(Q|H)([1-4])(?:\s*|-)${YEAR}?`,
    String.raw`(?:fiscal(?:\s+year)?\s+|FY\s?)((?:19|20)?\d\d)(?!\d)`,
  ].join('|'),
);

export class QuarterParser extends NewsParser {
  protected readonly regex = new RegExp(PATTERN.source, 'i');

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const [text, ordinalWord, unitWord, ofYear, ofRelative, letter, digit, letterYear, fiscal] = match;
    if (fiscal) {
      const year = fiscal.length === 2 ? 2000 + Number(fiscal) : Number(fiscal);
      const value = `FY${formatYear(year)}`;
      return newsResult(context, index, text, { value, granularity: 'year', known: ['year'], relative: false, stated: true }, { year, month: 1, day: 1 });
    }
    if (letter) {
      // "q3" and "H4" are no periods, and a bare "H1" is more often a visa or a heading than a half-year.
      if (!/^[QH]$/.test(letter) || (letter === 'H' && (Number(digit) > 2 || !letterYear))) return null;
      return this.period(context, index, text, ref, letter === 'Q' ? 'quarter' : 'half', Number(digit), letterYear, undefined, '');
    }
    const unit = (unitWord ?? '').toLowerCase() === 'half' ? 'half' : 'quarter';
    const word = (ordinalWord ?? '').toLowerCase();
    // "last quarter" alone is the previous quarter; "the last quarter of 2023" is its fourth.
    const relativeWord = word === 'this' || word === 'next' || (word === 'last' && !ofYear && !ofRelative && !/^the/i.test(text));
    const ordinal = relativeWord ? null : parseOrdinal(word === 'final' || word === 'last' ? (unit === 'half' ? 'second' : 'fourth') : word);
    if (!relativeWord && (ordinal === null || (unit === 'half' && ordinal > 2))) return null;
    // A half needs its year: "the first half" of a match or of a speech is no date.
    if (unit === 'half' && !ofYear && !ofRelative) return null;
    return this.period(context, index, text, ref, unit, ordinal, ofYear, ofRelative, relativeWord ? word : '');
  }

  private period(
    context: ParsingContext, index: number, text: string, ref: Ymd, unit: 'quarter' | 'half',
    ordinal: number | null, yearText: string | undefined, relativeYear: string | undefined, relativeWord: string,
  ): ParsingResult {
    const perYear = unit === 'quarter' ? 4 : 2;
    const current = ref.year * perYear + Math.floor((ref.month - 1) / (12 / perYear));
    let instance: number;
    if (ordinal === null) instance = current + (relativeWord === 'next' ? 1 : relativeWord === 'last' ? -1 : 0);
    else if (yearText) instance = Number(yearText) * perYear + ordinal - 1;
    else if (relativeYear && !/^the$/i.test(relativeYear)) {
      instance = (ref.year + (/last/i.test(relativeYear) ? -1 : /next/i.test(relativeYear) ? 1 : 0)) * perYear + ordinal - 1;
    } else {
      const direction = directionFromText('', tenseAround(context.text, index, index + text.length));
      const year = pickYear(ref.year, (y) => y * perYear + ordinal - 1, current, direction);
      instance = year * perYear + ordinal - 1;
    }
    const year = Math.floor(instance / perYear);
    const n = instance - year * perYear + 1;
    const granularity: DateGranularity = unit;
    const value = `${formatYear(year)}-${unit === 'quarter' ? 'Q' : 'H'}${n}`;
    const stated = !!yearText && ordinal !== null;
    const day = { year, month: (n - 1) * (12 / perYear) + 1, day: 1 };
    return newsResult(context, index, text, { value, granularity, known: yearText ? ['year'] : [], relative: !stated, stated }, day);
  }
}
