// Short texts (a search box, a link's headline) → index terms: the places and actors they name,
// their content words, and months they state.
import type { LexiconData, QueryTerm } from '../repository';
import { compileNames, findNames } from '../mentions/names';
import { wordTerms } from './terms';

export function shortTextTerms(text: string, lexicon: LexiconData): QueryTerm[] {
  const compiled = compileNames(lexicon.places, lexicon.actors, lexicon);
  const terms = new Map<string, number>();
  const broad = new Set(lexicon.places.filter((p) => p.broad).map((p) => p.id));
  for (const hit of findNames(text, compiled)) {
    const term = `${hit.entry.kind === 'place' ? 'p' : 'a'}:${hit.entry.id}`;
    const weight = hit.entry.kind === 'place' && broad.has(hit.entry.id) ? 0.5 : 2;
    terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  }
  for (const t of wordTerms(text)) if (!terms.has(t)) terms.set(t, 1);
  return [...terms].map(([term, weight]) => ({ term, weight }));
}
