// Refiner: where a figure happened, as the article names it ("in Khan Younis", "near the southern
// city of Rafah", "in the Gaza Strip"). Only capitalised names after a place preposition count, in
// the figure's own sentence, nearest after the figure first. The words are kept as written; the
// places stage maps names to gazetteer ids.
import type { Candidate, Ctx } from './model';
import type { FigureLang } from './lexicon';
import { execAll } from './unicode-re';

const PREPS: Record<FigureLang, string[]> = {
  // Not "on": "a strike on Hamas's commander" names a target, not a place.
  en: ['in', 'near', 'at', 'across', 'around', 'outside', 'inside', 'throughout'],
  es: ['en', 'cerca de'],
  fr: ['à', 'dans', 'près de', 'en'],
  de: ['in', 'im', 'bei', 'nahe'],
  pt: ['em', 'no', 'na', 'perto de'],
  it: ['a', 'in', 'nel', 'nella', 'vicino a'],
  nordic: ['i', 'ved', 'nær', 'nära', 'på'],
};
const KINDS = 'city|town|village|camp|area|district|neighbourhood|neighborhood|region|governorate|province|suburb|municipality|refugee camp|ciudad|ville|stadt|byen|staden|città|cidade';
const NAME = String.raw`(?:(?:al|el|an|ash|ad|az|as|ar|at)-)?\p{Lu}\p{L}*(?:['’]\p{L}+)?(?:-\p{Lu}\p{L}*)*`;
// Capitalised words that follow a preposition without naming a place.
const NOT_PLACES = new Set(
  `The A An This That These Those His Her Their Its Israeli Israelis Palestinian Palestinians Lebanese Hamas Hezbollah
  IDF Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Reuters AFP AP Jazeera Arabic English Islamic Jewish Arab Muslim Christian
  American British French German Russian Ukrainian Syrian Iranian UN US`.split(/\s+/),
);

const cap = (w: string) => w.replace(/^\p{L}/u, (c) => `[${c.toUpperCase()}${c}]`);

const PLACE_RE: Record<FigureLang, RegExp> = Object.fromEntries(
  (Object.keys(PREPS) as FigureLang[]).map((lang) => {
    const preps = [...new Set([...PREPS[lang], ...(lang === 'en' ? [] : PREPS.en.slice(0, 2))])].map((p) => cap(p).replace(/ /g, String.raw`\s+`));
    const src = String.raw`(?<![\p{L}])(?:${preps.join('|')})\s+(?:the\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:${KINDS})\s+of\s+)?)?(${NAME}(?:\s+${NAME}){0,3})`;
    return [lang, new RegExp(src, 'gu')];
  }),
) as Record<FigureLang, RegExp>;

interface Found {
  name: string;
  start: number;
}

export function refinePlaces(ctx: Ctx): void {
  const bySent = new Map<number, Found[]>();
  for (const c of ctx.candidates) {
    let found = bySent.get(c.sent);
    if (!found) {
      found = placesIn(ctx, c.sent);
      bySent.set(c.sent, found);
    }
    const place = nearest(ctx, c, found);
    if (place) c.scope.place = place;
  }
}

const bare = (w: string) => w.replace(/['’]s$/, '');
const TITLE_CASE_SHARE = 0.6;

function placesIn(ctx: Ctx, sent: number): Found[] {
  const s = ctx.sents[sent];
  if (!s || isTitleCase(ctx, s.first, s.next)) return [];
  const re = PLACE_RE[ctx.lex.lang];
  const text = ctx.text.slice(s.start, s.end);
  const out: Found[] = [];
  for (const m of execAll(re, text)) {
    const words = (m[1] ?? '').split(/\s+/);
    // Drop trailing words that are not names ("in Gaza City on", "in Rafah The").
    while (words.length && NOT_PLACES.has(bare(words[words.length - 1]!))) words.pop();
    if (!words.length || NOT_PLACES.has(bare(words[0]!))) continue;
    const name = words.join(' ').replace(/['’]s$/, '');
    out.push({ name, start: s.start + m.index + m[0].length - (m[1] ?? '').length });
  }
  return out;
}

// Headlines in title case capitalise every word, so capitals say nothing about names there.
function isTitleCase(ctx: Ctx, first: number, next: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = first; k < next; k++) {
    const t = ctx.toks[k]!;
    if (!t.word || t.low.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 4 && caps / words >= TITLE_CASE_SHARE;
}

function nearest(ctx: Ctx, c: Candidate, found: Found[]): string | undefined {
  const end = ctx.toks[c.next - 1]!.end;
  const start = ctx.toks[c.first]!.start;
  const after = found.find((f) => f.start >= end);
  if (after) return after.name;
  const before = found.filter((f) => f.start < start);
  return before[before.length - 1]?.name ?? found.find((f) => f.start >= start)?.name;
}
