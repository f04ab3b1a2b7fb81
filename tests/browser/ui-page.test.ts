// What the reader sees inside the page: badges beside the quoted words and a summary under the
// headline (each in a shadow root), date badges on headline links, nothing left behind on SPA
// navigation or when the extension goes away, and page text that stays text.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness';
import { extensionSession } from './session';

interface HostInfo {
  kind: string;
  before: string;
  label: string;
  shadowText: string;
  lightText: string;
  afterLink: string | null;
}

function hostsOf(page: Page): Promise<HostInfo[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-corroborate]'), (h) => ({
      kind: h.getAttribute('data-kind') ?? '',
      before: h.previousSibling?.textContent ?? '',
      label: h.shadowRoot?.querySelector('.label')?.textContent ?? '',
      shadowText: h.shadowRoot?.textContent ?? '',
      lightText: h.textContent ?? '',
      afterLink: h.previousElementSibling?.tagName === 'A' ? h.previousElementSibling.id : null,
    })),
  );
}

const count = (page: Page, kind?: string) => page.evaluate((k) => document.querySelectorAll(k ? `[data-corroborate][data-kind="${k}"]` : '[data-corroborate]').length, kind ?? null);

describe('in-page badges in Chromium', () => {
  const session = extensionSession();



  it('puts each badge right after the words it quotes, inside a shadow root, and the summary after the headline', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-strikes-article.html'));
    await expect.poll(() => count(page, 'badge'), { timeout: 20_000 }).toBe(3);
    const hosts = await hostsOf(page);
    const badges = hosts.filter((h) => h.kind === 'badge');
    const byLabel = Object.fromEntries(badges.map((b) => [b.label, b.before]));
    expect(byLabel['64? outlets: 25–95']).toMatch(/were killed$/);
    expect(byLabel['article dated 2 Nov 2024']).toMatch(/As of November 1, 2023$/);
    expect(byLabel['no source named']).toMatch(/Source :$/);
    for (const b of badges) expect(b.lightText).toBe('');
    const summary = await page.evaluate(() => {
      const host = document.querySelector('[data-corroborate][data-kind="summary"]')!;
      return { after: host.previousElementSibling?.tagName, text: host.shadowRoot?.textContent ?? '' };
    });
    expect(summary.after).toBe('H1');
    expect(summary.text).toContain('Wave of Israeli strikes across Gaza');
    expect(summary.text).toContain('6 sources');
    expect(summary.text).toContain('3 discrepancies');
    await page.close();
  });

  it('opens a card from the keyboard and closes it with Escape, giving focus back', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-strikes-article.html'));
    const button = page.locator('[data-corroborate][data-kind="badge"] button.badge', { hasText: '64? outlets' });
    await button.waitFor({ timeout: 20_000 });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('[data-corroborate] .card[role="dialog"]');
    await card.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await card.textContent()).toContain('Reports of this event give 25–95 killed; none gives 64.');
    const link = card.locator('a', { hasText: 'Al Jazeera' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    await page.keyboard.press('Tab'); // into the card: the close button
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toContain('badge');
    // A click outside closes a card opened by a click.
    await button.click();
    await card.waitFor();
    await page.mouse.click(5, 5);
    await card.waitFor({ state: 'detached' });
    await page.close();
  });

  it('has no accessibility violations in its badges, summary and open card', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-strikes-article.html'));
    const button = page.locator('[data-corroborate][data-kind="summary"] button.summary');
    await button.waitFor({ timeout: 20_000 });
    await button.click();
    await page.locator('[data-corroborate] .card').waitFor();
    const ours = (await axeViolations(page)).filter((v) => v.targets.some((t) => t.includes('[data-corroborate]')));
    expect(ours).toEqual([]);
    await page.close();
  });

  it('shows markup in the page text as inert text and is not restyled by hostile page CSS', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-hostile-article.html'));
    await expect.poll(() => count(page, 'summary'), { timeout: 20_000 }).toBe(1);
    const summary = page.locator('[data-corroborate][data-kind="summary"] button.summary');
    await summary.click();
    await page.locator('[data-corroborate] .card').waitFor();
    const badge = page.locator('[data-corroborate][data-kind="badge"] button.badge').first();
    await badge.hover();
    const result = await page.evaluate(() => {
      const roots = Array.from(document.querySelectorAll('[data-corroborate]'), (h) => h.shadowRoot!);
      const host = document.querySelector('[data-corroborate][data-kind="badge"]') as HTMLElement;
      const button = host.shadowRoot!.querySelector('button')!;
      const style = getComputedStyle(button);
      return {
        flag: (window as unknown as { __corroboratePwned?: number }).__corroboratePwned ?? null,
        pageImgs: document.querySelectorAll('img, b[onmouseover]').length,
        ourElements: roots.reduce((n, r) => n + r.querySelectorAll('img, script, b, [onerror], [onmouseover]').length, 0),
        hostDisplay: getComputedStyle(host).display,
        color: style.color,
        fontSize: style.fontSize,
        letterSpacing: style.letterSpacing,
      };
    });
    expect(result.flag).toBeNull();
    expect(result.pageImgs).toBe(0);
    expect(result.ourElements).toBe(0);
    expect(result.hostDisplay).toBe('inline');
    expect(result.color).not.toBe('rgb(255, 0, 255)');
    expect(result.fontSize).toBe('11.5px');
    expect(result.letterSpacing).toBe('normal');
    // The popup quotes the headline's markup as text too.
    const popup = await session.browser.popup(await session.browser.tabIdOf(page));
    const title = popup.locator('.article-title');
    await title.waitFor({ timeout: 10_000 });
    expect(await title.textContent()).toBe('Izz al-Din Kassab killed near Khan Younis <img src=x onerror="window.__corroboratePwned=1">');
    expect(await popup.evaluate(() => document.querySelectorAll('#app img:not(.logo), #app script, #app b').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __corroboratePwned?: number }).__corroboratePwned ?? null)).toBeNull();
    await popup.close();
    await page.close();
  });

  it('badges front-page links to known events with the event date, and leaves other links alone', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-front-page.html'));
    await expect.poll(() => count(page, 'link'), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const hosts = (await hostsOf(page)).filter((h) => h.kind === 'link');
    const byLink = Object.fromEntries(hosts.map((h) => [h.afterLink, h.label]));
    expect(byLink.kassab).toBe('1 Nov 2024');
    expect(byLink.nasrallah).toMatch(/^27 Sept? 2024$/);
    for (const unrelated of ['budget', 'marathon', 'library', 'orchestra', 'tram']) expect(byLink[unrelated]).toBeUndefined();
    // The event's title shows on focus.
    const badge = page.locator('[data-corroborate][data-kind="link"] button.badge').first();
    await badge.focus();
    const tip = page.locator('[data-corroborate] .card[role="tooltip"]');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('Izz al-Din Kassab');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    await page.close();
  });

  it('removes everything it added when a single-page site navigates, and reads the next story', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-spa-article.html'));
    await expect.poll(() => count(page), { timeout: 20_000 }).toBeGreaterThan(1);
    const pristine = await page.evaluate(() => {
      const clone = document.getElementById('app')!.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-corroborate]').forEach((h) => h.remove());
      clone.normalize();
      return clone.innerHTML;
    });
    await page.evaluate(() => (window as unknown as { spaGo(p: string): void }).spaGo('/pages/sections'));
    await expect.poll(() => count(page), { timeout: 5_000 }).toBe(0);
    // Back to the story: it is read again and badged again, and the DOM we split is whole again.
    await page.evaluate(() => (window as unknown as { spaGo(p: string): void }).spaGo('/pages/ui-spa-article.html'));
    await expect.poll(() => count(page, 'badge'), { timeout: 20_000 }).toBe(2);
    await page.evaluate(() => (window as unknown as { spaGo(p: string): void }).spaGo('/pages/sections'));
    await expect.poll(() => count(page), { timeout: 5_000 }).toBe(0);
    expect(pristine).toContain('at least 64 people were killed');
    await page.close();
  });

  it('takes its badges out of a page when the extension is reloaded (its context invalidated)', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-strikes-article.html'));
    await expect.poll(() => count(page, 'badge'), { timeout: 20_000 }).toBe(3);
    expect(await count(page)).toBe(5); // and the summary, and the related link's date
    const before = await page.evaluate(() => document.querySelectorAll('article p').length);
    // Last test of the file: the reload replaces the service worker the harness holds.
    await session.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await expect.poll(() => count(page), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('article p').length)).toBe(before);
  });
});
