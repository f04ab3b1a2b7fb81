// Installing a pack: one read-write transaction over every pack table, so a pack is either fully
// there (replacing the one with the same id) or not at all. Settings are in their own table and are
// never part of the transaction. The bundled pack and imported files take the same path.
//
// The index is built before the transaction opens: a transaction that waits on anything but its own
// requests commits early, and building is pure, so nothing is lost if it throws.
import type { Pack } from '../core/types';
import type { ParsedPack } from './index/parsed-pack';
import { PACK_TABLES, type ChunkRow, type CorroborateDb, type LexiconRow, type PackRow, type SeriesRow, type ShardRow } from './db';
import { buildIndex } from './index/build';

export type PackOrigin = PackRow['origin'];

export interface InstallResult {
  row: PackRow;
  replaced: boolean;
  /** Rows written, all tables together. */
  rows: number;
  timings: { index: number; write: number };
}

/** A pack's rows, built and ready to write. */
export interface PreparedPack {
  row: PackRow;
  chunks: ChunkRow[];
  shards: ShardRow[];
  lexicon: LexiconRow;
  series: SeriesRow;
}

/** Builds every row of a pack outside any transaction (pure; nothing is lost if it throws). */
export function preparePack(pack: Pack | ParsedPack, origin: PackOrigin, installedAt: string, hash: string | null): PreparedPack {
  const index = buildIndex(pack);
  const id = index.meta.id;
  const row: PackRow = {
    id,
    meta: index.meta,
    origin,
    installedAt,
    counts: index.counts,
    coverage: index.coverage,
    shardCount: index.shardCount,
    chunkSize: index.chunkSize,
    hash,
  };
  return {
    row,
    chunks: index.chunks.map((c, n) => ({ packId: id, n, ...c })),
    shards: index.shards.map((s, n) => ({ packId: id, n, ...s })),
    lexicon: { packId: id, ...index.lexicon },
    series: { packId: id, series: index.series },
  };
}

/**
 * Replaces the pack with the same id by `p`. Only inside a read-write transaction over PACK_TABLES
 * (and whatever else the caller writes with it): then the old pack stays until the new one is
 * written, and stays for good if anything in the transaction fails. Resolves to whether it replaced one.
 */
export async function writePrepared(db: CorroborateDb, p: PreparedPack): Promise<boolean> {
  const replaced = (await db.packs.get(p.row.id)) !== undefined;
  await deleteRows(db, p.row.id);
  await db.chunks.bulkAdd(p.chunks);
  await db.shards.bulkAdd(p.shards);
  await db.lexicon.add(p.lexicon);
  await db.series.add(p.series);
  await db.packs.put(p.row);
  return replaced;
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
  const prepared = preparePack(pack, origin, installedAt, hash);
  const indexMs = clock() - start;

  start = clock();
  let replaced = false;
  await db.transaction('rw', PACK_TABLES, async () => {
    replaced = await writePrepared(db, prepared);
  });
  return { row: prepared.row, replaced, rows: prepared.chunks.length + prepared.shards.length + 3, timings: { index: indexMs, write: clock() - start } };
}

function packRange(packId: string): [[string, number], [string, number]] {
  return [
    [packId, -Infinity],
    [packId, Infinity],
  ];
}

export async function deleteRows(db: CorroborateDb, packId: string): Promise<void> {
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
