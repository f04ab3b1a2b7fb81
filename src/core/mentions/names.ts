// Gazetteer and alias lookup: finds the places and actors of the installed packs in a text.
// Names are compared token by token after folding (case, diacritics, the Arabic article), so
// "Khān Yūnis", "Khan Younis" and "al-Qarara"/"Al Qarara" match their entries; a consonant-skeleton
// key catches remaining transliteration variants (Khan Yunes, Ezzedine) at lower strength.
import type { ActorRecord, PlaceRecord } from '../types';
import { fold, skeleton, skeletonOfFolded } from '../text/fold';

export interface NameEntry {
  kind: 'place' | 'actor';
  id: string;
  name: string;
}

export interface NameHit {
  entry: NameEntry;
  start: number;
  end: number;
  /** 'exact' = folded tokens equal an alias; 'skeleton' = only the consonant skeleton agrees. */
  strength: 'exact' | 'skeleton';
}

interface Token {
  folded: string;
  start: number;
  end: number;
  capital: boolean;
  /** "al"/"el" and hyphenated sun-letter articles: skipped inside names, kept in spans. */
  article: boolean;
}

interface Compiled {
  /** First folded token → aliases (as folded token lists) starting with it. */
  exact: Map<string, { tokens: string[]; entry: NameEntry; needsCapital: boolean }[]>;
  skeletons: Map<string, NameEntry[]>;
  maxTokens: number;
  /** Actor ids of people, whose surnames refer back to them. */
  people: Set<string>;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*(-?)/gu;
const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an']);
// Skeletons lose the vowels, so short ones collide; multi-word names are specific enough at 3.
const MIN_SKELETON = 4;
const MIN_SKELETON_MULTIWORD = 3;
const skeletonLongEnough = (sk: string, words: number) => sk.length >= (words > 1 ? MIN_SKELETON_MULTIWORD : MIN_SKELETON);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].replace(/-$/, '');
    const lower = raw.toLowerCase();
    const article = (lower === 'al' || lower === 'el') || (m[1] === '-' && ARTICLES.has(lower));
    out.push({ folded: article ? lower : fold(raw), start: m.index, end: m.index + raw.length, capital: /^[\p{Lu}\p{Lo}]/u.test(raw), article });
  }
  return out;
}

const cache = new WeakMap<object, Compiled>();

export function compileNames(places: PlaceRecord[], actors: ActorRecord[], key: object = places): Compiled {
  const hit = cache.get(key);
  if (hit) return hit;
  const exact: Compiled['exact'] = new Map();
  const skeletons: Compiled['skeletons'] = new Map();
  let maxTokens = 1;
  const seen = new Set<string>();
  const add = (entry: NameEntry, alias: string) => {
    const folded = fold(alias);
    const tokens = folded.split(' ').filter(Boolean);
    if (!tokens.length) return;
    // Lower-case aliases ("the army") are real phrases; only match them when written so.
    const needsCapital = /\p{Lu}/u.test(alias) || /[\u0600-\u06FF]/.test(alias);
    const list = exact.get(tokens[0]!) ?? exact.set(tokens[0]!, []).get(tokens[0]!)!;
    const key = `${entry.kind}:${entry.id}|${folded}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ tokens, entry, needsCapital });
    maxTokens = Math.max(maxTokens, tokens.length);
    const sk = skeletonOfFolded(folded);
    if (skeletonLongEnough(sk, tokens.length) && needsCapital) {
      const entries = skeletons.get(sk) ?? skeletons.set(sk, []).get(sk)!;
      if (!entries.some((e) => e.id === entry.id)) entries.push(entry);
    }
  };
  for (const p of places) for (const alias of [p.name, ...p.aliases]) add({ kind: 'place', id: p.id, name: p.name }, alias);
  for (const a of actors) for (const alias of [a.name, ...a.aliases]) add({ kind: 'actor', id: a.id, name: a.name }, alias);
  for (const list of exact.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const compiled = { exact, skeletons, maxTokens: Math.min(maxTokens, 8), people: new Set(actors.filter((a) => a.type === 'person').map((a) => a.id)) };
  cache.set(key, compiled);
  return compiled;
}

/** Content tokens from index i on (articles skipped), at most n of them, with their token indexes. */
function contentTokens(tokens: Token[], i: number, n: number): number[] {
  const out: number[] = [];
  for (let j = i; j < tokens.length && out.length < n; j++) if (!tokens[j]!.article) out.push(j);
  return out;
}

/**
 * News copy names a person in full once and by surname after ("Sinwar was killed..."). A bare,
 * capitalised surname after a full-name mention refers to that person, even when the lexicon holds
 * two people of that name: the article has said which one it means.
 */
function surnameHits(tokens: Token[], hits: NameHit[], compiled: Compiled): NameHit[] {
  const named = new Map<string, { entry: NameEntry; at: number }>();
  for (const h of hits) {
    if (h.entry.kind !== 'actor' || !compiled.people.has(h.entry.id)) continue;
    const last = fold(h.entry.name).split(' ').pop() ?? '';
    if (last.length >= 4 && !named.has(last)) named.set(last, { entry: h.entry, at: h.end });
  }
  if (!named.size) return [];
  const out: NameHit[] = [];
  for (const t of tokens) {
    const n = named.get(t.folded);
    if (!n || !t.capital || t.start < n.at || hits.some((h) => t.start >= h.start && t.end <= h.end)) continue;
    out.push({ entry: n.entry, start: t.start, end: t.end, strength: 'exact' });
  }
  return out;
}

/** Finds names in the text; longest match wins, overlapping shorter matches are dropped. */
export function findNames(text: string, compiled: Compiled): NameHit[] {
  const tokens = tokenize(text);
  const hits: NameHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // A name may start with its article: "al-Qarara", "Al Mawasi". The span then includes it.
    const spanStart = t.start;
    const first = t.article ? i + 1 : i;
    const idx = contentTokens(tokens, first, compiled.maxTokens);
    const head = idx.length ? tokens[idx[0]!]! : null;
    let matched: { n: number; entries: NameEntry[]; strength: NameHit['strength'] } | null = null;
    if (head) {
      for (const cand of compiled.exact.get(head.folded) ?? []) {
        if (cand.tokens.length > idx.length) continue;
        if (cand.needsCapital && !head.capital && !t.capital) continue;
        if (cand.tokens.every((tok, k) => tokens[idx[k]!]!.folded === tok)) {
          if (!matched || cand.tokens.length > matched.n) matched = { n: cand.tokens.length, entries: [cand.entry], strength: 'exact' };
          else if (cand.tokens.length === matched.n && !matched.entries.some((e) => e.id === cand.entry.id)) matched.entries.push(cand.entry);
        }
      }
      if (!matched && head.capital) {
        for (let n = Math.min(idx.length, 4); n >= 1 && !matched; n--) {
          const words = idx.slice(0, n).map((k) => tokens[k]!);
          if (!words.every((w) => w.capital)) continue;
          const sk = skeleton(words.map((w) => w.folded).join(' '));
          const entries = skeletonLongEnough(sk, n) ? compiled.skeletons.get(sk) : undefined;
          if (entries?.length) matched = { n, entries, strength: 'skeleton' };
        }
      }
    }
    if (matched) {
      const last = tokens[idx[matched.n - 1]!]!;
      for (const entry of matched.entries) hits.push({ entry, start: spanStart, end: last.end, strength: matched.strength });
      i = idx[matched.n - 1]! + 1;
    } else {
      i++;
    }
  }
  return [...hits, ...surnameHits(tokens, hits, compiled)].sort((a, b) => a.start - b.start);
}
