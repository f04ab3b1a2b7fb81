// The dataset in real Chromium IndexedDB: the built extension installs its bundled pack when it is
// installed, reads events back from IndexedDB (also after its service worker was stopped), imports
// (a file picked in the options page) and removes a pack, and refuses a damaged, huge or inflating
// file with a message, quickly, without touching what is installed and without the background
// ever going quiet.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventDetail, PackSummary } from '../../src/messaging/protocol';
import { encodePack, NOT_JSON_TEXT, TOO_COMPRESSED } from '../../src/data/pack/codec';
import { fakeEvent, fakeMeta, fakePack, fakeReport } from '../unit/factories';
import { EXTENSION_DIR, pickPackFile, sendFromPage, stopServiceWorkers } from './harness';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/**
 * Asks the background for its status every 25 ms from another extension page while `work` runs;
 * resolves with the slowest answer, ms. An import must never make the background go quiet.
 */
async function slowestAnswerDuring<T>(pinger: Page, work: () => Promise<T>): Promise<{ result: T; slowest: number; answers: number }> {
  const pinging = pinger.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    const w = globalThis as unknown as { stopPinging?: boolean };
    w.stopPinging = false;
    let slowest = 0;
    let answers = 0;
    while (!w.stopPinging) {
      const start = performance.now();
      await chrome.runtime.sendMessage({ corroborate: 1, type: 'status', req: {} });
      slowest = Math.max(slowest, performance.now() - start);
      answers++;
      await new Promise((ok) => setTimeout(ok, 25));
    }
    return { slowest, answers };
  });
  try {
    const result = await work();
    return { result, ...(await (async () => {
      await pinger.evaluate(() => void ((globalThis as unknown as { stopPinging?: boolean }).stopPinging = true));
      return pinging;
    })()) };
  } catch (e) {
    await pinger.evaluate(() => void ((globalThis as unknown as { stopPinging?: boolean }).stopPinging = true)).catch(() => undefined);
    throw e;
  }
}
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
    const result = await pickPackFile(page, 'extra.pack.json.gz', corrupt);
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatch(/gzip data is (corrupt|truncated)/);
    const notJson = await pickPackFile(page, 'page.html', new TextEncoder().encode('<html></html>'));
    expect(notJson).toMatchObject({ ok: false, errors: [NOT_JSON_TEXT] });
    expect(await ask<PackSummary[]>(page, 'packs')).toEqual(before);
  });

  it('imports a valid pack next to the bundled one, reads its events, and removes it again', async () => {
    const pack = fakePack({
      meta: fakeMeta({ id: 'extra', title: 'Extra' }),
      events: [fakeEvent({ id: 'extra-1', title: 'Flood in Rafah' })],
      reports: [fakeReport({ id: 'extra-1#1', eventId: 'extra-1' })],
    });
    const result = await pickPackFile(page, 'extra.pack.json.gz', encodePack(pack));
    expect(result).toMatchObject({ ok: true });
    expect(result.text).toMatch(/^Added Extra .*: 1 event/);
    // The background was told: its answers include the new pack at once.
    expect(summary(await ask<PackSummary[]>(page, 'packs'))).toEqual([BUNDLED, 'extra:imported:1']);
    expect((await ask<EventDetail | null>(page, 'event-detail', { id: 'extra-1' }))?.event.title).toBe('Flood in Rafah');
    expect(summary(await ask<PackSummary[]>(page, 'remove-pack', { id: 'extra' }))).toEqual([BUNDLED]);
    expect(await ask(page, 'event-detail', { id: 'extra-1' })).toBeNull();
  });

  it('refuses a gzip bomb (600 MB inflated from 600 KB) within 5 s, the background answering all along', async () => {
    const before = await ask<PackSummary[]>(page, 'packs');
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"format":"corroborate-pack","events":['), Buffer.alloc(600 * 2 ** 20, 0x20)]), { level: 9 });
    expect(bomb.length).toBeLessThan(2 ** 20);
    const pinger = await session.browser.popup();
    const { result, slowest, answers } = await slowestAnswerDuring(pinger, () => pickPackFile(page, 'bomb.pack.json.gz', bomb));
    await pinger.close();
    expect(result).toMatchObject({ ok: false, errors: [TOO_COMPRESSED] });
    console.log(`gzip bomb refused in ${result.ms.toFixed(0)} ms; slowest background answer meanwhile ${slowest.toFixed(0)} ms`);
    // Judged against the gzip fed so far, the bomb is known a few megabytes into its output:
    // 0.3–0.4 s measured here, where judging against the whole file took 5–6 s.
    expect(result.ms).toBeLessThan(5_000);
    expect(answers).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(400); // target 100 ms; 17–250 ms measured on a busy 2-core machine
    expect(await ask<PackSummary[]>(page, 'packs')).toEqual(before);
  });

  it('reads a 100 MB file and refuses it with the reason, the background answering all along', async () => {
    const before = await ask<PackSummary[]>(page, 'packs');
    // A pack whose title is 133 MB of base64 noise: over 100 MB of gzip that inflates cleanly
    // and parses, so every stage runs on the whole file before the schema says no.
    const pack = fakePack({ meta: fakeMeta({ id: 'huge', title: 'x' }) });
    const [head, tail] = JSON.stringify(pack).split('"title":"x"') as [string, string];
    const big = gzipSync(Buffer.concat([Buffer.from(head + '"title":"'), Buffer.from(randomBytes(100 * 2 ** 20).toString('base64')), Buffer.from('"' + tail)]), { level: 1 });
    expect(big.length).toBeGreaterThan(100 * 2 ** 20);
    const pinger = await session.browser.popup();
    const { result, slowest } = await slowestAnswerDuring(pinger, () => pickPackFile(page, 'huge.pack.json.gz', big));
    await pinger.close();
    expect(result.ok).toBe(false);
    expect(result.errors.join(' ')).toMatch(/characters long; at most 500 are allowed/);
    expect(slowest).toBeLessThan(400); // target 100 ms; 17–250 ms measured on a busy 2-core machine
    expect(await ask<PackSummary[]>(page, 'packs')).toEqual(before);
    console.log(`100 MB file refused in ${result.ms.toFixed(0)} ms; slowest background answer meanwhile ${slowest.toFixed(0)} ms`);
  }, 120_000);
});
