// The Repository over stored index rows. Storage is reached through an IndexSource (Dexie in the
// extension, plain arrays in the CLI and tests), so candidate ranking is one piece of code.
import type { Candidate, CandidateQuery, EventBundle, LexiconData, Repository } from '../../core/repository';
import type { SeriesRecord } from '../../core/types';
import { readChunkEvent, type BuiltIndex, type PackLexicon, type StoredChunk } from './build';
import { rankEvents, type TermPostings } from './rank';
import { lookupTerm, shardOf, type ShardData } from './shard';

export interface StoredPackInfo {
  id: string;
  shardCount: number;
  chunkSize: number;
  events: number;
}

export interface IndexSource {
  packs(): Promise<StoredPackInfo[]>;
  shards(packId: string, ns: number[]): Promise<(ShardData | undefined)[]>;
  chunks(packId: string, ns: number[]): Promise<(StoredChunk | undefined)[]>;
  lexicons(): Promise<PackLexicon[]>;
  series(): Promise<SeriesRecord[][]>;
}

interface Ref {
  pack: StoredPackInfo;
  ordinal: number;
}

const BUNDLE_CACHE_LIMIT = 5000;

export class IndexedRepository implements Repository {
  private packList: Promise<StoredPackInfo[]> | null = null;
  private lexiconData: Promise<LexiconData> | null = null;
  private seriesData: Promise<SeriesRecord[]> | null = null;
  /** Shards read so far, by "packId/n"; null for a shard row that is missing. */
  private shardCache = new Map<string, ShardData | null>();
  /** Parsed bundles by "packId/ordinal", so repeated reads return the same objects (features cache work on them). */
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

  /** Posting lists of the given terms, one entry per installed pack. Shards are read once and cached. */
  private async postings(terms: string[]): Promise<(Uint32Array | null)[][]> {
    const packs = await this.packs();
    const out = terms.map(() => packs.map((): Uint32Array | null => null));
    await Promise.all(
      packs.map(async (pack, p) => {
        const ns = terms.map((t) => shardOf(t, pack.shardCount));
        const missing = [...new Set(ns)].filter((n) => !this.shardCache.has(`${pack.id}/${n}`));
        if (missing.length) {
          const rows = await this.source.shards(pack.id, missing);
          missing.forEach((n, i) => this.shardCache.set(`${pack.id}/${n}`, rows[i] ?? null));
        }
        terms.forEach((t, i) => {
          const shard = this.shardCache.get(`${pack.id}/${ns[i]}`);
          const list = shard ? lookupTerm(shard, t) : null;
          out[i]![p] = list?.length ? list : null;
        });
      }),
    );
    return out;
  }

  async candidates(query: CandidateQuery): Promise<Candidate[]> {
    const packs = await this.packs();
    const total = Math.max(1, packs.reduce((n, p) => n + p.events, 0));
    const weights = new Map<string, number>();
    for (const { term, weight } of query.terms) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
    const names = [...weights.keys()];
    const lists = await this.postings(names);
    const terms: TermPostings[] = names.map((term, i) => ({ term, weight: weights.get(term)!, lists: lists[i]! }));
    const ranked = rankEvents(terms, packs.map((p) => p.events), total, query.limit);
    const bundles = await this.load(ranked.map((r) => ({ pack: packs[r.pack]!, ordinal: r.ordinal })));
    return ranked.flatMap((r, i) => {
      const b = bundles[i];
      return b ? [{ ...b, indexScore: r.score, hits: r.hits }] : [];
    });
  }

  async events(ids: string[]): Promise<EventBundle[]> {
    const packs = await this.packs();
    const lists = await this.postings(ids.map((id) => `id:${id}`));
    const refs = lists.flatMap((perPack): Ref[] => {
      const p = perPack.findIndex((l) => l !== null);
      return p < 0 ? [] : [{ pack: packs[p]!, ordinal: perPack[p]![0]! }];
    });
    return (await this.load(refs)).filter((b): b is EventBundle => b !== null);
  }

  /** Reads the chunks holding the given events, each chunk once, and parses only those events. */
  private async load(refs: Ref[]): Promise<(EventBundle | null)[]> {
    if (this.bundleCache.size > BUNDLE_CACHE_LIMIT) this.bundleCache.clear();
    const wanted = new Map<StoredPackInfo, Set<number>>();
    for (const r of refs) {
      if (this.bundleCache.has(`${r.pack.id}/${r.ordinal}`)) continue;
      const set = wanted.get(r.pack) ?? wanted.set(r.pack, new Set()).get(r.pack)!;
      set.add((r.ordinal / r.pack.chunkSize) | 0);
    }
    const chunks = new Map<string, StoredChunk>();
    await Promise.all(
      [...wanted].map(async ([pack, ns]) => {
        const list = [...ns];
        const rows = await this.source.chunks(pack.id, list);
        list.forEach((n, i) => rows[i] && chunks.set(`${pack.id}/${n}`, rows[i]!));
      }),
    );
    return refs.map(({ pack, ordinal }) => {
      const key = `${pack.id}/${ordinal}`;
      const cached = this.bundleCache.get(key);
      if (cached) return cached;
      const chunk = chunks.get(`${pack.id}/${(ordinal / pack.chunkSize) | 0}`);
      const stored = chunk ? readChunkEvent(chunk, ordinal % pack.chunkSize) : null;
      if (!stored) return null;
      const bundle = { packId: pack.id, ...stored };
      this.bundleCache.set(key, bundle);
      return bundle;
    });
  }
}

/** An IndexSource over built indexes held in memory (CLI, tests, benchmarks). */
export function memorySource(indexes: BuiltIndex[]): IndexSource {
  const byId = new Map(indexes.map((ix) => [ix.meta.id, ix]));
  return {
    packs: async () => indexes.map((ix) => ({ id: ix.meta.id, shardCount: ix.shardCount, chunkSize: ix.chunkSize, events: ix.counts.events })),
    shards: async (packId, ns) => ns.map((n) => byId.get(packId)?.shards[n]),
    chunks: async (packId, ns) => ns.map((n) => byId.get(packId)?.chunks[n]),
    lexicons: async () => indexes.map((ix) => ix.lexicon),
    series: async () => indexes.map((ix) => ix.series),
  };
}
