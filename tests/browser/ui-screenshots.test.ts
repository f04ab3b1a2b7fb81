// Screenshots for review (not assertions): the badged article (with a card open), the popup for
// that tab and the options page, in light and dark. Opt in, as it writes files:
//   SCREENSHOTS=1 npx vitest run --project browser tests/browser/ui-screenshots.test.ts
// Output: tmp/screenshots/ (gitignored), and the store listing's images in store/screenshots/
// (1280 × 800, light scheme; committed, so rerun this after a visible UI change).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, it } from 'vitest';
import { ROOT } from './harness';
import { OurUi } from './our-ui';
import { extensionSession } from './session';

const OUT = join(ROOT, 'tmp/screenshots');
const STORE = join(ROOT, 'store/screenshots');

describe.runIf(process.env.SCREENSHOTS === '1')('screenshots', () => {
  const session = extensionSession();

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    mkdirSync(STORE, { recursive: true });
  });

  it('captures the store listing images at 1280 × 800', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(session.server.url('/pages/ui-strikes-article.html'));
    await page.locator('[data-corroborate][data-kind="badge"]').nth(2).waitFor({ timeout: 20_000 });
    const ours = await OurUi.of(page);
    await ours.click('button.badge', { hasText: '64? outlets' });
    await ours.waitFor('.card');
    await ours.close();
    await page.screenshot({ path: join(STORE, '1-article-figure-card.png') });
    const front = await session.browser.context.newPage();
    await front.setViewportSize({ width: 1280, height: 800 });
    await front.goto(session.server.url('/pages/ui-front-page.html'));
    await front.locator('[data-corroborate][data-kind="link"]').first().waitFor({ timeout: 20_000 });
    const frontUi = await OurUi.of(front);
    await frontUi.hover('button.badge');
    await frontUi.waitFor('.card');
    await frontUi.close();
    await front.screenshot({ path: join(STORE, '2-front-page-links.png') });
    const popup = await session.browser.popup(await session.browser.tabIdOf(page));
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.locator('.match').waitFor({ timeout: 10_000 });
    await popup.screenshot({ path: join(STORE, '3-popup.png') });
    for (const p of [page, front, popup]) await p.close();
  });


  for (const scheme of ['light', 'dark'] as const) {
    it(`captures the article, the popup and the options page (${scheme})`, async () => {
      const page = await session.browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 820, height: 860 });
      await page.goto(session.server.url('/pages/ui-strikes-article.html'));
      await page.locator('[data-corroborate][data-kind="badge"]').nth(2).waitFor({ timeout: 20_000 });
      await page.screenshot({ path: join(OUT, `article-${scheme}.png`), fullPage: true });
      const ours = await OurUi.of(page);
      await ours.click('button.badge', { hasText: '64? outlets' });
      await ours.waitFor('.card');
      await page.screenshot({ path: join(OUT, `article-card-${scheme}.png`) });
      await page.mouse.click(5, 5);
      await ours.click('button.summary');
      await ours.waitFor('.card');
      await ours.close();
      await page.screenshot({ path: join(OUT, `article-summary-card-${scheme}.png`) });

      const front = await session.browser.context.newPage();
      await front.emulateMedia({ colorScheme: scheme });
      await front.setViewportSize({ width: 820, height: 560 });
      await front.goto(session.server.url('/pages/ui-front-page.html'));
      await front.locator('[data-corroborate][data-kind="link"]').first().waitFor({ timeout: 20_000 });
      const frontUi = await OurUi.of(front);
      await frontUi.hover('button.badge');
      await frontUi.waitFor('.card');
      await frontUi.close();
      await front.screenshot({ path: join(OUT, `front-page-${scheme}.png`) });

      const popup = await session.browser.popup(await session.browser.tabIdOf(page));
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.locator('.match').waitFor({ timeout: 10_000 });
      await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`) });
      await popup.screenshot({ path: join(OUT, `popup-full-${scheme}.png`), fullPage: true });
      // The full popup in parts of a screen each, to look at without shrinking.
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < height; y += 1000, i++) {
        await popup.screenshot({ path: join(OUT, `popup-part${i}-${scheme}.png`), fullPage: true, clip: { x: 0, y, width: 420, height: Math.min(1000, height - y) } });
      }

      // A page that is not an article: the popup says so, and what the dataset covers.
      const other = await session.browser.context.newPage();
      await other.goto(session.server.url('/pages/not-an-article.html'));
      const empty = await session.browser.popup(await session.browser.tabIdOf(other));
      await empty.emulateMedia({ colorScheme: scheme });
      await empty.setViewportSize({ width: 420, height: 600 });
      await empty.locator('.coverage').waitFor({ timeout: 10_000 });
      await empty.screenshot({ path: join(OUT, `popup-not-article-${scheme}.png`) });

      const options = await session.browser.options();
      await options.emulateMedia({ colorScheme: scheme });
      await options.setViewportSize({ width: 900, height: 1000 });
      await options.locator('[data-pack="core"]').waitFor({ timeout: 10_000 });
      await options.screenshot({ path: join(OUT, `options-${scheme}.png`), fullPage: true });
      const broken = JSON.stringify({ format: 'corroborate-pack', schemaVersion: 1, meta: { id: 'x' }, events: [{ id: 'e', date: 'soon' }] });
      await options.setInputFiles('#pack-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
      await options.locator('.import [role="alert"]').waitFor();
      await options.locator('.import').screenshot({ path: join(OUT, `options-import-error-${scheme}.png`) });
      for (const p of [page, front, popup, options]) await p.close();
    });
  }
});
