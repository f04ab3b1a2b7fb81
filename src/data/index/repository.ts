// The Repository over stored index rows. Storage is reached through an IndexSource (Dexie in the
// extension, plain arrays in the CLI and tests), so candidate ranking is one piece of code.
import type { Candidate, CandidateQuery, EventBundle, LexiconData, Repository } from '../../core/repository';
import type { SeriesRecord } from '../../core/types';
import { CHUNK_SIZE, type BuiltIndex, type PackLexicon, type StoredBundle } from './build';
import { decodeShard, shardOf, type ShardData } from './shard';

export interface StoredPackInfo {
  id: string;
  shardCount: number;
  events: number;
}

export interface IndexSource {
  packs(): Promise<StoredPackInfo[]>;
  shards(packId: string, ns: number[]): Promise<(ShardData | undefined)[]>;
  chunks(packId: string, ns: number[]): Promise<(string[] | undefined)[]>;
  lexicons(): Promise<PackLexicon[]>;
  series(): Promise<SeriesRecord[][]>;
}

const BUNDLE_CACHE_LIMIT = 5000;

interface Posting {
  packId: string;
  postings: Uint32Array;
}

export class IndexedRepository implements Repository {
  private packList: Promise<StoredPackInfo[]> | null = null;
  private lexiconData: Promise<LexiconData> | null = null;
  private seriesData: Promise<SeriesRecord[]> | null = null;
  private shardCache = new Map<string, Map<string, Uint32Array>>();
  /** Parsed bundles, so repeated reads return the same objects (features cache work on them). */
  private bundleCache = new Map<string, EventBundle>();

  constructor(private readonly source: IndexSource) {}

  private packs(): Promise<StoredPackInfo[]> {
    return (this.packList ??= this.source.packs());
  }

  lexicon(): Promise<LexiconData> {
    return (this.lexiconData ??= this.source.lexicons().then((rows) => ({
      places: rows.flatMap((r) => r.places),
      actors: rows.flatMap((r) => r.actors),
      outlets: rows.flatMap((r) => r.outlets),
    })));
  }

  series(): Promise<SeriesRecord[]> {
    return (this.seriesData ??= this.source.series().then((rows) => rows.flat()));
  }

  async eventCount(): Promise<number> {
    return (await this.packs()).reduce((n, p) => n + p.events, 0);
  }

  /** Posting lists of the given terms in every installed pack. Shards are read once and cached. */
  private async postings(terms: string[]): Promise<Map<string, Posting[]>> {
    const out = new Map<string, Posting[]>(terms.map((t) => [t, []]));
    for (const pack of await this.packs()) {
      const wanted = new Map<number, string[]>();
      for (const t of terms) {
        const n = shardOf(t, pack.shardCount);
        (wanted.get(n) ?? wanted.set(n, []).get(n)!).push(t);
      }
      const missing = [...wanted.keys()].filter((n) => !this.shardCache.has(`${pack.id}/${n}`));
      if (missing.length) {
        const rows = await this.source.shards(pack.id, missing);
        missing.forEach((n, i) => this.shardCache.set(`${pack.id}/${n}`, rows[i] ? decodeShard(rows[i]!) : new Map()));
      }
      for (const [n, ts] of wanted) {
        const shard = this.shardCache.get(`${pack.id}/${n}`)!;
        for (const t of ts) {
          const list = shard.get(t);
          if (list?.length) out.get(t)!.push({ packId: pack.id, postings: list });
        }
      }
    }
    return out;
  }

  async candidates(query: CandidateQuery): Promise<Candidate[]> {
    const total = Math.max(1, await this.eventCount());
    const weights = new Map<string, number>();
    for (const { term, weight } of query.terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    const lists = await this.postings([...weights.keys()]);
    // Score per (pack, ordinal): sum of weight × idf over the query terms the event carries.
    const scores = new Map<string, { packId: string; ordinal: number; score: number; hits: { term: string; idf: number }[] }>();
    for (const [term, postings] of lists) {
      const df = postings.reduce((n, p) => n + p.postings.length, 0);
      if (!df) continue;
      const idf = Math.log(1 + total / df);
      const w = weights.get(term)! * idf;
      for (const { packId, postings: list } of postings) {
        for (let i = 0; i < list.length; i++) {
          const key = `${packId}/${list[i]}`;
          let s = scores.get(key);
          if (!s) scores.set(key, (s = { packId, ordinal: list[i]!, score: 0, hits: [] }));
          s.score += w;
          s.hits.push({ term, idf });
        }
      }
    }
    const top = [...scores.values()].sort((a, b) => b.score - a.score || a.ordinal - b.ordinal).slice(0, query.limit);
    const bundles = await this.load(top.map((t) => ({ packId: t.packId, ordinal: t.ordinal })));
    return top.flatMap((t, i) => {
      const b = bundles[i];
      return b ? [{ ...b, indexScore: t.score, hits: t.hits }] : [];
    });
  }

  async events(ids: string[]): Promise<EventBundle[]> {
    const lists = await this.postings(ids.map((id) => `id:${id}`));
    const refs = ids.flatMap((id) => {
      const p = lists.get(`id:${id}`)?.[0];
      return p ? [{ packId: p.packId, ordinal: p.postings[0]! }] : [];
    });
    return (await this.load(refs)).filter((b): b is EventBundle => b !== null);
  }

  /** Reads the chunks holding the given events and parses only those events. */
  private async load(refs: { packId: string; ordinal: number }[]): Promise<(EventBundle | null)[]> {
    if (this.bundleCache.size > BUNDLE_CACHE_LIMIT) this.bundleCache.clear();
    const byPack = new Map<string, Set<number>>();
    for (const r of refs) {
      if (this.bundleCache.has(`${r.packId}/${r.ordinal}`)) continue;
      (byPack.get(r.packId) ?? byPack.set(r.packId, new Set()).get(r.packId)!).add(r.ordinal / CHUNK_SIZE | 0);
    }
    const chunks = new Map<string, string[]>();
    for (const [packId, ns] of byPack) {
      const list = [...ns];
      const rows = await this.source.chunks(packId, list);
      list.forEach((n, i) => rows[i] && chunks.set(`${packId}/${n}`, rows[i]!));
    }
    return refs.map(({ packId, ordinal }) => {
      const key = `${packId}/${ordinal}`;
      const cached = this.bundleCache.get(key);
      if (cached) return cached;
      const json = chunks.get(`${packId}/${ordinal / CHUNK_SIZE | 0}`)?.[ordinal % CHUNK_SIZE];
      if (!json) return null;
      const stored = JSON.parse(json) as StoredBundle;
      const bundle = { packId, event: stored.event, reports: stored.reports };
      this.bundleCache.set(key, bundle);
      return bundle;
    });
  }
}

/** An IndexSource over built indexes held in memory (CLI, tests, benchmarks). */
export function memorySource(indexes: BuiltIndex[]): IndexSource {
  const byId = new Map(indexes.map((ix) => [ix.meta.id, ix]));
  return {
    packs: async () => indexes.map((ix) => ({ id: ix.meta.id, shardCount: ix.shardCount, events: ix.counts.events })),
    shards: async (packId, ns) => ns.map((n) => byId.get(packId)?.shards[n]),
    chunks: async (packId, ns) => ns.map((n) => byId.get(packId)?.chunks[n]),
    lexicons: async () => indexes.map((ix) => ix.lexicon),
    series: async () => indexes.map((ix) => ix.series),
  };
}
