// Candidate ranking over posting lists: sum of weight × idf per event, best `limit` first. A broad
// term (a country, a busy month) can list tens of thousands of events, so scores accumulate in one
// Float64Array per pack and the best are kept in a small heap: no per-posting objects or string keys,
// which would cost tens of milliseconds per query at 100k events.

export interface TermPostings {
  term: string;
  weight: number;
  /** Per pack (same order as the pack list): ascending ordinals, or null when the pack lacks the term. */
  lists: (Uint32Array | null)[];
}

export interface Ranked {
  pack: number;
  ordinal: number;
  score: number;
  hits: { term: string; idf: number }[];
}

/** (score, ordinal, pack) ranks before b: higher score, then lower ordinal, then earlier pack. */
function beats(score: number, ordinal: number, pack: number, b: Ranked): boolean {
  return score !== b.score ? score > b.score : ordinal !== b.ordinal ? ordinal < b.ordinal : pack < b.pack;
}

function before(a: Ranked, b: Ranked): boolean {
  return beats(a.score, a.ordinal, a.pack, b);
}

/** The best `limit` items, best first, in a bounded heap whose root is the worst one kept. */
class TopK {
  readonly items: Ranked[] = [];
  constructor(private readonly limit: number) {}

  offer(pack: number, ordinal: number, score: number): void {
    const h = this.items;
    if (h.length < this.limit) {
      h.push({ pack, ordinal, score, hits: [] });
      for (let i = h.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!before(h[p]!, h[i]!)) break;
        [h[p], h[i]] = [h[i]!, h[p]!];
        i = p;
      }
    } else if (h.length && beats(score, ordinal, pack, h[0]!)) {
      h[0] = { pack, ordinal, score, hits: [] };
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let worst = i;
        if (l < h.length && before(h[worst]!, h[l]!)) worst = l;
        if (r < h.length && before(h[worst]!, h[r]!)) worst = r;
        if (worst === i) break;
        [h[worst], h[i]] = [h[i]!, h[worst]!];
        i = worst;
      }
    }
  }

  sorted(): Ranked[] {
    return [...this.items].sort((a, b) => (before(a, b) ? -1 : 1));
  }
}

function contains(list: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * `packSizes[i]` is the number of events in pack i; `total` is the event count idf is taken over.
 * Terms are summed in the order given, so equal inputs give bit-equal scores.
 */
export function rankEvents(terms: TermPostings[], packSizes: number[], total: number, limit: number): Ranked[] {
  const scores = packSizes.map((n) => new Float64Array(n));
  const touched = packSizes.map((n) => new Uint8Array(n));
  const idfs: number[] = [];
  for (const t of terms) {
    let df = 0;
    for (const list of t.lists) df += list?.length ?? 0;
    const idf = df ? Math.log(1 + total / df) : 0;
    idfs.push(idf);
    if (!df) continue;
    const w = t.weight * idf;
    t.lists.forEach((list, p) => {
      if (!list) return;
      const s = scores[p]!;
      const seen = touched[p]!;
      for (let i = 0; i < list.length; i++) {
        const o = list[i]!;
        if (o >= s.length) continue; // a damaged row must not write outside the pack
        s[o] = s[o]! + w;
        seen[o] = 1;
      }
    });
  }
  const top = new TopK(Math.max(0, limit));
  touched.forEach((seen, p) => {
    const s = scores[p]!;
    for (let o = 0; o < seen.length; o++) if (seen[o]) top.offer(p, o, s[o]!);
  });
  const best = top.sorted();
  for (const r of best) {
    terms.forEach((t, i) => {
      const list = t.lists[r.pack];
      if (list && idfs[i]! > 0 && contains(list, r.ordinal)) r.hits.push({ term: t.term, idf: idfs[i]! });
    });
  }
  return best;
}
