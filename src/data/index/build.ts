// A validated Pack → the rows that are stored: event chunks, posting shards, the lexicon and the
// series. Pure; the Dexie install and the in-memory repository both use it.
import type { ActorRecord, EventRecord, OutletRecord, Pack, PackMeta, PlaceRecord, ReportRecord, SeriesRecord } from '../../core/types';
import { eventTerms } from '../../core/matching/terms';
import { chooseShardCount, encodeShard, shardOf, type ShardData } from './shard';

export const CHUNK_SIZE = 32;

/** An event and its reports as stored (the pack id is implied by the row). */
export interface StoredBundle {
  event: EventRecord;
  reports: ReportRecord[];
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
  shardCount: number;
  /** JSON of each StoredBundle, CHUNK_SIZE per chunk, events ordered by date then id. */
  chunks: string[][];
  shards: ShardData[];
  lexicon: PackLexicon;
  series: SeriesRecord[];
}

export function countPack(pack: Pack): PackCounts {
  return {
    events: pack.events.length,
    reports: pack.reports.length,
    claims: pack.reports.reduce((n, r) => n + r.claims.length, 0),
    series: pack.series.length,
    places: pack.places.length,
    actors: pack.actors.length,
    outlets: pack.outlets.length,
  };
}

export function buildIndex(pack: Pack): BuiltIndex {
  const places = new Map(pack.places.map((p) => [p.id, p]));
  const reportsByEvent = new Map<string, ReportRecord[]>();
  for (const r of pack.reports) {
    const list = reportsByEvent.get(r.eventId);
    if (list) list.push(r);
    else reportsByEvent.set(r.eventId, [r]);
  }
  // Date order puts events of the same weeks in the same chunks: candidates for one article tend
  // to be close in time, so a query reads few chunks.
  const events = [...pack.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const chunks: string[][] = [];
  const postings = new Map<string, number[]>();
  let total = 0;
  events.forEach((event, ordinal) => {
    const bundle: StoredBundle = { event, reports: reportsByEvent.get(event.id) ?? [] };
    const c = ordinal / CHUNK_SIZE | 0;
    (chunks[c] ??= []).push(JSON.stringify(bundle));
    for (const term of eventTerms(event, places)) {
      const list = postings.get(term);
      if (list) list.push(ordinal);
      else postings.set(term, [ordinal]);
      total++;
    }
  });
  const shardCount = chooseShardCount(total);
  const perShard: Map<string, number[]>[] = Array.from({ length: shardCount }, () => new Map());
  for (const [term, list] of postings) perShard[shardOf(term, shardCount)]!.set(term, list);
  return {
    meta: pack.meta,
    counts: countPack(pack),
    shardCount,
    chunks,
    shards: perShard.map(encodeShard),
    lexicon: { places: pack.places, actors: pack.actors, outlets: pack.outlets },
    series: pack.series,
  };
}
