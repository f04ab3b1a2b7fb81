// "late November", "mid-October", "the end of March", "early 1998": the words before a month or a year
// narrow it without making it a day. TimeML keeps them in the span and records them as a mod; so do we.
// chrono-node's own end-of-period refiner would turn "the end of March" into 31 March, a day the text
// never names, so this runs before it.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { modFromWord, readMod, readValue, tagMod } from '../news-value';

const PREFIX = /(?:^|[^\w-])((early|mid|middle|late)|(?:the\s+)?(?:very\s+)?(end|beginning|start|middle)\s+of)[\s-]+(?:the\s+)?$/i;

/** Extends a month- or year-level result over the words before it that narrow it. */
export function extendWithModifier(context: ParsingContext, result: ParsingResult): void {
  if (!isPeriod(result) || readMod(result.start.tags())) return;
  const before = context.text.slice(Math.max(0, result.index - 30), result.index);
  const m = PREFIX.exec(before);
  if (!m?.[1]) return;
  const mod = modFromWord(m[2] ?? m[3]);
  if (!mod) return;
  const lead = before.slice(m.index + m[0].indexOf(m[1]));
  result.index -= lead.length;
  result.text = lead + result.text;
  tagMod(result.start, mod);
}

function isPeriod(result: ParsingResult): boolean {
  const news = readValue(result.start);
  if (news) return ['month', 'year', 'season', 'decade', 'quarter', 'half'].includes(news.granularity) && !news.relative;
  const s = result.start;
  return !result.end && s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday');
}

export class PeriodModifierRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) extendWithModifier(context, result);
    return results;
  }
}
