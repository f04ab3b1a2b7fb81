// Shared set-up for the storage tests: a fresh fake-indexeddb database per test, and packs with
// many events (for chunking) built from the record factories.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { CorroborateDb } from '../../../src/data/db';
import type { Pack } from '../../../src/core/types';
import { fakeEvent, fakeMeta, fakePack, fakeReport } from '../factories';

let dbCount = 0;

/** A database name no other test uses. */
export function freshName(): string {
  return `test-${process.pid}-${++dbCount}`;
}

export const fakeIdb = { indexedDB, IDBKeyRange };

export function freshDb(name = freshName()): CorroborateDb {
  return new CorroborateDb(name, fakeIdb);
}

/** n events a day apart from 2024-01-01 (ev-000 …), each with `reportsPer` reports, in the fakePack world. */
export function packWithEvents(n: number, overrides: Partial<Pack> = {}, reportsPer = 1): Pack {
  const base = fakePack();
  const events = Array.from({ length: n }, (_, i) => {
    const id = `ev-${String(i).padStart(3, '0')}`;
    const date = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    return fakeEvent({ id, date, title: `Strike number ${i} on Khan Younis` });
  });
  const reports = events.flatMap((e) => Array.from({ length: reportsPer }, (_, k) => fakeReport({ id: `${e.id}#${k}`, eventId: e.id, published: e.date })));
  return { ...base, meta: fakeMeta(), events, reports, ...overrides };
}
