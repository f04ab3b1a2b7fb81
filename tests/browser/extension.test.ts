import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

describe('the built extension in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads as an MV3 extension with a running service worker', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number; permissions?: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
  });

  it('reads a fixture article and the popup for that tab shows it', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/pages/kassab-article.html'));
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.popup(tabId);
    await expect
      .poll(async () => (await popup.reload(), await popup.locator('.article-title').textContent()), { timeout: 20_000 })
      .toBe('Hamas official Izz al-Din Kassab killed in strike near Khan Younis');
  });

  it('says so in the popup when a tab has no article', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/pages/not-an-article.html'));
    const popup = await browser.popup(await browser.tabIdOf(page));
    await popup.getByText('This page was not read as a news article.').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.article-title').count()).toBe(0);
  });
});
