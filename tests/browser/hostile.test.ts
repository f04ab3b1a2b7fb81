// Pages that try to break or steer the extension, each a finding turned into a regression test:
// a finding in the headline, a page that rewrites its URL many times a second, a page that fires
// the content script's own event names at it or listens for its announcement, a page that
// defines our old host element first, and a page of 100,000 paragraphs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';
import { problems, visitHostile } from './hostile-visit';

const STRIKES = readFileSync(join(FIXTURES, 'pages/ui-strikes-article.html'), 'utf8');
// The year slip moved into the headline: its badge goes inside the <h1>, the summary after it.
const HEADLINE = STRIKES.replace(
  '<h1>Overnight strikes on central Gaza camps leave dozens dead</h1>',
  '<h1>As of November 1, 2023, overnight strikes on central Gaza camps leave dozens dead</h1>',
).replace(/<p>As of November 1, 2023, the ministry said[^<]*<\/p>/, '');

// The story, then 100,000 paragraphs of a comment thread of our own after it.
const HUGE = STRIKES.replace(
  '</article>',
  `</article><section class="comments">${Array.from({ length: 100_000 }, (_, i) => `<p>Reader ${i} wrote that the harbour road was closed again on day ${i % 31}.</p>`).join('')}</section>`,
);

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures(FIXTURES, { '/hostile/headline.html': HEADLINE, '/hostile/strikes.html': STRIKES, '/hostile/100k.html': HUGE });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const count = (page: Page, kind?: string) => page.evaluate((k) => document.querySelectorAll(k ? `[data-corroborate][data-kind="${k}"]` : '[data-corroborate]').length, kind ?? null);

/** When the background last analysed a page in this tab (storage.session). */
async function analysedAt(tabId: number): Promise<number | null> {
  return browser.worker.evaluate(async (id) => {
    type Session = { storage: { session: { get(k: string): Promise<Record<string, { analysedAt: number } | undefined>> } } };
    const got = await (globalThis as unknown as { chrome: Session }).chrome.storage.session.get(`tab:${id}`);
    return got[`tab:${id}`]?.analysedAt ?? null;
  }, tabId);
}

describe('hostile pages in Chromium', () => {
  it('places a finding that lies in the headline, and the summary after the headline', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url('/hostile/headline.html'));
    await expect.poll(() => count(page, 'summary'), { timeout: 20_000 }).toBe(1);
    const where = await page.evaluate(() => ({
      inHeadline: document.querySelectorAll('h1 [data-corroborate][data-kind="badge"]').length,
      afterHeadline: document.querySelector('[data-corroborate][data-kind="summary"]')?.previousElementSibling?.tagName ?? null,
      headline: document.querySelector('h1')!.textContent,
    }));
    expect(where).toEqual({ inHeadline: 1, afterHeadline: 'H1', headline: 'As of November 1, 2023, overnight strikes on central Gaza camps leave dozens dead' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('analyses a page that rewrites its URL ten times a second once, and leaves no strays', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/hostile/strikes.html'));
    await expect.poll(() => count(page, 'badge'), { timeout: 20_000 }).toBe(3);
    const tabId = await browser.tabIdOf(page);
    const first = await analysedAt(tabId);
    expect(first).not.toBeNull();
    // Three seconds of pushState with the same article on screen.
    await page.evaluate(async () => {
      for (let i = 0; i < 30; i++) {
        history.pushState({}, '', `?page=${i}`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    });
    await page.waitForTimeout(2500);
    // The text did not change: the badges stand, none doubled, and nothing was asked again.
    expect(await count(page, 'badge')).toBe(3);
    expect(await count(page, 'summary')).toBe(1);
    expect(await analysedAt(tabId)).toBe(first);
    await page.close();
  });

  it('is not stopped or driven by events the page fires with our names, and announces nothing to the page', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { seen: string[] }).seen = [];
      window.addEventListener('message', (e) => (window as unknown as { seen: string[] }).seen.push(JSON.stringify(e.data)));
    });
    await page.goto(server.url('/hostile/strikes.html'));
    await expect.poll(() => count(page, 'badge'), { timeout: 20_000 }).toBe(3);
    const tabId = await browser.tabIdOf(page);
    const first = await analysedAt(tabId);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen.filter((m) => m.includes('content-script-started')))).toEqual([]);
    // A page that knows the extension id (it is public for store installs) fires WXT's events.
    await page.evaluate((id) => {
      const prefix = `${id}:article:`;
      document.dispatchEvent(new CustomEvent(`${prefix}wxt:content-script-started`, { detail: { contentScriptName: 'article', messageId: 'page' } }));
      for (let i = 0; i < 200; i++) window.dispatchEvent(new Event(`${prefix}wxt:locationchange`));
    }, browser.extensionId);
    await page.waitForTimeout(2500);
    expect(await count(page, 'badge')).toBe(3);
    expect(await analysedAt(tabId)).toBe(first);
    // And it still follows a real navigation after all that.
    await page.evaluate(() => history.pushState({}, '', '/elsewhere'));
    await page.evaluate(() => (document.querySelector('article')!.innerHTML = '<h1>Harbour festival returns</h1><p>Boats and music on the quay this weekend.</p>'));
    await expect.poll(() => count(page, 'badge'), { timeout: 10_000 }).toBe(0);
    await page.close();
  });

  it('shows its badges on a page that defined a <corroborate-ui> element of its own first', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      customElements.define(
        'corroborate-ui',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachShadow({ mode: 'open' }).innerHTML = '<b>taken</b>';
          }
        },
      );
    });
    await page.goto(server.url('/hostile/strikes.html'));
    await expect.poll(() => count(page, 'badge'), { timeout: 20_000 }).toBe(3);
    expect(await count(page, 'summary')).toBe(1);
    await page.close();
  });

  it("keeps its cards from a page that patches attachShadow to open every root", async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const original = Element.prototype.attachShadow;
      const caught: ShadowRoot[] = [];
      (window as unknown as { caught: ShadowRoot[] }).caught = caught;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = original.call(this, { ...init, mode: 'open' });
        caught.push(root);
        return root;
      };
    });
    await page.goto(server.url('/hostile/strikes.html'));
    await expect.poll(() => count(page, 'badge'), { timeout: 20_000 }).toBe(3);
    // The content script's world has its own prototypes: the page's patch never runs for us.
    const seen = await page.evaluate(() => ({
      caught: (window as unknown as { caught: ShadowRoot[] }).caught.length,
      open: Array.from(document.querySelectorAll('[data-corroborate]')).filter((h) => h.shadowRoot !== null).length,
      text: Array.from(document.querySelectorAll('[data-corroborate]'), (h) => h.textContent).join(''),
    }));
    expect(seen).toEqual({ caught: 0, open: 0, text: '' });
    await page.close();
  });
  it('reads a page of 100,000 paragraphs in short slices, off the load, and badges its story', async () => {
    const visit = await visitHostile(browser, server, { path: '/hostile/100k.html', category: 'huge', name: '100,000 paragraphs', selfChanging: false, route: HUGE }, { trace: true });
    expect(problems(visit)).toEqual([]);
    expect(visit.hosts).toBeGreaterThan(1);
    // Reading it in one go held the page's thread for about a second (the text map alone; with
    // Readability in the page, longer). The budget is 50 ms; the margin is for a busy machine.
    expect(visit.longestTaskMs).toBeLessThan(100);
  }, 120_000);
});
