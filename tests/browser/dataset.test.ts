// The dataset in real Chromium IndexedDB: the built extension installs its bundled pack when it is
// installed, reads events back from IndexedDB (also after its service worker was stopped), imports
// and removes a pack, and refuses a damaged file without touching what is installed.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail, ImportResult, PackSummary } from '../../src/messaging/protocol';
import { encodePack } from '../../src/data/pack/codec';
import { fakeEvent, fakeMeta, fakePack, fakeReport } from '../unit/factories';
import { EXTENSION_DIR, sendFromPage, stopServiceWorkers } from './harness';
import { join } from 'node:path';
import { readPackFile } from '../../src/cli/load';
import { extensionSession } from './session';

const KASSAB = '2024-11-01-izz-al-din-kassab-killed-khan-younis';
// The events of the pack the build bundled, read from the extension's own copy of it.
const BUNDLED = `core:bundled:${readPackFile(join(EXTENSION_DIR, 'packs/core.pack.json.gz')).events.length}`;

async function ask<T>(page: Page, type: string, req: unknown = {}): Promise<T> {
  const reply = await sendFromPage<T>(page, type, req);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const summary = (packs: PackSummary[]) => packs.map((p) => `${p.meta.id}:${p.origin}:${p.counts.events}`);

describe('the dataset in Chromium IndexedDB', () => {
  const session = extensionSession({ serve: false });
  let page: Page;

  beforeAll(async () => {
    page = await session.browser.options();
  });


  it('installs the bundled pack when the extension is installed', async () => {
    await expect.poll(async () => summary(await ask<PackSummary[]>(page, 'packs')), { timeout: 20_000 }).toEqual([BUNDLED]);
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(names).toContain('corroborate');
  });

  it('reads an event back from IndexedDB with its reports', async () => {
    const detail = await ask<EventDetail | null>(page, 'event-detail', { id: KASSAB });
    expect(detail?.packId).toBe('core');
    expect(detail?.event.id).toBe(KASSAB);
    expect(detail?.event.title).toMatch(/Kassab/);
    expect(detail?.reports.length).toBeGreaterThanOrEqual(5);
    expect(detail?.reports.every((r) => r.eventId === KASSAB)).toBe(true);
    expect(await ask(page, 'event-detail', { id: 'no-such-event' })).toBeNull();
  });

  it('still reads it after the service worker was stopped: the dataset is stored, not held in memory', async () => {
    const marker = () => session.browser.context.serviceWorkers()[0]!.evaluate(() => (globalThis as { testMarker?: string }).testMarker ?? 'fresh');
    await session.browser.context.serviceWorkers()[0]!.evaluate(() => void ((globalThis as { testMarker?: string }).testMarker = 'before the stop'));
    await stopServiceWorkers(session.browser.context, page);
    const detail = await ask<EventDetail | null>(page, 'event-detail', { id: KASSAB });
    expect(await marker()).toBe('fresh');
    expect(detail?.event.id).toBe(KASSAB);
    expect(summary(await ask<PackSummary[]>(page, 'packs'))).toEqual([BUNDLED]);
  });

  it('refuses a corrupt file with a message and leaves the installed packs as they were', async () => {
    const before = await ask<PackSummary[]>(page, 'packs');
    const corrupt = encodePack(fakePack({ meta: fakeMeta({ id: 'extra' }) }));
    corrupt[Math.floor(corrupt.length / 2)]! ^= 0xff;
    const result = await ask<ImportResult>(page, 'import-pack', { name: 'extra.pack.json.gz', base64: base64(corrupt) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/gzip data is (corrupt|truncated)/);
    const notJson = await ask<ImportResult>(page, 'import-pack', { name: 'page.html', base64: base64(new TextEncoder().encode('<html></html>')) });
    expect(notJson).toEqual({ ok: false, errors: ['This file is neither gzip nor JSON: it is text that does not start like JSON. A pack is a .json or .json.gz file.'] });
    expect(await ask<PackSummary[]>(page, 'packs')).toEqual(before);
  });

  it('imports a valid pack next to the bundled one, reads its events, and removes it again', async () => {
    const pack = fakePack({
      meta: fakeMeta({ id: 'extra', title: 'Extra' }),
      events: [fakeEvent({ id: 'extra-1', title: 'Flood in Rafah' })],
      reports: [fakeReport({ id: 'extra-1#1', eventId: 'extra-1' })],
    });
    const result = await ask<ImportResult>(page, 'import-pack', { name: 'extra.pack.json.gz', base64: base64(encodePack(pack)) });
    expect(result).toMatchObject({ ok: true, replaced: false, pack: { origin: 'imported', counts: { events: 1 } } });
    expect(summary(await ask<PackSummary[]>(page, 'packs'))).toEqual([BUNDLED, 'extra:imported:1']);
    expect((await ask<EventDetail | null>(page, 'event-detail', { id: 'extra-1' }))?.event.title).toBe('Flood in Rafah');
    expect(summary(await ask<PackSummary[]>(page, 'remove-pack', { id: 'extra' }))).toEqual([BUNDLED]);
    expect(await ask(page, 'event-detail', { id: 'extra-1' })).toBeNull();
  });
});
