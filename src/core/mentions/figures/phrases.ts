// Phrase tables matched token by token. Tables are compiled once at module load; lookups are a Map
// get on the first (or last) word plus a short comparison, so scanning a page stays linear.
import { tokenize } from '../../text/numbers';
import type { Tok } from './model';

export interface Entry<V> {
  words: string[];
  value: V;
}

export interface PhraseTable<V> {
  byFirst: Map<string, Entry<V>[]>;
  byLast: Map<string, Entry<V>[]>;
}

export interface PhraseMatch<V> {
  /** Token range [start, end). */
  start: number;
  end: number;
  value: V;
}

/** Lower-cased tokens of a phrase, with curly apostrophes folded like the page tokens. */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => normalizeLow(t.low));
}

export function normalizeLow(low: string): string {
  return low === '’' || low === '‘' || low === 'ʼ' ? "'" : low;
}

export function compileTable<V>(entries: Iterable<[string, V]>): PhraseTable<V> {
  const byFirst = new Map<string, Entry<V>[]>();
  const byLast = new Map<string, Entry<V>[]>();
  for (const [phrase, value] of entries) {
    const words = phraseWords(phrase);
    const first = words[0];
    const last = words[words.length - 1];
    if (first === undefined || last === undefined) continue;
    const e = { words, value };
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push(e);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(e);
  }
  // Longest phrase first, so "at least" wins over "least" and "the death toll" over "toll".
  for (const list of [...byFirst.values(), ...byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, byLast };
}

export function compileList(words: Iterable<string>): PhraseTable<true> {
  return compileTable([...words].map((w) => [w, true] as [string, true]));
}

/** The longest phrase of the table that starts at token i. */
export function matchAt<V>(table: PhraseTable<V>, toks: readonly Tok[], i: number, limit = toks.length): PhraseMatch<V> | null {
  const t = toks[i];
  if (!t) return null;
  for (const e of table.byFirst.get(t.low) ?? []) {
    if (i + e.words.length > limit) continue;
    if (e.words.every((w, k) => toks[i + k]?.low === w)) return { start: i, end: i + e.words.length, value: e.value };
  }
  return null;
}

/** The longest phrase of the table whose last token is token j. */
export function matchEndingAt<V>(table: PhraseTable<V>, toks: readonly Tok[], j: number, floor = 0): PhraseMatch<V> | null {
  const t = toks[j];
  if (!t) return null;
  for (const e of table.byLast.get(t.low) ?? []) {
    const start = j - e.words.length + 1;
    if (start < floor) continue;
    if (e.words.every((w, k) => toks[start + k]?.low === w)) return { start, end: j + 1, value: e.value };
  }
  return null;
}
