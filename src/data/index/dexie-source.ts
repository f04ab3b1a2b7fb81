// IndexSource over the Dexie tables. Each call is one bulkGet: a cold query is a handful of reads.
import type { CorroborateDb } from '../db';
import type { IndexSource } from './repository';

export function dexieSource(db: CorroborateDb): IndexSource {
  return {
    packs: async () =>
      (await db.packs.toArray()).map((p) => ({ id: p.id, shardCount: p.shardCount, chunkSize: p.chunkSize, events: p.counts.events })),
    shards: (packId, ns) => db.shards.bulkGet(ns.map((n) => [packId, n] as [string, number])),
    chunks: (packId, ns) => db.chunks.bulkGet(ns.map((n) => [packId, n] as [string, number])),
    lexicons: () => db.lexicon.toArray(),
    series: async () => (await db.series.toArray()).map((r) => r.series),
  };
}
