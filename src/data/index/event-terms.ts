// eventTerms() (src/core/matching/terms.ts) for a whole pack, fast. Per event it costs ~10 µs, a
// second for 100k events, mostly in folding titles (Unicode normalisation and a dozen regular
// expressions) and in hashing freshly built term strings for the posting map. Here every part is
// derived once and kept as a small number (the term's index in `names`):
// - words: fold() never joins or splits anything across whitespace (its tokens are runs of letters
//   and digits), so the word terms of a text are the union of those of its whitespace-separated
//   pieces, and each distinct piece is folded once;
// - whole keywords, places with their parents, actors and months are cached by text, id or date.
// The terms are the same as eventTerms' (a test holds the two equal over whole packs); an event may
// emit a term more than once.
import { monthTerms, wordTerms } from '../../core/matching/terms';
import type { EventRecord, PlaceRecord } from '../../core/types';

const WHITESPACE = /\s+/;
const OTHER_WHITESPACE = /[^\S ]/;

export interface TermIndexer {
  /** Term number → term. */
  names: string[];
  /** Calls emit with the number of each term of the event. */
  terms(event: EventRecord, emit: (term: number) => void): void;
}

export function eventTermsIndexer(places: ReadonlyMap<string, PlaceRecord>): TermIndexer {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const intern = (term: string): number => {
    let n = numbers.get(term);
    if (n === undefined) {
      n = names.push(term) - 1;
      numbers.set(term, n);
    }
    return n;
  };
  const pieces = new Map<string, number[]>();
  const keywords = new Map<string, number[]>();
  const placeTerms = new Map<string, number[]>();
  const actorTerms = new Map<string, number>();
  const months = new Map<string, number[]>();

  const words = (text: string, emit: (term: number) => void) => {
    // Splitting on plain spaces is several times faster than on a regular expression.
    for (const piece of OTHER_WHITESPACE.test(text) ? text.split(WHITESPACE) : text.split(' ')) {
      if (!piece) continue;
      let terms = pieces.get(piece);
      if (!terms) pieces.set(piece, (terms = wordTerms(piece).map(intern)));
      for (const t of terms) emit(t);
    }
  };
  // Keywords (places, actors, categories) repeat across events far more than titles do.
  const keywordTerms = (keyword: string): number[] => {
    let terms = keywords.get(keyword);
    if (!terms) {
      const found: number[] = [];
      words(keyword, (t) => found.push(t));
      keywords.set(keyword, (terms = found));
    }
    return terms;
  };

  // The same walk as eventTerms: the place, then up to three enclosing places.
  const placeAndParents = (id: string): number[] => {
    let terms = placeTerms.get(id);
    if (terms) return terms;
    const found = [`p:${id}`];
    let place = places.get(id);
    for (let depth = 0; place?.parent && depth < 3; depth++) {
      found.push(`p:${place.parent}`);
      place = places.get(place.parent);
    }
    placeTerms.set(id, (terms = found.map(intern)));
    return terms;
  };

  return {
    names,
    terms(event, emit) {
      emit(intern(`id:${event.id}`));
      for (const p of event.places) for (const t of placeAndParents(p.id)) emit(t);
      for (const a of event.actors) {
        let t = actorTerms.get(a);
        if (t === undefined) actorTerms.set(a, (t = intern(`a:${a}`)));
        emit(t);
      }
      words(event.title, emit);
      for (const k of event.keywords) for (const t of keywordTerms(k)) emit(t);
      const span = event.dateEnd === null ? event.date : `${event.date}/${event.dateEnd}`;
      let m = months.get(span);
      if (!m) months.set(span, (m = monthTerms(event.date, event.dateEnd).map(intern)));
      for (const t of m) emit(t);
    },
  };
}
