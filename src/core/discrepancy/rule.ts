// One interface for every discrepancy rule: the article as read, the events it was linked to, and
// the records; out come discrepancies that quote the article's own words.
import type { LexiconData } from '../repository';
import type { ArticleView } from '../matching/article-query';
import type { ContextLink, ScoredMatch } from '../matching/link';
import type { ArticleSnapshot, Discrepancy, DiscrepancyKind, Mentions, PlaceRecord, SeriesRecord } from '../types';

export interface RuleInput {
  snapshot: ArticleSnapshot;
  mentions: Mentions;
  matches: ScoredMatch[];
  contexts: ContextLink[];
  view: ArticleView;
  series: SeriesRecord[];
  lexicon: LexiconData;
  places: ReadonlyMap<string, PlaceRecord>;
}

export interface Rule {
  kind: DiscrepancyKind;
  run(input: RuleInput): Discrepancy[];
}

/** The sentence around [start, end), for rules that read a mention's surroundings. */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e]!)) e++;
  if (e < text.length && text[e] !== '\n') e++;
  const raw = text.slice(s, e);
  const lead = raw.length - raw.trimStart().length;
  return { text: raw.trim(), start: s + lead, end: s + lead + raw.trim().length };
}
