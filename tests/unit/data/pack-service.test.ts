import { describe, expect, it } from 'vitest';
import { PACK_TABLES, type CorroborateDb } from '../../../src/data/db';
import { decodePack, encodePack } from '../../../src/data/pack/codec';
import { BUNDLED_PACK_ID, importPack, importPackFile, PackService } from '../../../src/services/packs';
import { fakeEvent, fakeMeta, fakePack, fakeReport } from '../factories';
import { freshDb } from './helpers';

let tick = 0;
const clock = () => `2024-08-01T00:00:${String(tick++ % 60).padStart(2, '0')}.000Z`;

async function snapshot(db: CorroborateDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(PACK_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)));
}

const bundled = (overrides = {}) => encodePack(fakePack({ meta: fakeMeta({ id: BUNDLED_PACK_ID, title: 'Bundled' }), ...overrides }));
const imported = (id = 'extra', title = 'Flood in Rafah') =>
  encodePack(fakePack({ meta: fakeMeta({ id }), events: [fakeEvent({ id: `${id}-1`, title })], reports: [fakeReport({ id: `${id}-1#1`, eventId: `${id}-1` })] }));

async function withBundled(): Promise<{ db: CorroborateDb; service: PackService }> {
  const db = freshDb();
  const service = new PackService(db, clock);
  await service.ensureBundled(async () => bundled(), true);
  return { db, service };
}

describe('importPack', () => {
  it('adds a valid pack, lists it, and the repository finds its events at once', async () => {
    const { db, service } = await withBundled();
    await service.repository().events(['ev-1']); // the background's repository has read the packs
    const result = await importPack(db, imported(), clock());
    expect(result).toMatchObject({ ok: true, replaced: false, pack: { origin: 'imported', meta: { id: 'extra' }, counts: { events: 1 } } });
    expect((await service.list()).map((p) => [p.meta.id, p.origin])).toEqual([['core', 'bundled'], ['extra', 'imported']]);
    // Installed by another page: the background's repository sees it once it is told.
    expect(await service.repository().events(['extra-1'])).toEqual([]);
    service.changed();
    expect((await service.repository().events(['extra-1'])).map((b) => b.packId)).toEqual(['extra']);
    db.close();
  });

  it('replaces an imported pack with the same id and says so', async () => {
    const { db, service } = await withBundled();
    await importPack(db, imported('extra', 'First version'), clock());
    const result = await importPack(db, imported('extra', 'Second version'), clock());
    expect(result.ok && result.replaced).toBe(true);
    service.changed();
    expect((await service.repository().events(['extra-1']))[0]!.event.title).toBe('Second version');
    expect(await db.packs.count()).toBe(2);
    db.close();
  });

  const BAD: [string, Uint8Array][] = [
    ['corrupt bytes', new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9])],
    ['text that is not JSON', new TextEncoder().encode('<html>')],
    ['a pack of another schema version', new TextEncoder().encode(JSON.stringify({ ...fakePack(), schemaVersion: 3 }))],
    ['an invalid pack', encodePack(fakePack({ meta: fakeMeta({ id: 'extra' }), reports: [fakeReport({ eventId: 'ev-404' })] }))],
    ['a truncated file', imported().subarray(0, 100)],
  ];
  for (const [name, bytes] of BAD) {
    it(`refuses ${name} with the decoder's own messages and changes nothing`, async () => {
      const { db, service } = await withBundled();
      await importPack(db, imported('kept'), clock());
      const before = await snapshot(db);
      const reference = decodePack(bytes);
      expect(reference.ok).toBe(false);
      expect(await importPack(db, bytes, clock())).toEqual({ ok: false, errors: !reference.ok && reference.errors });
      expect(await snapshot(db)).toEqual(before);
      db.close();
    });
  }

  it('refuses a pack that claims the bundled id, whether or not the bundled pack is installed', async () => {
    const message = `Pack id "core" belongs to the bundled dataset; give the imported pack another id.`;
    const { db, service } = await withBundled();
    const before = await snapshot(db);
    expect(await importPack(db, bundled({ events: [], reports: [] }), clock())).toEqual({ ok: false, errors: [message] });
    expect(await snapshot(db)).toEqual(before);
    const emptyDb = freshDb();
    const empty = new PackService(emptyDb, clock);
    expect(await importPack(emptyDb, bundled(), clock())).toEqual({ ok: false, errors: [message] });
    expect(await empty.list()).toEqual([]);
    db.close();
    emptyDb.close();
  });
});

describe('importPackFile', () => {
  it('imports a picked file, and refuses one larger than any pack can be without reading it', async () => {
    const { db, service } = await withBundled();
    expect(await importPackFile(db, new Blob([imported() as Uint8Array<ArrayBuffer>]), clock())).toMatchObject({ ok: true, pack: { meta: { id: 'extra' } } });
    const before = await snapshot(db);
    let read = false;
    const huge = { size: 600 * 2 ** 20, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) } as unknown as Blob;
    const result = await importPackFile(db, huge, clock());
    expect(result).toEqual({ ok: false, errors: ['The file is 600 MB; a pack can be at most 480 MB uncompressed, so this one cannot be read.'] });
    expect(read).toBe(false);
    expect(await snapshot(db)).toEqual(before);
    expect((await service.list()).length).toBe(2);
    db.close();
  });
});

describe('PackService.remove', () => {
  it('removes an imported pack and returns what is left', async () => {
    const { db, service } = await withBundled();
    await importPack(db, imported(), clock());
    expect((await service.remove('extra')).map((p) => p.meta.id)).toEqual(['core']);
    expect(await service.repository().events(['extra-1'])).toEqual([]);
    db.close();
  });

  it('refuses to remove the bundled pack, with a message, and keeps it', async () => {
    const { db, service } = await withBundled();
    await expect(service.remove('core')).rejects.toThrow('The bundled dataset cannot be removed; you can turn badges off or disable Corroborate on a site instead.');
    await expect(service.remove('nope')).rejects.toThrow('No installed pack has the id "nope".');
    expect((await service.list()).map((p) => p.meta.id)).toEqual(['core']);
    db.close();
  });
});

describe('PackService.ensureBundled', () => {
  it('installs the bundled pack once and skips identical bytes', async () => {
    const db = freshDb();
    const service = new PackService(db, clock);
    let fetches = 0;
    const fetchBytes = async () => (fetches++, bundled());
    await service.ensureBundled(fetchBytes, false);
    const first = await db.packs.get('core');
    expect(first).toMatchObject({ origin: 'bundled', hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await service.ensureBundled(fetchBytes, false); // a wake: installed, nothing fetched
    expect(fetches).toBe(1);
    await service.ensureBundled(fetchBytes, true); // an update with the same bytes: fetched, not reinstalled
    expect(fetches).toBe(2);
    expect(await db.packs.get('core')).toEqual(first);
    db.close();
  });

  it('reinstalls when the bundled bytes change', async () => {
    const db = freshDb();
    const service = new PackService(db, clock);
    await service.ensureBundled(async () => bundled(), true);
    const first = await db.packs.get('core');
    await service.ensureBundled(async () => bundled({ events: [fakeEvent({ title: 'Changed title' }), fakePack().events[1]!] }), true);
    const second = await db.packs.get('core');
    expect(second!.hash).not.toBe(first!.hash);
    expect(second!.installedAt).not.toBe(first!.installedAt);
    expect((await service.repository().events(['ev-1']))[0]!.event.title).toBe('Changed title');
    db.close();
  });

  it('says the bundled pack is damaged, and installs nothing, when it does not decode', async () => {
    const db = freshDb();
    const service = new PackService(db, clock);
    await expect(service.ensureBundled(async () => new TextEncoder().encode('{}'), true)).rejects.toThrow(/^The bundled dataset is damaged: This file is not a Corroborate dataset pack/);
    expect(await db.packs.count()).toBe(0);
    db.close();
  });
});
