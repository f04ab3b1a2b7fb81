import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

describe('the built extension in Chromium', () => {
  const session = extensionSession();



  it('loads as an MV3 extension with a running service worker', async () => {
    expect(session.browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await session.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number; permissions?: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
  });

  it('reads a fixture article and the popup for that tab shows it', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/kassab-article.html'));
    const tabId = await session.browser.tabIdOf(page);
    const popup = await session.browser.popup(tabId);
    await expect
      .poll(async () => (await popup.reload(), await popup.locator('.article-title').textContent()), { timeout: 20_000 })
      .toBe('Hamas official Izz al-Din Kassab killed in strike near Khan Younis');
  });

  it('says so in the popup when a tab has no article', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/not-an-article.html'));
    const popup = await session.browser.popup(await session.browser.tabIdOf(page));
    await popup.getByText('This page was not read as a news article.').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.article-title').count()).toBe(0);
  });
});
