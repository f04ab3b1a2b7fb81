// A validated pack → what is stored: event chunks, posting shards, the lexicon and the series. Pure;
// the Dexie install and the in-memory repository (CLI) both use it.
//
// Why this layout (measured in Chromium 156 with src/cli/bench/install.ts, 100k-event synthetic
// pack; see also shard.ts):
// - IndexedDB pays per row (~0.1–1 ms; 100k rows took ~30 s), while a value over 64 KB is stored as
//   a blob file at hundreds of MB/s. So events go CHUNK_SIZE to a row: 64 gives ~1.6k rows of
//   ~120 KB, written in ~0.6–0.9 s; 32 gave 3.1k smaller rows (~2.2 s), 256 made cold queries
//   slower (~50 ms: every chunk a query touches is read whole).
// - A chunk holds the records' JSON text, one string each: IndexedDB copies strings as flat bytes,
//   the texts are the pack file's own (decode.ts; no JSON.stringify of 190 MB, ~1.8 s, and no
//   structured clone of records, ~0.8–2.4 s), and a query parses only the events it returns.
import type { ActorRecord, EventRecord, OutletRecord, Pack, PackCoverage, PackMeta, PlaceRecord, ReportRecord, SeriesRecord } from '../../core/types';
import { packCoverage } from './coverage';
import { eventTermsIndexer } from './event-terms';
import { isParsedPack, parsedFromPack, type ParsedPack, type ReportText } from './parsed-pack';
import { chooseShardCount, encodeShard, shardOf, type ShardData } from './shard';

export const CHUNK_SIZE = 64;

/**
 * CHUNK_SIZE events (fewer in the last chunk) with their reports, as JSON text. The texts are the
 * records' own text from the pack file, not copies (IndexedDB copies them once, as flat bytes).
 */
export interface StoredChunk {
  /** For each event in turn: its JSON, then the JSON of each of its reports. */
  texts: string[];
  /** Event i is texts[starts[i]]; its reports are texts[starts[i] + 1 .. starts[i + 1]). */
  starts: Uint32Array;
}

export interface PackCounts {
  events: number;
  reports: number;
  claims: number;
  series: number;
  places: number;
  actors: number;
  outlets: number;
}

export interface PackLexicon {
  places: PlaceRecord[];
  actors: ActorRecord[];
  outlets: OutletRecord[];
}

export interface BuiltIndex {
  meta: PackMeta;
  counts: PackCounts;
  coverage: PackCoverage;
  shardCount: number;
  /** Events per chunk; event ordinal i is chunks[i / chunkSize | 0][i % chunkSize]. */
  chunkSize: number;
  /** Events ordered by date then id, chunkSize per chunk. */
  chunks: StoredChunk[];
  shards: ShardData[];
  lexicon: PackLexicon;
  series: SeriesRecord[];
}

export function countPack(pack: ParsedPack): PackCounts {
  return {
    events: pack.events.length,
    reports: pack.reports.length,
    claims: pack.claims,
    series: pack.series.length,
    places: pack.places.length,
    actors: pack.actors.length,
    outlets: pack.outlets.length,
  };
}

function byDateThenId(a: EventRecord, b: EventRecord): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Event i of a chunk with its reports, parsed; null when the chunk has no such event. */
export function readChunkEvent(chunk: StoredChunk, i: number): { event: EventRecord; reports: ReportRecord[] } | null {
  const at = chunk.starts[i];
  const end = chunk.starts[i + 1];
  if (at === undefined || end === undefined || at >= end) return null;
  const reports: ReportRecord[] = [];
  for (let k = at + 1; k < end; k++) reports.push(JSON.parse(chunk.texts[k]!) as ReportRecord);
  return { event: JSON.parse(chunk.texts[at]!) as EventRecord, reports };
}

export interface IndexOptions {
  chunkSize?: number;
  /** Postings a shard should hold, about (see chooseShardCount). */
  shardPostings?: number;
}

/** One argument only, so that `packs.map(buildIndex)` stays right. */
export function buildIndex(input: Pack | ParsedPack): BuiltIndex {
  return buildIndexWith(input, {});
}

export function buildIndexWith(input: Pack | ParsedPack, options: IndexOptions): BuiltIndex {
  const chunkSize = options.chunkSize ?? CHUNK_SIZE;
  const pack = isParsedPack(input) ? input : parsedFromPack(input);
  const reportsByEvent = new Map<string, ReportText[]>();
  for (const r of pack.reports) {
    const list = reportsByEvent.get(r.eventId);
    if (list) list.push(r);
    else reportsByEvent.set(r.eventId, [r]);
  }
  // Date order puts events of the same weeks in the same chunks: candidates for one article tend
  // to be close in time, so a query reads few chunks.
  const order = pack.events.map((_, i) => i).sort((a, b) => byDateThenId(pack.events[a]!, pack.events[b]!));
  const indexer = eventTermsIndexer(new Map(pack.places.map((p) => [p.id, p])));
  const chunks: StoredChunk[] = [];
  let texts: string[] = [];
  let starts: number[] = [];
  const close = () => {
    starts.push(texts.length);
    chunks.push({ texts, starts: Uint32Array.from(starts) });
    texts = [];
    starts = [];
  };
  /** Posting lists by term number; they grow in ordinal order. */
  const lists: number[][] = [];
  let total = 0;
  let ordinal = 0;
  const emit = (term: number) => {
    const list = lists[term];
    if (!list) lists[term] = [ordinal];
    else if (list[list.length - 1] !== ordinal) list.push(ordinal);
    else return; // the event gave this term already
    total++;
  };
  for (; ordinal < order.length; ordinal++) {
    const i = order[ordinal]!;
    const event = pack.events[i]!;
    if (ordinal && ordinal % chunkSize === 0) close();
    starts.push(texts.length);
    texts.push(pack.eventJson[i]!);
    for (const r of reportsByEvent.get(event.id) ?? []) texts.push(r.json);
    indexer.terms(event, emit);
  }
  if (starts.length) close();
  const shardCount = chooseShardCount(total, options.shardPostings);
  const perShard: Map<string, number[]>[] = Array.from({ length: shardCount }, () => new Map());
  lists.forEach((list, term) => {
    const name = indexer.names[term]!;
    perShard[shardOf(name, shardCount)]!.set(name, list);
  });
  return {
    meta: pack.meta,
    counts: countPack(pack),
    coverage: packCoverage(pack.events, pack.places),
    shardCount,
    chunkSize,
    chunks,
    shards: perShard.map(encodeShard),
    lexicon: { places: pack.places, actors: pack.actors, outlets: pack.outlets },
    series: pack.series,
  };
}
