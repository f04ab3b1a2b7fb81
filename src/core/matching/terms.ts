// Index terms. The same functions name an event's terms when a pack is installed and an article's
// terms when candidates are looked up, so the two sides always agree:
//   p:<place id>  a:<actor id>  w:<word>  m:<YYYY-MM>  id:<event id>
import type { EventRecord, PlaceRecord } from '../types';
import { foldWords } from '../text/fold';

const STOPWORDS = new Set(
  (
    'a an the and or but of in on at to for from by with without as is are was were be been being has have had ' +
    'it its this that these those there their they them he she his her him who whom which what when where why how ' +
    'after before during over under into onto about against between through amid among than then also not no nor ' +
    'said says say told tells new more most some any all each other such only own same so too very can will just ' +
    'up down out off again further once here both few per via incl including near across around while since until ' +
    'israeli israel palestinian palestinians gaza strip people killed kills kill dead death deaths day days year years ' +
    'de la el los las en y del que un una le les des et du au aux der die das und im den von mit og i pa av til som'
  ).split(' '),
);

/** Crude English plural folding: enough for "strikes"/"strike", "rockets"/"rocket". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * A looser root than stem(), for comparing short descriptions rather than indexing:
 * "evacuation", "evacuated" and "evacuate" all give "evacuat".
 */
export function root(word: string): string {
  const w = word.toLowerCase();
  for (const suffix of ['ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ed', 'es', 's', 'e']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Content words of a text as w: terms (folded, stemmed, no stopwords, no bare numbers). */
export function wordTerms(text: string): string[] {
  const out = new Set<string>();
  for (const w of foldWords(text)) {
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(`w:${stem(w)}`);
  }
  return [...out];
}

export function monthTerm(isoDate: string): string {
  return `m:${isoDate.slice(0, 7)}`;
}

/** Every month an event spans (capped: long operations should not flood the month postings). */
export function monthTerms(date: string, dateEnd: string | null, cap = 24): string[] {
  const start = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7) || '1') - 1, 1);
  const endIso = dateEnd ?? date;
  const end = Date.UTC(Number(endIso.slice(0, 4)), Number(endIso.slice(5, 7) || '12') - 1, 1);
  const out: string[] = [];
  for (let t = start, i = 0; t <= end && i < cap; i++) {
    const d = new Date(t);
    out.push(`m:${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
    t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  return out;
}

/** Terms an installed event is found by. Parent places are included: al-Qarara is in Khan Younis. */
export function eventTerms(event: EventRecord, places: ReadonlyMap<string, PlaceRecord>): string[] {
  const terms = new Set<string>([`id:${event.id}`]);
  for (const p of event.places) {
    let place = places.get(p.id);
    terms.add(`p:${p.id}`);
    for (let depth = 0; place?.parent && depth < 3; depth++) {
      terms.add(`p:${place.parent}`);
      place = places.get(place.parent);
    }
  }
  for (const a of event.actors) terms.add(`a:${a}`);
  for (const t of wordTerms(`${event.title} ${event.keywords.join(' ')}`)) terms.add(t);
  for (const t of monthTerms(event.date, event.dateEnd)) terms.add(t);
  return [...terms];
}
