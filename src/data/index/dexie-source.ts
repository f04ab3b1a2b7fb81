// IndexSource over the Dexie tables.
import type { CorroborateDb } from '../db';
import type { IndexSource } from './repository';

export function dexieSource(db: CorroborateDb): IndexSource {
  return {
    packs: async () => (await db.packs.toArray()).map((p) => ({ id: p.id, shardCount: p.shardCount, events: p.counts.events })),
    shards: (packId, ns) => db.shards.bulkGet(ns.map((n) => [packId, n] as [string, number])),
    chunks: async (packId, ns) => (await db.chunks.bulkGet(ns.map((n) => [packId, n] as [string, number]))).map((r) => r?.events),
    lexicons: () => db.lexicon.toArray(),
    series: async () => (await db.series.toArray()).map((r) => r.series),
  };
}
