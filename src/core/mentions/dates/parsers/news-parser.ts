// The shape every parser of this stage shares: chrono-node's Parser (a pattern, then an extract that
// builds a result), with the word-boundary check made against the whole text. chrono re-runs a
// pattern on the text after the previous match, where a lookbehind cannot see the word it cuts into.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { Ymd } from '../calendar';
import { tagValue, type NewsValue } from '../news-value';
import { referenceDay } from '../reference';

const WORD_CHAR = /[\p{L}\p{N}_]/u;

export abstract class NewsParser implements Parser {
  protected abstract readonly regex: RegExp;
  /** A glued dateline ("Web DeskNovember 2, 2024") starts inside a word on purpose. */
  protected readonly leftBoundary: boolean = true;

  pattern(): RegExp {
    return this.regex;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    if (this.leftBoundary && WORD_CHAR.test(context.text[index - 1] ?? '')) return null;
    if (WORD_CHAR.test(context.text[end] ?? '') && WORD_CHAR.test(context.text[end - 1] ?? '')) return null;
    return this.build(context, match, index, referenceDay(context));
  }

  protected abstract build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null;
}

/**
 * A chrono result carrying our value. The year is assigned (never only implied) so chrono's merging
 * refiners see a date, not a bare time of day they might glue onto a neighbouring date.
 */
export function newsResult(context: ParsingContext, index: number, text: string, value: NewsValue, day: Ymd): ParsingResult {
  const result = context.createParsingResult(index, text);
  result.start.assign('year', day.year);
  result.start.imply('month', day.month);
  result.start.imply('day', day.day);
  result.start.addTag('parser/news');
  tagValue(result.start, value);
  return result;
}
