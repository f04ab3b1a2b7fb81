// Posting lists are stored in shards: each shard row holds the terms that hash to it, sorted, and one
// Uint32Array of event ordinals. A row is a string and three typed arrays, which IndexedDB copies as
// flat bytes: cheap to write at install and to read on a cold query. Terms are found by binary
// search over `ends`, so a shard is used as read, without building a Map per shard, and a term may
// contain any character (ids come from imported files).

export interface ShardData {
  /** The shard's terms, sorted (UTF-16 order) and concatenated. */
  terms: string;
  /** Term i is terms.slice(ends[i - 1] ?? 0, ends[i]). */
  ends: Uint32Array;
  /** Postings of term i are postings[offsets[i], offsets[i + 1]). */
  offsets: Uint32Array;
  /** Event ordinals, ascending within each term. */
  postings: Uint32Array;
}

/** FNV-1a: fast, stable across runs and engines. */
export function hashTerm(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardOf(term: string, shardCount: number): number {
  return hashTerm(term) % shardCount;
}

export const SHARD_POSTINGS = 4096;

/**
 * A power of two from 16 to 4096 giving about `perShard` postings a shard. At 4k (~16 KB of
 * postings plus the terms) a query of ~80 terms reads ~80 small rows, and rows this size stay
 * inline in Chromium's IndexedDB (values over 64 KB become blob files, a file read each).
 */
export function chooseShardCount(totalPostings: number, perShard = SHARD_POSTINGS): number {
  let n = 16;
  while (n < 4096 && totalPostings / n > perShard) n *= 2;
  return n;
}

/** `entries` is term → ascending ordinals. */
export function encodeShard(entries: Map<string, number[]>): ShardData {
  const terms = [...entries.keys()].sort();
  const ends = new Uint32Array(terms.length);
  const offsets = new Uint32Array(terms.length + 1);
  let total = 0;
  for (const t of terms) total += entries.get(t)!.length;
  const postings = new Uint32Array(total);
  let at = 0;
  let chars = 0;
  terms.forEach((t, i) => {
    chars += t.length;
    ends[i] = chars;
    offsets[i] = at;
    const list = entries.get(t)!;
    postings.set(list, at);
    at += list.length;
  });
  offsets[terms.length] = at;
  return { terms: terms.join(''), ends, offsets, postings };
}

/** Postings of `term` in a stored shard, or null. */
export function lookupTerm(shard: ShardData, term: string): Uint32Array | null {
  let lo = 0;
  let hi = shard.ends.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const found = shard.terms.slice(mid ? shard.ends[mid - 1]! : 0, shard.ends[mid]!);
    if (found === term) return shard.postings.subarray(shard.offsets[mid]!, shard.offsets[mid + 1]!);
    if (found < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** Every term of a shard with its postings (tests, debugging). */
export function decodeShard(shard: ShardData): Map<string, Uint32Array> {
  const map = new Map<string, Uint32Array>();
  for (let i = 0; i < shard.ends.length; i++) {
    map.set(shard.terms.slice(i ? shard.ends[i - 1]! : 0, shard.ends[i]!), shard.postings.subarray(shard.offsets[i]!, shard.offsets[i + 1]!));
  }
  return map;
}
