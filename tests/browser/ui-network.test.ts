// No request leaves the extension. Every request made by the pages (and the content script in
// them), the popup, the options page and the service worker is recorded while the extension does
// everything it does; none may go anywhere but the extension itself and the local fixture server.
// playwright-core ≥ 1.5x reports service-worker requests as context requests by default (the old
// PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS switch is gone); a canary fetch from the worker
// proves they are really seen.
import { describe, expect, it } from 'vitest';
import { OurUi } from './our-ui';
import { extensionSession } from './session';

describe('network use in Chromium', () => {
  const session = extensionSession();



  it('makes no request beyond chrome-extension:// and the local fixture server', async () => {
    const requests: { url: string; from: string }[] = [];
    session.browser.context.on('request', (r) => {
      const worker = r.serviceWorker();
      requests.push({ url: r.url(), from: worker ? `service worker ${worker.url()}` : (r.frame()?.url() ?? '?') });
    });

    let tabId = 0;
    for (const path of ['/pages/ui-strikes-article.html', '/pages/ui-front-page.html', '/pages/ui-hostile-article.html', '/pages/ui-spa-article.html']) {
      const page = await session.browser.context.newPage();
      await page.goto(session.server.url(path));
      await page.locator('[data-corroborate]').first().waitFor({ timeout: 20_000 });
      if (path.includes('strikes')) tabId = await session.browser.tabIdOf(page);
      // Open a card: its links are plain links, nothing is prefetched.
      const ours = await OurUi.of(page);
      await ours.click('button');
      await ours.close();
    }
    const popup = await session.browser.popup(tabId);
    await popup.locator('.match').waitFor({ timeout: 10_000 });
    await popup.fill('input[type="search"]', 'Khan Younis');
    await popup.press('input[type="search"]', 'Enter');
    await popup.locator('.hit').first().click();
    await popup.locator('.event-title').waitFor();
    const options = await session.browser.options();
    await options.locator('[data-pack="core"]').waitFor({ timeout: 10_000 });

    // The canary: a request from the service worker must show up in what is recorded.
    const canary = `chrome-extension://${session.browser.extensionId}/manifest.json?canary=${Date.now()}`;
    await session.browser.worker.evaluate((url) => fetch(url).then((r) => r.status), canary);
    await expect.poll(() => requests.some((r) => r.url === canary && r.from.startsWith('service worker')), { timeout: 5_000 }).toBe(true);

    const allowed = [`chrome-extension://${session.browser.extensionId}/`, `${session.server.origin}/`];
    const outside = requests.filter((r) => !allowed.some((a) => r.url.startsWith(a)) && !r.url.startsWith('data:'));
    expect(outside).toEqual([]);
    // And the fixtures really were loaded through this recorder.
    expect(requests.some((r) => r.url.startsWith(session.server.origin))).toBe(true);
  });
});
