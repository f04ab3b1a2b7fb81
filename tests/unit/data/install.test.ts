import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/core/types';
import { PACK_TABLES, type CorroborateDb } from '../../../src/data/db';
import { dexieSource } from '../../../src/data/index/dexie-source';
import { IndexedRepository } from '../../../src/data/index/repository';
import { installPack, removePack } from '../../../src/data/install';
import { readSettings, writeSettings } from '../../../src/services/settings';
import { fakeEvent, fakeMeta, fakePack, fakeReport } from '../factories';
import { freshDb, packWithEvents } from './helpers';

const NOW = '2024-08-01T00:00:00.000Z';
const repoOf = (db: CorroborateDb) => new IndexedRepository(dexieSource(db));

/** Every row of every pack table, as stored, for "nothing changed" comparisons. */
async function snapshot(db: CorroborateDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(PACK_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)));
}

async function rowsOf(db: CorroborateDb, packId: string): Promise<number> {
  const all = await snapshot(db);
  return Object.values(all).flat().filter((r) => (r as { packId?: string; id?: string }).packId === packId || (r as { id?: string }).id === packId).length;
}

const otherPack = (): Pack =>
  fakePack({
    meta: fakeMeta({ id: 'other' }),
    events: [fakeEvent({ id: 'o-1', title: 'Flood in Rafah', places: [{ id: 'ps-gaza-strip' }] })],
    reports: [fakeReport({ id: 'o-1#1', eventId: 'o-1' })],
  });

describe('installPack', () => {
  it('installs a pack whose events read back through dexieSource and IndexedRepository', async () => {
    const db = freshDb();
    const pack = fakePack();
    const { row, replaced, rows } = await installPack(db, pack, 'imported', NOW, 'hash-1');
    expect(replaced).toBe(false);
    expect(row).toMatchObject({ id: 'test', origin: 'imported', installedAt: NOW, hash: 'hash-1', counts: { events: 2, reports: 3 } });
    // What the popup says the pack covers is kept with it, and read back from the stored row.
    expect((await db.packs.get('test'))?.coverage).toMatchObject({ from: '2024-07-01', to: '2024-07-22' });
    expect(rows).toBe((await db.chunks.count()) + (await db.shards.count()) + 3);
    const repo = repoOf(db);
    const [bundle] = await repo.events(['ev-1']);
    expect(bundle).toEqual({ packId: 'test', event: pack.events[0], reports: pack.reports.filter((r) => r.eventId === 'ev-1') });
    const [best] = await repo.candidates({ terms: [{ term: 'p:ps-qarara', weight: 2 }], limit: 5 });
    expect(best!.event.id).toBe('ev-2');
    expect((await repo.lexicon()).places).toEqual(pack.places);
    expect(await repo.series()).toEqual(pack.series);
    db.close();
  });

  it('replaces a pack with the same id, leaving nothing of a bigger older version', async () => {
    const db = freshDb();
    await installPack(db, packWithEvents(200, {}, 2), 'imported', NOW);
    const big = { chunks: await db.chunks.count(), shards: await db.shards.count() };
    const small = packWithEvents(5);
    const { replaced, row } = await installPack(db, small, 'imported', NOW);
    expect(replaced).toBe(true);
    expect(await db.chunks.count()).toBe(1);
    expect(await db.shards.count()).toBe(row.shardCount);
    expect(big.chunks).toBeGreaterThan(1);
    const repo = repoOf(db);
    expect(await repo.events(['ev-150', 'ev-004'])).toHaveLength(1);
    expect(await repo.eventCount()).toBe(5);
    expect((await repo.candidates({ terms: [{ term: 'w:strike', weight: 1 }], limit: 50 })).map((c) => c.event.id)).toEqual(small.events.map((e) => e.id));
    db.close();
  });

  it('never touches the settings', async () => {
    const db = freshDb();
    await writeSettings(db, { badges: false, disabledSites: ['example.com'] });
    await installPack(db, fakePack(), 'bundled', NOW);
    await installPack(db, fakePack(), 'bundled', NOW);
    await removePack(db, 'test');
    expect(await readSettings(db)).toEqual({ badges: false, disabledSites: ['example.com'] });
    db.close();
  });
});

describe('removePack', () => {
  it('removes every row of that pack and nothing of the others', async () => {
    const db = freshDb();
    await installPack(db, packWithEvents(100), 'imported', NOW);
    await installPack(db, otherPack(), 'imported', NOW);
    const otherRows = await rowsOf(db, 'other');
    expect(await removePack(db, 'test')).toBe(true);
    expect(await rowsOf(db, 'test')).toBe(0);
    expect(await rowsOf(db, 'other')).toBe(otherRows);
    expect((await repoOf(db).events(['o-1', 'ev-001'])).map((b) => b.event.id)).toEqual(['o-1']);
    expect(await removePack(db, 'test')).toBe(false);
    db.close();
  });
});

describe('an install that fails part-way', () => {
  async function failingInstall(db: CorroborateDb, table: 'shards' | 'series' | 'chunks', after: number, pack: Pack): Promise<unknown> {
    let written = 0;
    const hook = () => {
      if (++written > after) throw new Error('disk full');
    };
    db.table(table).hook('creating', hook);
    try {
      return await installPack(db, pack, 'imported', NOW).then(() => null, (e: unknown) => e);
    } finally {
      db.table(table).hook('creating').unsubscribe(hook);
    }
  }

  for (const [table, after] of [['shards', 3], ['chunks', 1], ['series', 0]] as const) {
    it(`leaves the installed pack whole and readable, and nothing of the new one, when writing ${table} fails`, async () => {
      const db = freshDb();
      const old = packWithEvents(100, {}, 2);
      await installPack(db, old, 'imported', NOW);
      await installPack(db, otherPack(), 'imported', NOW);
      const before = await snapshot(db);

      const newer = packWithEvents(300, {}, 1);
      newer.events[0] = { ...newer.events[0]!, title: 'A new version of the first event' };
      expect(String(await failingInstall(db, table, after, newer))).toMatch(/disk full/);
      expect(await snapshot(db)).toEqual(before);

      const brandNew = packWithEvents(150, { meta: fakeMeta({ id: 'brand-new' }) });
      expect(String(await failingInstall(db, table, after, brandNew))).toMatch(/disk full/);
      expect(await rowsOf(db, 'brand-new')).toBe(0);

      const repo = repoOf(db);
      const [first] = await repo.events(['ev-000']);
      expect(first!.event).toEqual(old.events[0]);
      expect(await repo.eventCount()).toBe(101);
      db.close();
    });
  }
});
