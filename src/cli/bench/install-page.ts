// Browser side of the install benchmark. Bundled by install-chromium.ts and evaluated in one of the
// built extension's own pages, so it writes to real Chromium IndexedDB in the extension's origin
// through the same code the background runs (decodePackFile, installPack, dexieSource). It is not
// part of the extension: nothing here is reachable from web pages or content scripts.
import type { CandidateQuery } from '../../core/repository';
import { CorroborateDb } from '../../data/db';
import { decodePackFile } from '../../data/index/decode';
import { dexieSource } from '../../data/index/dexie-source';
import { IndexedRepository } from '../../data/index/repository';
import { installPack } from '../../data/install';

export interface PageInstallResult {
  ok: boolean;
  errors: string[];
  road: string;
  inflate: number;
  parse: number;
  validate: number;
  index: number;
  write: number;
  total: number;
  rows: number;
  events: number;
}

export interface PageColdResult {
  /** new CorroborateDb + open. */
  openMs: number;
  /** First candidates() call of each query, each on a fresh repository over the same db. */
  queries: { name: string; ms: number; results: number }[];
  /** All queries on the first repository: the first pays every read, the rest share its caches. */
  firstRepo: number[];
}

const clock = () => performance.now();

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function install(dbName: string, b64: string): Promise<PageInstallResult> {
  const bytes = fromBase64(b64);
  const db = new CorroborateDb(dbName);
  const start = clock();
  const decoded = await decodePackFile(bytes, clock);
  const base = { road: decoded.road, ...decoded.timings, index: 0, write: 0, rows: 0, events: 0 };
  if (!decoded.result.ok) return { ok: false, errors: decoded.result.errors, ...base, total: clock() - start };
  const done = await installPack(db, decoded.result.pack, 'imported', new Date().toISOString(), null, clock);
  const total = clock() - start;
  db.close();
  return { ok: true, errors: [], ...base, ...done.timings, total, rows: done.rows, events: done.row.counts.events };
}

async function cold(dbName: string, queries: { name: string; query: CandidateQuery }[]): Promise<PageColdResult> {
  let start = clock();
  const db = new CorroborateDb(dbName);
  await db.open();
  const openMs = clock() - start;
  const firstRepo: number[] = [];
  const shared = new IndexedRepository(dexieSource(db));
  for (const q of queries) {
    start = clock();
    await shared.candidates(q.query);
    firstRepo.push(clock() - start);
  }
  const out: PageColdResult['queries'] = [];
  for (const q of queries) {
    // A repository per query: nothing cached in JavaScript, as after the service worker wakes.
    // (IndexedDB's own caches in the browser process stay warm; the first query above is the cold one.)
    const repo = new IndexedRepository(dexieSource(db));
    start = clock();
    const found = await repo.candidates(q.query);
    out.push({ name: q.name, ms: clock() - start, results: found.length });
  }
  db.close();
  return { openMs, queries: out, firstRepo };
}

async function usage(): Promise<{ usage: number | null; indexedDB: number | null }> {
  const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return { usage: e.usage ?? null, indexedDB: e.usageDetails?.indexedDB ?? null };
}

async function drop(dbName: string): Promise<void> {
  await new CorroborateDb(dbName).delete();
}

(globalThis as unknown as { corroborateInstallBench: object }).corroborateInstallBench = { install, cold, usage, drop };
