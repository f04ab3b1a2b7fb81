// Decades: "the 1990s", "the early 1960s", "mid-1980s", "the '90s". TimeML writes a decade as its first
// three digits (199). Two-digit forms need the apostrophe: "in her 90s" is an age and "the 90s" may be
// a temperature. A century-looking "1800s" is kept as the decade it spells; news rarely means otherwise.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { Ymd } from '../calendar';
import { modFromWord, tagMod } from '../news-value';
import { NewsParser, newsResult } from './news-parser';

const PATTERN = /(?:(early|mid|late)[\s-]+)?(?:((?:1[0-9]|20)\d)0|['’‘](\d)0)['’]?s(?![\w'’])/i;

export class DecadeParser extends NewsParser {
  protected readonly regex = PATTERN;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const [text, modWord, threeDigits, oneDigit] = match;
    let decade: number;
    let stated = true;
    if (threeDigits) decade = Number(threeDigits);
    else {
      // "the '90s" in a 2024 paper is the 1990s; "the '20s" is this century's once it has begun.
      const inThisCentury = Math.floor(ref.year / 100) * 10 + Number(oneDigit);
      decade = inThisCentury * 10 <= ref.year ? inThisCentury : inThisCentury - 10;
      stated = false;
    }
    const value = String(decade).padStart(3, '0');
    const result = newsResult(
      context, index, text,
      { value, granularity: 'decade', known: stated ? ['year'] : [], relative: false, stated },
      { year: decade * 10, month: 1, day: 1 },
    );
    const mod = modFromWord(modWord);
    if (mod) tagMod(result.start, mod);
    return result;
  }
}
