// Seasons as TimeML writes them: 1998-SP, -SU, -FA, -WI ("last fall", "the summer of 1998", "this
// winter"). "Spring" and "fall" are also a verb and a noun, so a season needs a year or a word that
// makes it one ("last", "this", "in the", "early"…); "Summer Olympics" and "the fall of Saigon" are not.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { formatYear, type Ymd } from '../calendar';
import { modFromWord, tagMod } from '../news-value';
import { directionFromText, pickYear } from '../resolve';
import { tenseAround } from '../tense';
import { NewsParser, newsResult } from './news-parser';

const CODES: Record<string, { code: string; index: number; month: number }> = {
  spring: { code: 'SP', index: 0, month: 3 },
  summer: { code: 'SU', index: 1, month: 6 },
  autumn: { code: 'FA', index: 2, month: 9 },
  fall: { code: 'FA', index: 2, month: 9 },
  winter: { code: 'WI', index: 3, month: 12 },
};

const PATTERN = new RegExp(
  String.raw`(?:(this(?: past| coming)?|last|next|past|early|late|mid|(?:the )?(?:end|beginning|start|middle) of)[\s-]+)?` +
    String.raw`(?:(the|in|during|by|until|since|through|over)\s+(?:the\s+)?)?` +
    String.raw`(spring|summer|autumn|fall|winter)(?:(?:\s+of)?\s+((?:19|20)\d\d)(?!\d))?`,
  'i',
);

/** Meteorological seasons of the northern hemisphere; a winter belongs to the year of its December. */
function seasonIndex(ymd: Ymd): number {
  const m = ymd.month;
  const index = m >= 3 && m <= 5 ? 0 : m >= 6 && m <= 8 ? 1 : m >= 9 && m <= 11 ? 2 : 3;
  const year = m <= 2 ? ymd.year - 1 : ymd.year;
  return year * 4 + index;
}

export class SeasonParser extends NewsParser {
  protected readonly regex = PATTERN;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const [whole, modifier, preposition, word = '', yearText] = match;
    const season = CODES[word.toLowerCase()];
    if (!season) return null;
    const after = context.text.slice(index + whole.length, index + whole.length + 3);
    // "Winter Olympics", "Spring Festival": a capitalised name, not a season.
    if (/^[A-Z]/.test(word) && /^\s[A-Z]/.test(after) && !yearText) return null;
    const weakWord = /^(fall|spring)$/i.test(word);
    const realPreposition = !!preposition && !/^the$/i.test(preposition);
    // A bare "summer heat" is an adjective; "the fall"/"the spring" alone are too often not seasons.
    if (!yearText && !modifier && !realPreposition && !(preposition && !weakWord)) return null;
    if (weakWord && !yearText && !modifier && /^\s+of\b/.test(after)) return null; // "the fall of the city"
    // Keep "the" and the modifier in the span; drop a leading preposition ("in the summer").
    const lead = !modifier && realPreposition ? (/^\S+\s+/.exec(whole)?.[0].length ?? 0) : 0;
    const start = index + lead;
    const text = whole.slice(lead);
    let year: number;
    if (yearText) year = Number(yearText);
    else {
      const direction = directionFromText(modifier ?? '', tenseAround(context.text, index, index + whole.length));
      const keyOf = (y: number) => y * 4 + season.index;
      year = /^this$/i.test(modifier ?? '')
        ? pickYear(ref.year, keyOf, seasonIndex(ref), 'nearest')
        : pickYear(ref.year, keyOf, seasonIndex(ref), direction);
    }
    const value = `${formatYear(year)}-${season.code}`;
    const result = newsResult(
      context, start, text,
      { value, granularity: 'season', known: yearText ? ['year'] : [], relative: !yearText, stated: !!yearText },
      { year, month: season.month, day: 1 },
    );
    const mod = modFromWord(modifier?.replace(/^the /i, ''));
    if (mod) tagMod(result.start, mod);
    return result;
  }
}
