// All mention stages over one article, in order. Each stage is pure and sees the text and the
// reference date; place and actor lookups also see the lexicon of the installed packs.
import type { LexiconData } from '../repository';
import type { ArticleSnapshot, Mentions } from '../types';
import { extractContexts } from './context';
import { extractDates } from './dates';
import { extractFigures } from './figures';
import { compileNames, findNames } from './names';
import { actorMentions, placeMentions } from './places';
import { extractSourcing } from './sourcing';

const broadCache = new WeakMap<LexiconData, Set<string>>();
function broadPlaces(lexicon: LexiconData): Set<string> {
  let set = broadCache.get(lexicon);
  if (!set) broadCache.set(lexicon, (set = new Set(lexicon.places.filter((p) => p.broad).map((p) => p.id))));
  return set;
}

export function extractMentions(snapshot: ArticleSnapshot, lexicon: LexiconData): Mentions {
  const text = snapshot.text;
  const names = findNames(text, compileNames(lexicon.places, lexicon.actors, lexicon));
  return {
    dates: extractDates(text, snapshot.published),
    contexts: extractContexts(text),
    figures: extractFigures(text),
    places: placeMentions(text, names, broadPlaces(lexicon)),
    actors: actorMentions(text, names),
    sourcing: extractSourcing(text),
  };
}

/** True when [start, end) lies inside one of the spans (e.g. a context clause). */
export function insideAny(spans: { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
