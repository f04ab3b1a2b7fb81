// What the reader sees inside the page: badges beside the quoted words and a summary under the
// headline (each in a closed shadow root, reached here through the DevTools protocol: our-ui.ts),
// date badges on headline links, nothing left behind on SPA navigation or when the extension goes
// away, and page text that stays text.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness';
import { OurUi } from './our-ui';
import { extensionSession } from './session';

interface HostInfo {
  kind: string;
  before: string;
  label: string;
  shadowText: string;
  lightText: string;
  afterLink: string | null;
}

async function hostsOf(page: Page): Promise<HostInfo[]> {
  const ours = await OurUi.of(page);
  try {
    return await ours.each((root) => {
      const h = root.host;
      return {
        kind: h.getAttribute('data-kind') ?? '',
        before: h.previousSibling?.textContent ?? '',
        label: root.querySelector('.label')?.textContent ?? '',
        shadowText: root.textContent ?? '',
        lightText: h.textContent ?? '',
        afterLink: h.previousElementSibling?.tagName === 'A' ? h.previousElementSibling.id : null,
      };
    });
  } finally {
    await ours.close();
  }
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
    const summary = hosts.find((h) => h.kind === 'summary')!;
    expect(await page.evaluate(() => document.querySelector('[data-corroborate][data-kind="summary"]')?.previousElementSibling?.tagName)).toBe('H1');
    expect(summary.shadowText).toContain('Wave of Israeli strikes across Gaza');
    expect(summary.shadowText).toContain('6 sources');
    expect(summary.shadowText).toContain('3 discrepancies');
    // The roots are closed: the page itself sees none of this.
    const ours = await OurUi.of(page);
    expect(new Set((await ours.roots()).map((r) => r.mode))).toEqual(new Set(['closed']));
    await ours.close();
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('[data-corroborate]'), (h) => h.shadowRoot).filter(Boolean).length)).toBe(0);
    await page.close();
  });

  it('opens a card from the keyboard and closes it with Escape, giving focus back', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-strikes-article.html'));
    const ours = await OurUi.of(page);
    const badge = { kind: 'badge', hasText: '64? outlets' };
    await ours.waitFor('button.badge', { ...badge, timeout: 20_000 });
    expect(await ours.attr('button.badge', 'aria-expanded', badge)).toBe('false');
    await ours.focus('button.badge', badge);
    await page.keyboard.press('Enter');
    await ours.waitFor('.card[role="dialog"]');
    expect(await ours.attr('button.badge', 'aria-expanded', badge)).toBe('true');
    expect(await ours.text('.card[role="dialog"]')).toContain('Reports of this event give 25–95 killed; none gives 64.');
    expect(await ours.attr('.card a', 'rel', { hasText: 'Al Jazeera' })).toBe('noopener noreferrer');
    expect(await ours.attr('.card a', 'target', { hasText: 'Al Jazeera' })).toBe('_blank');
    await page.keyboard.press('Tab'); // into the card: the close button
    await page.keyboard.press('Escape');
    await ours.waitFor('.card', { state: 'detached' });
    expect(await ours.attr('button.badge', 'aria-expanded', badge)).toBe('false');
    expect((await ours.each((root) => root.activeElement?.className ?? null)).filter(Boolean).join(' ')).toContain('badge');
    // A click outside closes a card opened by a click.
    await ours.click('button.badge', badge);
    await ours.waitFor('.card');
    await page.mouse.click(5, 5);
    await ours.waitFor('.card', { state: 'detached' });
    await ours.close();
    await page.close();
  });

  it('gives every control in its badges, summary and open card a role and a name, and adds no violation to the page', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-strikes-article.html'));
    const ours = await OurUi.of(page);
    await ours.waitFor('button.summary', { timeout: 20_000 });
    await ours.click('button.summary');
    await ours.waitFor('.card');
    // axe cannot enter closed roots; Chromium's accessibility tree can, and is what a screen reader gets.
    const nodes = await ours.accessible();
    expect(nodes.filter((n) => n.tag === 'button').length).toBeGreaterThanOrEqual(4);
    expect(nodes.some((n) => n.role === 'dialog')).toBe(true);
    for (const n of nodes) {
      expect(n.name.trim(), `${n.tag} (${n.role}) has no accessible name`).not.toBe('');
      expect(['button', 'link', 'dialog', 'tooltip', 'group', 'generic', 'region'], `${n.tag} has role ${n.role}`).toContain(n.role);
    }
    const onHosts = (await axeViolations(page)).filter((v) => v.targets.some((t) => t.includes('[data-corroborate]')));
    expect(onHosts).toEqual([]);
    await ours.close();
    await page.close();
  });

  it('shows markup in the page text as inert text and is not restyled by hostile page CSS', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/pages/ui-hostile-article.html'));
    await expect.poll(() => count(page, 'summary'), { timeout: 20_000 }).toBe(1);
    const ours = await OurUi.of(page);
    await ours.click('button.summary', { kind: 'summary' });
    await ours.waitFor('.card');
    await ours.hover('button.badge', { kind: 'badge' });
    const ourElements = (await ours.each((root) => root.querySelectorAll('img, script, b, [onerror], [onmouseover]').length)).reduce((a, b) => a + b, 0);
    const [style] = await ours.each((root) => {
      const s = getComputedStyle(root.querySelector('button')!);
      return { color: s.color, fontSize: s.fontSize, letterSpacing: s.letterSpacing, hostDisplay: getComputedStyle(root.host).display };
    }, null, 'badge');
    await ours.close();
    const result = {
      ...style!,
      ...(await page.evaluate(() => ({
        flag: (window as unknown as { __corroboratePwned?: number }).__corroboratePwned ?? null,
        pageImgs: document.querySelectorAll('img, b[onmouseover]').length,
      }))),
    };
    expect(result.flag).toBeNull();
    expect(result.pageImgs).toBe(0);
    expect(ourElements).toBe(0);
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
    const ours = await OurUi.of(page);
    await ours.focus('button.badge', { kind: 'link' });
    await ours.waitFor('.card[role="tooltip"]');
    expect(await ours.text('.card[role="tooltip"]')).toContain('Izz al-Din Kassab');
    await page.keyboard.press('Escape');
    await ours.waitFor('.card[role="tooltip"]', { state: 'detached' });
    await ours.close();
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
