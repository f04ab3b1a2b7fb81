// Posting lists are stored in shards: each shard row holds the terms that hash to it, their offsets
// and one Uint32Array of event ordinals. Typed arrays are copied by IndexedDB as flat bytes, which is
// what keeps both install and a cold query fast (see DESIGN.md "Storage").

export interface ShardData {
  terms: string; // terms joined by \u0001, sorted
  offsets: Uint32Array; // postings of term i are postings[offsets[i], offsets[i+1])
  postings: Uint32Array; // event ordinals, ascending within each term
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

/** About 4k postings a shard: small enough to read a few per query, few enough rows to install fast. */
export function chooseShardCount(totalPostings: number): number {
  let n = 16;
  while (n < 4096 && totalPostings / n > 4096) n *= 2;
  return n;
}

export function encodeShard(entries: Map<string, number[]>): ShardData {
  const terms = [...entries.keys()].sort();
  const offsets = new Uint32Array(terms.length + 1);
  let total = 0;
  for (const t of terms) total += entries.get(t)!.length;
  const postings = new Uint32Array(total);
  let at = 0;
  terms.forEach((t, i) => {
    offsets[i] = at;
    const list = entries.get(t)!;
    postings.set(list, at);
    at += list.length;
  });
  offsets[terms.length] = at;
  return { terms: terms.join('\u0001'), offsets, postings };
}

/** Term → postings view of a stored shard; decoded lazily and cached per shard object. */
export function decodeShard(shard: ShardData): Map<string, Uint32Array> {
  const map = new Map<string, Uint32Array>();
  if (!shard.terms) return map;
  shard.terms.split('\u0001').forEach((t, i) => {
    map.set(t, shard.postings.subarray(shard.offsets[i]!, shard.offsets[i + 1]!));
  });
  return map;
}
