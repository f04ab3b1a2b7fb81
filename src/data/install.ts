// Installing a pack: one read-write transaction over every pack table, so a pack is either fully
// there (replacing the one with the same id) or not at all. Settings are in their own table and are
// never part of the transaction. The bundled pack and imported files take the same path.
import type { Pack } from '../core/types';
import type { CorroborateDb, PackRow } from './db';
import { buildIndex } from './index/build';

export type PackOrigin = PackRow['origin'];

export interface InstallResult {
  row: PackRow;
  replaced: boolean;
}

export async function installPack(db: CorroborateDb, pack: Pack, origin: PackOrigin, installedAt: string, hash: string | null = null): Promise<InstallResult> {
  const index = buildIndex(pack);
  const id = index.meta.id;
  const row: PackRow = { id, meta: index.meta, origin, installedAt, counts: index.counts, shardCount: index.shardCount, hash };
  let replaced = false;
  await db.transaction('rw', [db.packs, db.chunks, db.shards, db.lexicon, db.series], async () => {
    replaced = (await db.packs.get(id)) !== undefined;
    await deleteRows(db, id);
    await db.chunks.bulkAdd(index.chunks.map((events, n) => ({ packId: id, n, events })));
    await db.shards.bulkAdd(index.shards.map((s, n) => ({ packId: id, n, ...s })));
    await db.lexicon.add({ packId: id, ...index.lexicon });
    await db.series.add({ packId: id, series: index.series });
    await db.packs.put(row);
  });
  return { row, replaced };
}

async function deleteRows(db: CorroborateDb, packId: string): Promise<void> {
  const range = (t: typeof db.chunks | typeof db.shards) => t.where('[packId+n]').between([packId, -Infinity], [packId, Infinity]);
  await range(db.chunks).delete();
  await range(db.shards).delete();
  await db.lexicon.delete(packId);
  await db.series.delete(packId);
  await db.packs.delete(packId);
}

export async function removePack(db: CorroborateDb, packId: string): Promise<boolean> {
  let existed = false;
  await db.transaction('rw', [db.packs, db.chunks, db.shards, db.lexicon, db.series], async () => {
    existed = (await db.packs.get(packId)) !== undefined;
    await deleteRows(db, packId);
  });
  return existed;
}
