// The extension's IndexedDB, owned by the background. Versions are only ever appended: a block
// that has shipped is never edited (STYLE.md 9), and tests open each older version and upgrade it.
import Dexie, { type Table } from 'dexie';
import { typeClaim } from '../core/claims';
import type { PackCoverage, PackMeta, SeriesRecord } from '../core/types';
import type { PackCounts, PackLexicon, StoredChunk } from './index/build';
import type { ShardData } from './index/shard';

export const DB_NAME = 'corroborate';

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface PackRow {
  id: string;
  meta: PackMeta;
  /** 'subscribed': installed from a subscription's address (see SubscriptionRow). */
  origin: 'bundled' | 'imported' | 'subscribed';
  installedAt: string;
  counts: PackCounts;
  /** What its events cover (absent on rows installed before it was kept: shown as unknown). */
  coverage?: PackCoverage;
  shardCount: number;
  /** Events per chunk row. */
  chunkSize: number;
  /** SHA-256 of the pack file, to skip reinstalling identical bytes. */
  hash: string | null;
}

export interface ChunkRow extends StoredChunk {
  packId: string;
  n: number;
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

/** A pack the reader subscribed to, by the address they gave; what the last checks found. */
export interface SubscriptionRow {
  /** The pack's address, as given (https, or http on 127.0.0.1/localhost). */
  url: string;
  manifestUrl: string;
  addedAt: string;
  /** The installed pack's id and what it was installed from; null until the first install. */
  packId: string | null;
  version: string | null;
  hash: string | null;
  /** The manifest response's validators, kept only when its pack is the installed one. */
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  lastUpdatedAt: string | null;
  /** The last check's failure, shown until a check succeeds. */
  lastError: string | null;
}

/** Every table that holds part of a pack; an install or removal writes them in one transaction. */
export const PACK_TABLES = ['packs', 'chunks', 'shards', 'lexicon', 'series'] as const;

export class CorroborateDb extends Dexie {
  settings!: Table<SettingRow, string>;
  packs!: Table<PackRow, string>;
  chunks!: Table<ChunkRow, [string, number]>;
  shards!: Table<ShardRow, [string, number]>;
  lexicon!: Table<LexiconRow, string>;
  series!: Table<SeriesRow, string>;
  subscriptions!: Table<SubscriptionRow, string>;

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
    // v3 (faster install): chunk rows hold more events, each record's JSON as its own string, pack
    // rows say how many events a chunk holds, shard rows find terms by offsets, not a separator. Same tables and keys; the rows of v2 cannot be read
    // any more, so they are dropped. Settings stay. The bundled pack reinstalls on the next wake
    // (ensureBundled finds no "core" row); imported packs have to be imported again.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        for (const table of PACK_TABLES) await tx.table(table).clear();
      });
    // v4 (typed claims, pack schema 2): every claim inside a stored report gains its typed fields
    // (which people, what scope, range, part of another toll), read from its words as the builder
    // reads a legacy claim. Imported packs survive; rows keep their keys; settings are not touched.
    this.version(4)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('chunks')
          .toCollection()
          .modify((row: ChunkRow) => {
            row.texts = row.texts.map((text, k) => (isEventText(row, k) ? text : typeReportText(text)));
          });
      });
    // v5 (subscriptions): a table of its own for the packs the reader subscribed to, keyed by the
    // address. Nothing existing changes: settings and every pack stay as they are.
    this.version(5).stores({ subscriptions: 'url' });
  }
}

/** texts[starts[i]] is an event; every other text of a chunk is a report. */
function isEventText(row: StoredChunk, k: number): boolean {
  for (const s of row.starts) if (s === k) return true;
  return false;
}

function typeReportText(text: string): string {
  const report = JSON.parse(text) as { claims?: unknown };
  if (!Array.isArray(report.claims)) return text;
  report.claims = report.claims.map((c) => typeClaim(c as Parameters<typeof typeClaim>[0]));
  return JSON.stringify(report);
}
