// Content script wiring: decide what the page is, read it, ask the background, show the result.
// Every failure here is silent for the page: the reader's page must never break because of us.
//
// The page shares the DOM with us, so nothing the page can dispatch steers this script: we do not
// listen to WXT's context events (a page that knows the extension id could fire them to stop us or to
// force analyses), we watch the URL ourselves, and we decide we are orphaned by asking the runtime.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { classifyPage, headlineLinks } from '../core/article/gate';
import { anchorRoot, textMapBuilder, type TextMap } from '../core/article/anchors';
import { pageReader } from '../core/article/serialize';
import { send } from '../messaging/browser-transport';
import { splitPage } from '../messaging/page-parts';
import { browserT } from '../ui/browser-i18n';
import { isOurHost, mountPageUi, type PageUi } from '../ui/page/mount';
import { siteDisabled } from '../ui/sites';
import { createNavigationWatch } from './navigation';
import { inSlices } from './slices';
import { useLocaleData } from '../ui/i18n';

// An orphaned content script (the extension was reloaded or removed) is only noticed when it asks;
// this often, so badges go away with the extension.
const CONTEXT_CHECK_MS = 2000;
// A page that keeps taking our badges out (a re-render loop) gets them back this many times for one
// text, then is left alone: we do not fight the page.
const MAX_REMOUNTS = 5;

/** True while the extension that injected us is still installed and running. */
function alive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

export async function runContentScript(_ctx: ContentScriptContext): Promise<void> {
  let ui: PageUi | null = null;
  // Each run gets a number; a run that finishes after a newer one started (an SPA navigation in
  // the middle of an analysis) shows nothing.
  let generation = 0;
  let shown: { read: string; data: Parameters<typeof mountPageUi>[1]; remounts: number } | null = null;
  const clear = () => {
    ui?.remove();
    ui = null;
  };
  const run = async (gen: number): Promise<string | null> => {
    const settings = await send('settings', {});
    if (siteDisabled(location.hostname, settings.disabledSites)) return (clear(), null);
    const gate = classifyPage(document);
    if (gate.kind === 'other') return (clear(), 'other');
    const anchors = headlineLinks(document);
    const links = anchors.map((a) => ({ href: a.href, text: (a.textContent ?? '').trim().replace(/\s+/g, ' ') }));
    // The article is read in the background; here the page is only written out, in slices.
    let html: string | null = null;
    if (gate.kind === 'article') {
      const reader = pageReader(document, { ignore: isOurHost });
      if (!(await inSlices(reader.step, () => gen !== generation))) return null;
      html = reader.finish();
    }
    const read = `${html ?? ''}\u0000${links.map((l) => l.href).join('\u0000')}`;
    // Same page as the last analysis (a hash change, a URL rewrite): what is shown still stands,
    // or, if the page rebuilt its DOM under it, is shown again from the same answer.
    if (nav.unchanged(read) && shown?.read === read) {
      if (ui?.intact()) return read;
      if (shown.remounts >= MAX_REMOUNTS) return (clear(), read);
      shown.remounts++;
      await show(shown.data, gen);
      return read;
    }
    clear();
    const answer = html !== null ? await sendPage(html, () => gen !== generation) : null;
    const linkMatches = links.length ? await send('links', { links }) : [];
    if (!alive() || gen !== generation || !settings.badges) return read;
    const tab = answer?.tab ?? null;
    const byHref = new Map(linkMatches.map((m) => [m.href, m]));
    const data = {
      snapshot: answer?.snapshot ?? null,
      tab,
      links: anchors.flatMap((anchor) => {
        const match = byHref.get(anchor.href);
        return match ? [{ anchor, match }] : [];
      }),
      t: browserT(),
    };
    shown = { read, data, remounts: 0 };
    await show(data, gen);
    if (tab && ui && (ui.failed || ui.hidden)) void send('page-ui', { failed: ui.failed, hidden: ui.hidden }).catch(() => undefined);
    return read;
  };
  const show = async (data: Parameters<typeof mountPageUi>[1], gen: number) => {
    clear();
    // The text map of a big page is built in slices too; a navigation meanwhile drops it.
    let map: TextMap | undefined;
    if (data.tab?.analysis.matches.length && data.snapshot) {
      const builder = textMapBuilder(anchorRoot(document), { ignore: isOurHost });
      if (!(await inSlices(builder.step, () => gen !== generation))) return;
      map = builder.finish();
    }
    // The first Intl formatter in a page starts ICU there (20–45 ms in one task): the badges' numbers
    // and dates are written from the locale's patterns, read by the background (ui/locale-format.ts).
    const locale = await send('locale-data', { locale: data.t.locale }).catch(() => null);
    if (locale) useLocaleData(locale);
    if (gen !== generation) return;
    ui = mountPageUi(document, data, map);
  };
  const nav = createNavigationWatch({
    href: () => location.href,
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    setInterval: (fn, ms) => window.setInterval(fn, ms),
    clearInterval: (id) => window.clearInterval(id),
    onNavigate: () => {
      generation++;
    },
    stale: () => ui !== null && !ui.intact(),
    analyse: () => run(++generation).catch((err: unknown) => (console.debug('[corroborate]', err), null)),
  });
  const stop = () => {
    clear();
    nav.stop();
  };
  const check = window.setInterval(() => {
    if (!alive()) {
      window.clearInterval(check);
      stop();
    }
  }, CONTEXT_CHECK_MS);
  await loaded();
  if (!alive()) return stop();
  await nav.start();
}

// The page first: reading starts once it has loaded (so its load event never waits on us) and the
// browser has a moment to spare, or after these bounds on a page that never finishes loading.
const LOAD_WAIT_MS = 10_000;
const IDLE_WAIT_MS = 2_000;

function loaded(): Promise<void> {
  const idle = () =>
    new Promise<void>((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
      else setTimeout(resolve, 0);
    });
  if (document.readyState === 'complete') return idle();
  return new Promise<void>((resolve) => {
    const go = () => {
      clearTimeout(timer);
      removeEventListener('load', go);
      resolve();
    };
    const timer = setTimeout(go, LOAD_WAIT_MS);
    addEventListener('load', go);
  }).then(idle);
}

/**
 * Sends the written-out page for analysis. A large page goes in parts, one message per task, so no
 * single task on the page's thread serialises megabytes; a newer run abandons an older transfer.
 */
async function sendPage(html: string, stale: () => boolean) {
  const parts = splitPage(html);
  if (parts.length === 1) return send('analyze-page', { html, url: location.href });
  const id = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('-');
  for (const [index, part] of parts.entries()) {
    if (stale()) return null;
    await send('page-part', { id, index, count: parts.length, part });
  }
  return send('analyze-page', { parts: { id, count: parts.length }, url: location.href });
}
