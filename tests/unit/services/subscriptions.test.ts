// One check of a subscription against a fake server (a fetch of our own over a table of routes):
// what it installs, what it refuses and keeps, and what it sends.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PACK_TABLES, type CorroborateDb } from '../../../src/data/db';
import { encodePack } from '../../../src/data/pack/codec';
import { importPack } from '../../../src/services/packs';
import { checkSubscription, listSubscriptions, subscribe, unsubscribe } from '../../../src/services/subscriptions';
import type { Fetch } from '../../../src/services/subscriptions/download';
import { fakeEvent, fakeMeta, fakePack, fakeReport } from '../factories';
import { freshDb } from '../data/helpers';

const PACK_URL = 'https://packs.example.org/extra.pack.json.gz';
const MANIFEST_URL = `${PACK_URL}.manifest.json`;
const now = () => '2026-12-07T10:00:00.000Z';

const packBytes = (title: string, id = 'extra') =>
  encodePack(fakePack({ meta: fakeMeta({ id, title, version: '1.0.0' }), events: [fakeEvent({ id: `${id}-1`, title })], reports: [fakeReport({ id: `${id}-1#1`, eventId: `${id}-1` })] }));
const hex = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const manifestFor = (bytes: Uint8Array, o: Record<string, unknown> = {}) => JSON.stringify({ version: '1.0.0', sha256: hex(bytes), size: bytes.length, url: PACK_URL, ...o });

type Route = { status?: number; body?: string | Uint8Array; headers?: Record<string, string>; stall?: boolean };

/** A server as a table of routes; records the headers of every request. */
function fakeServer(routes: Record<string, Route | ((h: Headers) => Route)>) {
  const seen: { url: string; headers: Headers; init: RequestInit }[] = [];
  const fetch: Fetch = (url, init) => {
    const headers = new Headers(init.headers);
    seen.push({ url, headers, init });
    const entry = routes[url];
    const r = typeof entry === 'function' ? entry(headers) : (entry ?? { status: 404, body: 'not found' });
    return new Promise((resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      if (r.stall) return; // headers never come
      const body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
      resolve(new Response(r.status === 304 ? null : (body as BodyInit | undefined) ?? null, { status: r.status ?? 200, headers: r.headers }));
    });
  };
  return { fetch, seen };
}

async function withSubscription(): Promise<CorroborateDb> {
  const db = freshDb();
  await subscribe(db, PACK_URL, now());
  return db;
}

async function packRows(db: CorroborateDb) {
  return Object.fromEntries(await Promise.all(PACK_TABLES.map(async (t) => [t, await db.table(t).toArray()] as const)));
}

describe('subscribe', () => {
  it('stores the address with its manifest beside it and fetches nothing', async () => {
    const db = freshDb();
    expect(await subscribe(db, PACK_URL, now())).toEqual([expect.objectContaining({ url: PACK_URL, manifestUrl: MANIFEST_URL, packId: null, version: null, lastError: null })]);
    // The same address twice is one subscription.
    expect(await subscribe(db, PACK_URL, now())).toHaveLength(1);
    db.close();
  });

  it('refuses a plain-http address on the internet', async () => {
    const db = freshDb();
    await expect(subscribe(db, 'http://packs.example.org/p.json.gz', now())).rejects.toThrow(/Only https/);
    expect(await listSubscriptions(db)).toEqual([]);
    db.close();
  });
});

describe('checkSubscription', () => {
  it('installs a good pack as a subscribed pack and records its version', async () => {
    const db = await withSubscription();
    const bytes = packBytes('Version one');
    const server = fakeServer({ [MANIFEST_URL]: { body: manifestFor(bytes), headers: { etag: '"m1"' } }, [PACK_URL]: { body: bytes } });
    const outcome = await checkSubscription(db, PACK_URL, { fetch: server.fetch, now });
    expect(outcome).toMatchObject({ result: 'updated', version: '1.0.0', replaced: false, pack: { origin: 'subscribed', meta: { id: 'extra' } } });
    expect(await listSubscriptions(db)).toEqual([expect.objectContaining({ packId: 'extra', version: '1.0.0', lastUpdatedAt: now(), lastError: null })]);
    expect((await db.subscriptions.get(PACK_URL))?.etag).toBe('"m1"');
    // No cookies, no referrer, no HTTP cache in the way of our own validators.
    expect(server.seen.map((s) => [s.url, s.init.credentials, s.init.referrerPolicy, s.init.cache])).toEqual([
      [MANIFEST_URL, 'omit', 'no-referrer', 'no-store'],
      [PACK_URL, 'omit', 'no-referrer', 'no-store'],
    ]);
    db.close();
  });

  it('asks again with If-None-Match and changes nothing on a 304', async () => {
    const db = await withSubscription();
    const bytes = packBytes('Version one');
    const server = fakeServer({
      [MANIFEST_URL]: (h) => (h.get('if-none-match') === '"m1"' ? { status: 304 } : { body: manifestFor(bytes), headers: { etag: '"m1"' } }),
      [PACK_URL]: { body: bytes },
    });
    await checkSubscription(db, PACK_URL, { fetch: server.fetch, now });
    const before = await packRows(db);
    const outcome = await checkSubscription(db, PACK_URL, { fetch: server.fetch, now });
    expect(outcome).toEqual({ result: 'unchanged', version: '1.0.0' });
    expect(server.seen[2]!.headers.get('if-none-match')).toBe('"m1"');
    expect(server.seen).toHaveLength(3); // no second pack download
    expect(await packRows(db)).toEqual(before);
    db.close();
  });

  it('does not download again when a new manifest names the same bytes', async () => {
    const db = await withSubscription();
    const bytes = packBytes('Version one');
    const server = fakeServer({ [MANIFEST_URL]: { body: manifestFor(bytes) }, [PACK_URL]: { body: bytes } });
    await checkSubscription(db, PACK_URL, { fetch: server.fetch, now });
    expect(await checkSubscription(db, PACK_URL, { fetch: server.fetch, now })).toEqual({ result: 'unchanged', version: '1.0.0' });
    expect(server.seen.filter((s) => s.url === PACK_URL)).toHaveLength(1);
    db.close();
  });

  it('replaces the pack with a newer one', async () => {
    const db = await withSubscription();
    const one = packBytes('Version one');
    const two = packBytes('Version two');
    let current = one;
    const server = fakeServer({ [MANIFEST_URL]: () => ({ body: manifestFor(current, { version: current === one ? '1.0.0' : '2.0.0' }) }), [PACK_URL]: () => ({ body: current }) });
    await checkSubscription(db, PACK_URL, { fetch: server.fetch, now });
    current = two;
    expect(await checkSubscription(db, PACK_URL, { fetch: server.fetch, now })).toMatchObject({ result: 'updated', version: '2.0.0', replaced: true });
    expect((await db.packs.get('extra'))?.hash).toBe(hex(two));
    db.close();
  });

  describe('keeps the installed pack and records why', () => {
    const cases: [string, (good: Uint8Array) => Record<string, Route>, RegExp][] = [
      ['a manifest that is not JSON', () => ({ [MANIFEST_URL]: { body: '<html>oops</html>' } }), /manifest is not valid JSON/],
      ['a 404 for the manifest', () => ({}), /There is no manifest at https:\/\/packs\.example\.org\/extra\.pack\.json\.gz\.manifest\.json \(the server answered 404\)/],
      ['a pack with the wrong hash', (good) => ({ [MANIFEST_URL]: { body: manifestFor(good, { sha256: 'ab'.repeat(32) }) }, [PACK_URL]: { body: good } }), /SHA-256 is [0-9a-f]{64}; its manifest says abab/],
      ['a pack longer than its manifest says', (good) => ({ [MANIFEST_URL]: { body: manifestFor(good, { size: good.length - 10 }) }, [PACK_URL]: { body: good } }), /larger than the \d+ bytes its manifest gives/],
      ['a pack shorter than its manifest says', (good) => ({ [MANIFEST_URL]: { body: manifestFor(good, { size: good.length + 10 }) }, [PACK_URL]: { body: good } }), /bytes; its manifest says/],
      ['a manifest over the size limit', () => ({ [MANIFEST_URL]: { body: manifestFor(new Uint8Array(1), { size: 2 ** 40 }) } }), /more than any pack can be/],
      ['a corrupt pack whose hash matches', (good) => {
        const bad = good.slice();
        bad[Math.floor(bad.length / 2)]! ^= 0xff;
        return { [MANIFEST_URL]: { body: manifestFor(bad) }, [PACK_URL]: { body: bad } };
      }, /The pack was refused: The gzip data is (corrupt|truncated)/],
      ['a pack whose id changed', () => {
        const other = packBytes('Renamed', 'renamed');
        return { [MANIFEST_URL]: { body: manifestFor(other) }, [PACK_URL]: { body: other } };
      }, /now has the id "renamed", not "extra"/],
      ['a missing pack file', (good) => ({ [MANIFEST_URL]: { body: manifestFor(good) } }), /names a pack file that is not there/],
    ];
    for (const [name, routes, error] of cases) {
      it(`on ${name}`, async () => {
        const db = await withSubscription();
        const good = packBytes('Version one');
        await checkSubscription(db, PACK_URL, { fetch: fakeServer({ [MANIFEST_URL]: { body: manifestFor(good) }, [PACK_URL]: { body: good } }).fetch, now });
        const before = await packRows(db);
        const outcome = await checkSubscription(db, PACK_URL, { fetch: fakeServer(routes(packBytes('Version two'))).fetch, now });
        expect(outcome).toMatchObject({ result: 'failed', error: expect.stringMatching(error) });
        expect(await packRows(db)).toEqual(before);
        const [sub] = await listSubscriptions(db);
        expect(sub).toMatchObject({ version: '1.0.0', lastError: expect.stringMatching(error) });
        db.close();
      });
    }
  });

  it('gives up on a manifest that does not come, with a message', async () => {
    const db = await withSubscription();
    const server = fakeServer({ [MANIFEST_URL]: { stall: true } });
    const outcome = await checkSubscription(db, PACK_URL, { fetch: server.fetch, now, timeouts: { manifestMs: 50, idleMs: 50, totalMs: 1000 } });
    expect(outcome).toEqual({ result: 'failed', error: expect.stringMatching(/packs\.example\.org did not send the manifest within 0\.1 s/) });
    db.close();
  });

  it('gives up on a pack whose bytes stop coming, with a message', async () => {
    const db = await withSubscription();
    const good = packBytes('Version one');
    const stalling = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(good.subarray(0, 100)) }); // never closes
    const server = fakeServer({ [MANIFEST_URL]: { body: manifestFor(good) } });
    const fetch: Fetch = (url, init) =>
      url === PACK_URL
        ? new Promise((resolve, reject) => {
            init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
            resolve(new Response(stalling));
          })
        : server.fetch(url, init);
    const outcome = await checkSubscription(db, PACK_URL, { fetch, now, timeouts: { manifestMs: 1000, idleMs: 80, totalMs: 5000 } });
    expect(outcome).toMatchObject({ result: 'failed', error: expect.stringMatching(/stopped sending the pack \(nothing for 0\.1 s\)/) });
    expect(await db.packs.count()).toBe(0);
    db.close();
  });

  it('never replaces an imported pack with the same id', async () => {
    const db = await withSubscription();
    await importPack(db, packBytes('From a file'), now());
    const bytes = packBytes('From the server');
    const outcome = await checkSubscription(db, PACK_URL, { fetch: fakeServer({ [MANIFEST_URL]: { body: manifestFor(bytes) }, [PACK_URL]: { body: bytes } }).fetch, now });
    expect(outcome).toMatchObject({ result: 'failed', error: expect.stringMatching(/imported from a file/) });
    expect((await db.packs.get('extra'))?.origin).toBe('imported');
    db.close();
  });
});

describe('unsubscribe', () => {
  it('removes the subscription and its pack together, and the pack cannot be overwritten by an import meanwhile', async () => {
    const db = await withSubscription();
    const bytes = packBytes('Version one');
    await checkSubscription(db, PACK_URL, { fetch: fakeServer({ [MANIFEST_URL]: { body: manifestFor(bytes) }, [PACK_URL]: { body: bytes } }).fetch, now });
    expect(await importPack(db, packBytes('From a file'), now())).toMatchObject({ ok: false, errors: [expect.stringMatching(/installed from a subscription/)] });
    const { subscriptions, packs } = await unsubscribe(db, PACK_URL);
    expect(subscriptions).toEqual([]);
    expect(packs).toEqual([]);
    expect(Object.values(await packRows(db)).every((rows) => rows.length === 0)).toBe(true);
    await expect(unsubscribe(db, PACK_URL)).rejects.toThrow(/no subscription/);
    db.close();
  });
});
