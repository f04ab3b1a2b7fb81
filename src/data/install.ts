// Installing a pack: one read-write transaction over every pack table, so a pack is either fully
// there (replacing the one with the same id) or not at all. Settings are in their own table and are
// never part of the transaction. The bundled pack and imported files take the same path.
//
// The index is built before the transaction opens: a transaction that waits on anything but its own
// requests commits early, and building is pure, so nothing is lost if it throws.
import type { Pack } from '../core/types';
import type { ParsedPack } from './index/parsed-pack';
import { PACK_TABLES, type ChunkRow, type CorroborateDb, type PackRow, type ShardRow } from './db';
import { buildIndex } from './index/build';

export type PackOrigin = PackRow['origin'];

export interface InstallResult {
  row: PackRow;
  replaced: boolean;
  /** Rows written, all tables together. */
  rows: number;
  timings: { index: number; write: number };
}

/**
 * `hash` is the SHA-256 of the file the pack came from, when there was one; `clock` gives
 * milliseconds for the phase timings.
 */
export async function installPack(
  db: CorroborateDb,
  pack: Pack | ParsedPack,
  origin: PackOrigin,
  installedAt: string,
  hash: string | null = null,
  clock: () => number = () => performance.now(),
): Promise<InstallResult> {
  let start = clock();
  const index = buildIndex(pack);
  const id = index.meta.id;
  const row: PackRow = {
    id,
    meta: index.meta,
    origin,
    installedAt,
    counts: index.counts,
    shardCount: index.shardCount,
    chunkSize: index.chunkSize,
    hash,
  };
  const chunks: ChunkRow[] = index.chunks.map((c, n) => ({ packId: id, n, ...c }));
  const shards: ShardRow[] = index.shards.map((s, n) => ({ packId: id, n, ...s }));
  const indexMs = clock() - start;

  start = clock();
  let replaced = false;
  await db.transaction('rw', PACK_TABLES, async () => {
    replaced = (await db.packs.get(id)) !== undefined;
    await deleteRows(db, id);
    await db.chunks.bulkAdd(chunks);
    await db.shards.bulkAdd(shards);
    await db.lexicon.add({ packId: id, ...index.lexicon });
    await db.series.add({ packId: id, series: index.series });
    await db.packs.put(row);
  });
  return { row, replaced, rows: chunks.length + shards.length + 3, timings: { index: indexMs, write: clock() - start } };
}

function packRange(packId: string): [[string, number], [string, number]] {
  return [
    [packId, -Infinity],
    [packId, Infinity],
  ];
}

async function deleteRows(db: CorroborateDb, packId: string): Promise<void> {
  const [lower, upper] = packRange(packId);
  await db.chunks.where(':id').between(lower, upper, true, true).delete();
  await db.shards.where(':id').between(lower, upper, true, true).delete();
  await db.lexicon.delete(packId);
  await db.series.delete(packId);
  await db.packs.delete(packId);
}

export async function removePack(db: CorroborateDb, packId: string): Promise<boolean> {
  let existed = false;
  await db.transaction('rw', PACK_TABLES, async () => {
    existed = (await db.packs.get(packId)) !== undefined;
    await deleteRows(db, packId);
  });
  return existed;
}
