// The extension's IndexedDB, owned by the background. Versions are only ever appended: a block
// that has shipped is never edited (STYLE.md 9), and tests open each older version and upgrade it.
import Dexie, { type Table } from 'dexie';
import type { PackMeta, SeriesRecord } from '../core/types';
import type { PackCounts, PackLexicon } from './index/build';
import type { ShardData } from './index/shard';

export const DB_NAME = 'corroborate';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface PackRow {
  id: string;
  meta: PackMeta;
  origin: 'bundled' | 'imported';
  installedAt: string;
  counts: PackCounts;
  shardCount: number;
  /** SHA-256 of the pack file, to skip reinstalling identical bytes. */
  hash: string | null;
}

export interface ChunkRow {
  packId: string;
  n: number;
  events: string[];
}

export interface ShardRow extends ShardData {
  packId: string;
  n: number;
}

export interface LexiconRow extends PackLexicon {
  packId: string;
}

export interface SeriesRow {
  packId: string;
  series: SeriesRecord[];
}

export class CorroborateDb extends Dexie {
  settings!: Table<SettingRow, string>;
  packs!: Table<PackRow, string>;
  chunks!: Table<ChunkRow, [string, number]>;
  shards!: Table<ShardRow, [string, number]>;
  lexicon!: Table<LexiconRow, string>;
  series!: Table<SeriesRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1 (foundation): user settings only.
    this.version(1).stores({ settings: 'key' });
    // v2 (dataset): packs stored as chunks and posting shards. Only primary keys: every secondary
    // index entry costs a write per row, and the candidate queries go through the shards instead.
    this.version(2).stores({
      packs: 'id',
      chunks: '[packId+n]',
      shards: '[packId+n]',
      lexicon: 'packId',
      series: 'packId',
    });
  }
}
