import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CorroborateDb, PACK_TABLES } from '../../../src/data/db';
import { fakeIdb, freshDb, freshName } from './helpers';

const SETTINGS = { key: 'settings', value: { badges: false, disabledSites: ['example.com'] } };

async function counts(db: CorroborateDb): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(PACK_TABLES.map(async (t) => [t, await db.table(t).count()] as const)));
}

const empty = Object.fromEntries(PACK_TABLES.map((t) => [t, 0]));

describe('CorroborateDb migrations', () => {
  it('starts a new database at the latest version with every pack table empty', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(5);
    expect(await counts(db)).toEqual(empty);
    db.close();
  });

  it('upgrades a version-1 database: settings kept, pack tables added and empty', async () => {
    const name = freshName();
    const v1 = new Dexie(name, fakeIdb);
    v1.version(1).stores({ settings: 'key' });
    await v1.table('settings').put(SETTINGS);
    v1.close();

    const db = freshDb(name);
    expect(await db.settings.get('settings')).toEqual(SETTINGS);
    expect(await counts(db)).toEqual(empty);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...PACK_TABLES, 'settings', 'subscriptions'].sort());
    db.close();
  });

  it('upgrades a version-2 database: its pack rows, which v3 cannot read, are dropped and settings kept', async () => {
    const name = freshName();
    const v2 = new Dexie(name, fakeIdb);
    v2.version(1).stores({ settings: 'key' });
    v2.version(2).stores({ packs: 'id', chunks: '[packId+n]', shards: '[packId+n]', lexicon: 'packId', series: 'packId' });
    await v2.table('settings').put(SETTINGS);
    await v2.table('packs').put({ id: 'core', meta: {}, origin: 'bundled', installedAt: 'x', counts: { events: 1 }, shardCount: 16, hash: 'abc' });
    await v2.table('chunks').put({ packId: 'core', n: 0, events: ['{"event":{},"reports":[]}'] });
    await v2.table('shards').put({ packId: 'core', n: 0, terms: 'id:a', offsets: new Uint32Array([0, 1]), postings: new Uint32Array([0]) });
    await v2.table('lexicon').put({ packId: 'core', places: [], actors: [], outlets: [] });
    await v2.table('series').put({ packId: 'core', series: [] });
    v2.close();

    const db = freshDb(name);
    expect(await db.settings.get('settings')).toEqual(SETTINGS);
    expect(await counts(db)).toEqual(empty);
    db.close();
  });

  it('upgrades a version-3 database: claims in stored reports gain their typed fields, events and settings unchanged', async () => {
    const name = freshName();
    const v3 = new Dexie(name, fakeIdb);
    v3.version(1).stores({ settings: 'key' });
    v3.version(2).stores({ packs: 'id', chunks: '[packId+n]', shards: '[packId+n]', lexicon: 'packId', series: 'packId' });
    v3.version(3).stores({});
    await v3.table('settings').put(SETTINGS);
    const event = JSON.stringify({ id: 'ev-1', title: 'A strike', claims: 'not a report' });
    const bare = { kind: 'killed', value: '11 or 12', qualifier: '', subject: 'children among the dead', attributedTo: 'hospital', asOf: '2024-06-06' };
    const report = JSON.stringify({ id: 'ev-1#1', eventId: 'ev-1', claims: [bare] });
    await v3.table('chunks').put({ packId: 'mine', n: 0, texts: [event, report], starts: new Uint32Array([0, 2]) });
    v3.close();

    const db = freshDb(name);
    const row = await db.chunks.get(['mine', 0]);
    expect(row?.texts[0]).toBe(event);
    const claim = JSON.parse(row!.texts[1]!).claims[0];
    expect(claim).toMatchObject({ value: 11, max: 12, qualifier: 'range', people: 'children', subset: true, scope: 'incident', since: null, asOfTime: null });
    expect(await db.settings.get('settings')).toEqual(SETTINGS);
    db.close();
  });

  it('upgrades a version-4 database: settings and every pack row kept, an empty subscriptions table added', async () => {
    const name = freshName();
    const v4 = new Dexie(name, fakeIdb);
    v4.version(1).stores({ settings: 'key' });
    v4.version(2).stores({ packs: 'id', chunks: '[packId+n]', shards: '[packId+n]', lexicon: 'packId', series: 'packId' });
    v4.version(3).stores({});
    v4.version(4).stores({});
    await v4.table('settings').put(SETTINGS);
    const rows = {
      packs: { id: 'mine', meta: { id: 'mine' }, origin: 'imported', installedAt: 'x', counts: { events: 1 }, shardCount: 1, chunkSize: 64, hash: 'abc' },
      chunks: { packId: 'mine', n: 0, texts: ['{"id":"ev-1"}'], starts: new Uint32Array([0, 1]) },
      shards: { packId: 'mine', n: 0, terms: ['id:ev-1'], ends: new Uint32Array([1]), postings: new Uint32Array([0]) },
      lexicon: { packId: 'mine', places: [], actors: [], outlets: [] },
      series: { packId: 'mine', series: [] },
    };
    for (const [table, row] of Object.entries(rows)) await v4.table(table).put(row);
    v4.close();

    const db = freshDb(name);
    expect(db.verno).toBe(5);
    expect(await db.settings.get('settings')).toEqual(SETTINGS);
    for (const [table, row] of Object.entries(rows)) expect(await db.table(table).toArray()).toEqual([row]);
    expect(await db.subscriptions.count()).toBe(0);
    db.close();
  });
});
