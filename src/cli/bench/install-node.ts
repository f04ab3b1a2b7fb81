// Node half of the install benchmark: the same decodePackFile + installPack the background runs,
// over fake-indexeddb, then a cold query through a new Dexie instance on the same database.
import { performance } from 'node:perf_hooks';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { CorroborateDb } from '../../data/db';
import { decodePackFile } from '../../data/index/decode';
import { dexieSource } from '../../data/index/dexie-source';
import { IndexedRepository } from '../../data/index/repository';
import { installPack } from '../../data/install';
import type { PageColdResult, PageInstallResult } from './install-page';
import type { NamedQuery } from './install-queries';

const clock = () => performance.now();
let dbCount = 0;

const open = (name: string) => new CorroborateDb(name, { indexedDB, IDBKeyRange });

export async function nodeInstallBench(bytes: Uint8Array, queries: NamedQuery[]): Promise<{ install: PageInstallResult; cold: PageColdResult }> {
  const name = `bench-install-${process.pid}-${++dbCount}`;
  const db = open(name);
  let start = clock();
  const decoded = await decodePackFile(bytes, clock);
  if (!decoded.result.ok) throw new Error(`pack does not decode: ${decoded.result.errors.join('; ')}`);
  const done = await installPack(db, decoded.result.pack, 'imported', '2024-01-01T00:00:00Z', null, clock);
  const install: PageInstallResult = {
    ok: true,
    errors: [],
    road: decoded.road,
    ...decoded.timings,
    ...done.timings,
    total: clock() - start,
    rows: done.rows,
    events: done.row.counts.events,
  };
  db.close();

  start = clock();
  const fresh = open(name);
  await fresh.open();
  const openMs = clock() - start;
  const firstRepo: number[] = [];
  const shared = new IndexedRepository(dexieSource(fresh));
  for (const q of queries) {
    start = clock();
    await shared.candidates(q.query);
    firstRepo.push(clock() - start);
  }
  const each: PageColdResult['queries'] = [];
  for (const q of queries) {
    const repo = new IndexedRepository(dexieSource(fresh));
    start = clock();
    const found = await repo.candidates(q.query);
    each.push({ name: q.name, ms: clock() - start, results: found.length });
  }
  await fresh.delete();
  return { install, cold: { openMs, queries: each, firstRepo } };
}
