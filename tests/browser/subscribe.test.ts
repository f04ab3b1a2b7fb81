// Subscribing to a pack that grows, in Chromium against a pack server of our own on 127.0.0.1: the
// options page installs a good pack and shows its version; a second check with the same manifest
// sends If-None-Match and gets a 304; a corrupt pack, a wrong hash, a missing manifest and a server
// that never answers are each refused with their reason while the installed pack stays as it was;
// unsubscribing removes the pack. The permission prompt cannot be answered headless: the origin is
// granted beforehand through the extensions page (harness grantHostPermission), and the page's own
// permissions.request, in its click handler, then resolves true with no prompt.
import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail, PackSummary } from '../../src/messaging/protocol';
import { encodePack } from '../../src/data/pack/codec';
import { fakeEvent, fakeMeta, fakePack, fakeReport } from '../unit/factories';
import { axeViolations, grantHostPermission, sendFromPage } from './harness';
import { extensionSession } from './session';

type Reply = { status: number; body?: Uint8Array | string; headers?: Record<string, string> } | 'stall';

/** A pack server whose answers the test sets; it keeps every request's path and headers. */
async function packServer() {
  const routes = new Map<string, (h: IncomingHttpHeaders) => Reply>();
  const log: { path: string; headers: IncomingHttpHeaders; status: number | 'stalled' }[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const reply = routes.get(path)?.(req.headers) ?? { status: 404, body: 'not found' };
    log.push({ path, headers: req.headers, status: reply === 'stall' ? 'stalled' : reply.status });
    if (reply === 'stall') return; // never answers
    res.writeHead(reply.status, reply.headers).end(reply.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    origin,
    routes,
    log,
    close: () => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))),
  };
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const packBytes = (title: string) =>
  encodePack(fakePack({ meta: fakeMeta({ id: 'extra', title: 'Extra' }), events: [fakeEvent({ id: 'extra-1', title })], reports: [fakeReport({ id: 'extra-1#1', eventId: 'extra-1' })] }));

async function ask<T>(page: Page, type: string, req: unknown = {}): Promise<T> {
  const reply = await sendFromPage<T>(page, type, req);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value;
}
const summary = (packs: PackSummary[]) => packs.map((p) => `${p.meta.id}:${p.origin}:${p.counts.events}`);

describe('subscribing to a pack in Chromium', () => {
  const session = extensionSession({ serve: false });
  let server: Awaited<ReturnType<typeof packServer>>;
  let page: Page;
  let packUrl: string;
  const manifestPath = '/extra.pack.json.gz.manifest.json';
  let manifestEtag = '';

  /** Serves `manifest` (JSON) with an ETag; answers 304 when asked with that ETag. */
  const serveManifest = (manifest: object) => {
    const body = JSON.stringify(manifest);
    const etag = `"m-${sha256(new TextEncoder().encode(body)).slice(0, 12)}"`;
    server.routes.set(manifestPath, (h): Reply => (h['if-none-match'] === etag ? { status: 304, headers: { etag } } : { status: 200, body, headers: { etag, 'content-type': 'application/json' } }));
    manifestEtag = etag;
  };
  const servePack = (bytes: Uint8Array) => server.routes.set('/extra.pack.json.gz', () => ({ status: 200, body: bytes, headers: { 'content-type': 'application/gzip' } }));
  const live = () => page.locator('.subscribe-result');
  const card = () => page.locator(`[data-subscription="${packUrl}"]`);
  /** Clicks "Check now" and waits until the live region says `expected`. */
  async function checkNow(expected: RegExp, timeout = 20_000): Promise<string> {
    await card().getByRole('button', { name: /^Check / }).click();
    await expect.poll(async () => (await live().textContent()) ?? '', { timeout }).toMatch(expected);
    return (await live().textContent()) ?? '';
  }

  beforeAll(async () => {
    server = await packServer();
    packUrl = `${server.origin}/extra.pack.json.gz`;
    page = await session.browser.options();
    await page.locator('[data-pack="core"]').waitFor({ timeout: 20_000 });
  });
  afterAll(async () => server?.close());

  it('refuses a plain-http address on the internet before asking for anything', async () => {
    await page.fill('#subscribe-url', 'http://packs.example.org/extra.pack.json.gz');
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect.poll(async () => live().getByRole('alert').textContent()).toMatch(/Only https addresses can be subscribed to/);
    expect(await ask(page, 'subscriptions')).toEqual([]);
  });

  it('installs a good pack beside the bundled one and shows its version', async () => {
    const bytes = packBytes('Flood in Rafah');
    servePack(bytes);
    serveManifest({ version: '1.0.0', sha256: sha256(bytes), size: bytes.length, url: 'extra.pack.json.gz' });
    await grantHostPermission(session.browser.context, session.browser.extensionId, `${server.origin}/*`);
    await page.fill('#subscribe-url', packUrl);
    await page.getByRole('button', { name: 'Subscribe', exact: true }).click();
    await expect.poll(async () => (await live().textContent()) ?? '', { timeout: 20_000 }).toBe('Installed Extra, version 1.0.0.');
    expect(await card().locator('[data-field="version"]').textContent()).toBe('1.0.0');
    expect(await card().locator('[data-field="updated"]').textContent()).not.toBe('never');
    expect(await card().locator('.site').textContent()).toBe(packUrl);
    // The background was told: its answers include the new pack, and its events, at once.
    expect(summary(await ask<PackSummary[]>(page, 'packs'))).toEqual([expect.stringMatching(/^core:bundled:/), 'extra:subscribed:1']);
    expect((await ask<EventDetail | null>(page, 'event-detail', { id: 'extra-1' }))?.event.title).toBe('Flood in Rafah');
    await page.locator('[data-pack="extra"] .tag', { hasText: 'Subscribed' }).waitFor();
    // Only the manifest, then the pack; no cookies could be sent, and none were.
    expect(server.log.map((r) => `${r.path} ${r.status}`)).toEqual([`${manifestPath} 200`, '/extra.pack.json.gz 200']);
    expect(server.log.every((r) => r.headers.cookie === undefined && r.headers.referer === undefined)).toBe(true);
  });

  it('sends If-None-Match on a second check of an unchanged manifest, gets a 304 and changes nothing', async () => {
    const before = await ask<PackSummary[]>(page, 'packs');
    const etag = manifestEtag;
    server.log.length = 0;
    expect(await checkNow(/No update/)).toBe('No update: version 1.0.0 is the latest.');
    expect(server.log.map((r) => [r.path, r.headers['if-none-match'], r.status])).toEqual([[manifestPath, etag, 304]]);
    expect(await ask<PackSummary[]>(page, 'packs')).toEqual(before);
  });

  it('refuses a corrupt pack with the reason and keeps the installed one', async () => {
    const before = await ask<PackSummary[]>(page, 'packs');
    const corrupt = packBytes('Corrupted');
    corrupt[Math.floor(corrupt.length / 2)]! ^= 0xff;
    servePack(corrupt);
    serveManifest({ version: '1.1.0', sha256: sha256(corrupt), size: corrupt.length, url: 'extra.pack.json.gz' });
    const text = await checkNow(/The update failed/);
    expect(text).toMatch(/The pack was refused: The gzip data is (corrupt|truncated)/);
    expect(await live().getByRole('alert').count()).toBe(1);
    expect(await card().locator('[data-field="error"]').textContent()).toMatch(/The pack was refused/);
    // With a subscription, its error and an alert on the page, axe finds nothing to fault.
    expect(await axeViolations(page)).toEqual([]);
    expect(await card().locator('[data-field="version"]').textContent()).toBe('1.0.0');
    expect(await ask<PackSummary[]>(page, 'packs')).toEqual(before);
    expect((await ask<EventDetail | null>(page, 'event-detail', { id: 'extra-1' }))?.event.title).toBe('Flood in Rafah');
  });

  it('refuses a pack whose SHA-256 is not the manifest\'s', async () => {
    const before = await ask<PackSummary[]>(page, 'packs');
    const bytes = packBytes('Changed on the way');
    servePack(bytes);
    serveManifest({ version: '1.2.0', sha256: sha256(packBytes('What was announced')), size: bytes.length, url: 'extra.pack.json.gz' });
    expect(await checkNow(/The update failed/)).toMatch(/SHA-256 is [0-9a-f]{64}; its manifest says [0-9a-f]{64}/);
    expect(await ask<PackSummary[]>(page, 'packs')).toEqual(before);
  });

  it('says plainly when there is no manifest (404)', async () => {
    server.routes.delete(manifestPath);
    expect(await checkNow(/The update failed/)).toContain(`There is no manifest at ${packUrl}.manifest.json (the server answered 404)`);
    expect(await card().locator('[data-field="version"]').textContent()).toBe('1.0.0');
  });

  it('gives up on a server that does not answer, with a message, and keeps the pack', async () => {
    const before = await ask<PackSummary[]>(page, 'packs');
    server.routes.set(manifestPath, () => 'stall');
    const start = performance.now();
    expect(await checkNow(/The update failed/, 30_000)).toMatch(/did not send the manifest within 10 s; it may be slow or down/);
    expect(performance.now() - start).toBeGreaterThan(9_000);
    expect(await ask<PackSummary[]>(page, 'packs')).toEqual(before);
  });

  it('unsubscribes: the pack goes with it', async () => {
    await card().getByRole('button', { name: /^Unsubscribe/ }).click();
    await expect.poll(async () => (await live().textContent()) ?? '').toMatch(/^Unsubscribed from /);
    expect(summary(await ask<PackSummary[]>(page, 'packs'))).toEqual([expect.stringMatching(/^core:bundled:/)]);
    expect(await ask(page, 'subscriptions')).toEqual([]);
    expect(await ask(page, 'event-detail', { id: 'extra-1' })).toBeNull();
    // Chrome keeps the origin: the content script's matches cover every http site (see the notes).
    expect(await live().textContent()).toMatch(/Your browser keeps Corroborate's access to that site/);
  });
});
