// The popup for a badged tab, the options page (import, removal, settings that persist), and axe
// on both in light and dark.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePack, encodePack } from '../../src/data/pack/codec';
import { fakeEvent, fakeMeta, fakePack } from '../unit/factories';
import { axeViolations } from './harness';
import { extensionSession } from './session';

type Api = { chrome: { action: { getBadgeText(q: { tabId: number }): Promise<string>; setIcon(q: { tabId: number; path: Record<string, string> }): Promise<void> } } };

async function openAllDetails(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

describe('popup and options in Chromium', () => {
  const session = extensionSession();
  let tabId: number;
  let article: Page;

  beforeAll(async () => {
    article = await session.browser.context.newPage();
    await article.goto(session.server.url('/pages/ui-strikes-article.html'));
    await article.locator('[data-corroborate][data-kind="summary"]').waitFor({ timeout: 20_000 });
    tabId = await session.browser.tabIdOf(article);
  });


  it('shows the matched event and its discrepancies for the tab, and the toolbar badge counts them', async () => {
    const popup = await session.browser.popup(tabId);
    await popup.locator('.match').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.match-title').textContent()).toBe('Wave of Israeli strikes across Gaza hits Nuseirat, Deir al-Balah, Zawayda and northern Gaza (31 Oct - 2 Nov 2024)');
    expect(await popup.locator('.conf').textContent()).toMatch(/^(?:[5-9]\d|100)% match$/);
    expect(await popup.locator('.group-title').allTextContents()).toEqual(['Figures 1', 'Dates against the publication date 1', 'Sourcing 1']);
    expect(await popup.locator('.disc-item .msg').first().textContent()).toBe('Reports of this event give 25–95 killed; none gives 64.');
    expect(await popup.locator('table.sources tbody tr').count()).toBe(6);
    expect(await popup.locator('.timeline li[aria-current="true"]').count()).toBe(1);
    expect(await popup.locator('svg.spark').count()).toBeGreaterThan(0);
    expect(await popup.locator('.attrib').textContent()).toContain('Tech for Palestine');
    expect(await session.browser.worker.evaluate((id) => (globalThis as unknown as Api).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('3');
    // Both toolbar states' images are in the build: setIcon rejects a path it cannot load.
    const cases: [Record<string, string>, boolean][] = [
      [{ '16': 'icons/idle-16.png', '32': 'icons/idle-32.png' }, true],
      [{ '16': 'icons/16.png', '32': 'icons/32.png' }, true],
      [{ '16': 'icons/missing.png' }, false],
    ];
    for (const [path, loads] of cases) {
      const ok = await session.browser.worker.evaluate(
        ([id, p]) => (globalThis as unknown as Api).chrome.action.setIcon({ tabId: id as number, path: p as Record<string, string> }).then(() => true, () => false),
        [tabId, path] as const,
      );
      expect(ok, JSON.stringify(path)).toBe(loads);
    }
    await popup.close();
  });

  it('fits the answer in about two screens at 420 × 600, with the detail behind disclosures', async () => {
    const popup = await session.browser.popup(tabId);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.locator('.match').waitFor({ timeout: 10_000 });
    const folded = await popup.evaluate(() => document.documentElement.scrollHeight);
    expect(folded).toBeLessThanOrEqual(1200);
    // The answer is on the first screen: the event, its date and sources, and the warnings.
    const firstScreen = await popup.evaluate(() => ['.match-title', '.match-meta', '.disc-item'].map((s) => document.querySelector(s)!.getBoundingClientRect().top));
    for (const top of firstScreen) expect(top).toBeLessThan(600);
    // Nothing was dropped to get there: opening every disclosure shows the full detail.
    await openAllDetails(popup);
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(folded);
    expect(await popup.locator('table.sources tbody tr').count()).toBe(6);
    await popup.close();
  });

  it('searches the dataset and opens an event from the results', async () => {
    const popup = await session.browser.popup(tabId);
    await popup.locator('input[type="search"]').waitFor({ timeout: 10_000 });
    await popup.fill('input[type="search"]', 'Nasrallah Beirut');
    await popup.press('input[type="search"]', 'Enter');
    const hit = popup.locator('.hit', { hasText: 'Hassan Nasrallah' });
    await hit.waitFor({ timeout: 10_000 });
    await hit.click();
    await popup.locator('.event-title', { hasText: 'Hassan Nasrallah' }).waitFor();
    expect(await popup.locator('table.sources tbody tr').count()).toBeGreaterThan(0);
    await popup.click('.back');
    await popup.locator('.match').waitFor();
    await popup.close();
  });

  it('imports a valid pack, rejects a corrupt one with its messages, lists and removes packs', async () => {
    const options = await session.browser.options();
    await options.locator('[data-pack="core"]').waitFor({ timeout: 10_000 });
    expect(await options.locator('[data-pack="core"] button').count()).toBe(0);
    const good = encodePack(fakePack({ meta: fakeMeta({ id: 'ui-test-pack', title: 'UI test pack', version: '2.1.0' }) }));
    await options.setInputFiles('#pack-file', { name: 'ui-test.pack.json.gz', mimeType: 'application/gzip', buffer: Buffer.from(good) });
    await options.locator('.result-ok').waitFor({ timeout: 15_000 });
    expect(await options.locator('.result-ok').textContent()).toBe('Added UI test pack 2.1.0: 2 events, 3 reports.');
    await options.locator('[data-pack="ui-test-pack"]').waitFor();

    const badPack = fakePack({ meta: fakeMeta({ id: 'broken' }), events: [fakeEvent({ date: 'yesterday' }), fakeEvent({ id: 'ev-2', title: '' })] });
    const bad = new TextEncoder().encode(JSON.stringify(badPack));
    const expected = decodePack(bad);
    expect(expected.ok).toBe(false);
    await options.setInputFiles('#pack-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = options.locator('.import [role="alert"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.locator('li').allTextContents()).toEqual((expected as { errors: string[] }).errors.slice(0, 50));
    expect(await options.locator('[data-pack="broken"]').count()).toBe(0);

    await options.setInputFiles('#pack-file', { name: 'garbage.gz', mimeType: 'application/gzip', buffer: Buffer.from([0x1f, 0x8b, 1, 2, 3]) });
    await options.locator('.import [role="alert"]', { hasText: 'garbage.gz was not imported' }).waitFor({ timeout: 15_000 });

    await options.click('[data-pack="ui-test-pack"] .pack-actions button');
    await options.click('[data-pack="ui-test-pack"] .btn-danger');
    await options.locator('[data-pack="ui-test-pack"]').waitFor({ state: 'detached', timeout: 15_000 });
    await options.close();
  });

  it("opens the bundled privacy policy from the options page's link", async () => {
    const options = await session.browser.options();
    const link = options.locator('.privacy a', { hasText: 'Privacy policy' });
    await link.waitFor({ timeout: 10_000 });
    await link.click();
    await options.waitForURL(/\/privacy\.txt$/);
    expect(await options.locator('body').textContent()).toContain('# Corroborate privacy policy');
    await options.close();
  });

  it('keeps settings: badges off and a disabled site survive a reload, and can be undone', async () => {
    const options = await session.browser.options();
    const badges = options.locator('#badges');
    await badges.waitFor({ timeout: 10_000 });
    expect(await badges.isChecked()).toBe(true);
    await badges.click();
    await options.fill('#site-input', 'https://www.example.org/news');
    await options.press('#site-input', 'Enter');
    await options.fill('#site-input', 'second.example');
    await options.press('#site-input', 'Enter');
    await options.locator('.sites li', { hasText: 'second.example' }).waitFor();
    await expect.poll(async () => (await options.reload(), await options.locator('.sites .site').allTextContents()), { timeout: 10_000 }).toEqual(['www.example.org', 'second.example']);
    expect(await options.locator('#badges').isChecked()).toBe(false);
    await options.click('#badges');
    for (const site of ['www.example.org', 'second.example']) await options.click(`.sites li:has-text("${site}") button`);
    await options.locator('.sites').waitFor({ state: 'detached' });
    await expect.poll(async () => (await options.reload(), await options.locator('#badges').isChecked()), { timeout: 10_000 }).toBe(true);
    await options.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the popup for a matched tab and in the options page (${scheme})`, async () => {
      const popup = await session.browser.popup(tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.locator('.match').waitFor({ timeout: 10_000 });
      await openAllDetails(popup);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      const options = await session.browser.options();
      await options.emulateMedia({ colorScheme: scheme });
      await options.locator('[data-pack="core"]').waitFor({ timeout: 10_000 });
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  }
});
