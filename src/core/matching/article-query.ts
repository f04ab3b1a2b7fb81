// An article → the index terms that find its candidate events. Places and actors named in the story
// (not in clauses about earlier events) weigh most; title words more than body words; the months
// around the publication date and the months the text states bring in events of that time.
import type { LexiconData, QueryTerm } from '../repository';
import type { ArticleSnapshot, Mentions } from '../types';
import { insideAny } from '../mentions';
import { monthTerm, wordTerms } from './terms';

const MAX_WORDS = 60;

export interface ArticleView {
  /** Place ids named outside context clauses, with how often and whether in the title. */
  places: Map<string, { count: number; inTitle: boolean }>;
  actors: Map<string, { count: number; inTitle: boolean }>;
  /** w: terms of the title and of the whole text. */
  titleWords: Set<string>;
  words: Map<string, number>;
}

function addMention(map: ArticleView['places'], id: string, inTitle: boolean): void {
  const got = map.get(id);
  if (got) {
    got.count++;
    got.inTitle ||= inTitle;
  } else map.set(id, { count: 1, inTitle });
}

/** What the story itself names, leaving out what its context clauses say about earlier events. */
export function articleView(snapshot: ArticleSnapshot, mentions: Mentions, spans = mentions.contexts.map((c) => c.clause)): ArticleView {
  const titleEnd = snapshot.blocks[0]?.tag === 'title' ? snapshot.blocks[0].text.length : 0;
  const view: ArticleView = { places: new Map(), actors: new Map(), titleWords: new Set(wordTerms(snapshot.title)), words: new Map() };
  for (const p of mentions.places) if (!insideAny(spans, p.start, p.end)) addMention(view.places, p.placeId, p.start < titleEnd);
  for (const a of mentions.actors) if (!insideAny(spans, a.start, a.end)) addMention(view.actors, a.actorId, a.start < titleEnd);
  // Words of context clauses are dropped too: they describe the earlier event.
  let text = snapshot.text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) text = text.slice(0, s.start) + ' ' + text.slice(s.end);
  for (const block of text.split(/\n\n/)) {
    for (const w of wordTerms(block)) view.words.set(w, (view.words.get(w) ?? 0) + 1);
  }
  return view;
}

export function articleQuery(view: ArticleView, mentions: Mentions, published: string | null, lexicon: LexiconData): QueryTerm[] {
  const broad = new Set(lexicon.places.filter((p) => p.broad).map((p) => p.id));
  const terms = new Map<string, number>();
  const put = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  for (const [id, m] of view.places) put(`p:${id}`, (broad.has(id) ? 0.3 : 2) * (m.inTitle ? 1.5 : 1));
  for (const [id, m] of view.actors) put(`a:${id}`, 1.5 * (m.inTitle ? 1.5 : 1));
  for (const w of view.titleWords) put(w, 1.5);
  const body = [...view.words].sort((a, b) => b[1] - a[1]).slice(0, MAX_WORDS);
  for (const [w] of body) put(w, view.titleWords.has(w) ? 1.5 : 0.6);
  if (published) {
    put(monthTerm(published), 1);
    const d = new Date(`${published}T00:00:00Z`);
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - 1);
    put(monthTerm(d.toISOString()), 0.7);
  }
  for (const date of mentions.dates) if (/^\d{4}-\d{2}/.test(date.value)) put(monthTerm(date.value), 0.5);
  return [...terms].map(([term, weight]) => ({ term, weight }));
}
