// Content script wiring: decide what the page is, read it, ask the background, show the result.
// Every failure here is silent for the page: the reader's page must never break because of us.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { classifyPage, headlineLinks } from '../core/article/gate';
import { extractArticle } from '../core/article/extract';
import { send } from '../messaging/browser-transport';
import { browserT } from '../ui/browser-i18n';
import { mountPageUi, type PageUi } from '../ui/page/mount';
import { siteDisabled } from '../ui/sites';

const SPA_SETTLE_MS = 800;
// An orphaned content script (the extension was reloaded or removed) is only noticed when it asks;
// while badges are up it asks this often, so they go away with the extension.
const CONTEXT_CHECK_MS = 2000;

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  let ui: PageUi | null = null;
  // Each run gets a number; a run that finishes after a newer one started (an SPA navigation in
  // the middle of an analysis) shows nothing.
  let generation = 0;
  let watching = false;
  const clear = () => {
    ui?.remove();
    ui = null;
  };
  const watchContext = () => {
    if (watching) return;
    watching = true;
    ctx.setInterval(() => void ctx.isInvalid, CONTEXT_CHECK_MS);
  };
  const run = async (gen: number) => {
    const settings = await send('settings', {});
    if (siteDisabled(location.hostname, settings.disabledSites)) return;
    const gate = classifyPage(document);
    if (gate.kind === 'other') return;
    const anchors = headlineLinks(document);
    const links = anchors.map((a) => ({ href: a.href, text: (a.textContent ?? '').trim().replace(/\s+/g, ' ') }));
    const snapshot = gate.kind === 'article' ? extractArticle(document, { url: location.href }) : null;
    const tab = snapshot ? await send('analyze', { snapshot }) : null;
    const linkMatches = links.length ? await send('links', { links }) : [];
    if (!ctx.isValid || gen !== generation || !settings.badges) return;
    const byHref = new Map(linkMatches.map((m) => [m.href, m]));
    clear();
    ui = mountPageUi(document, {
      snapshot,
      tab,
      links: anchors.flatMap((anchor) => {
        const match = byHref.get(anchor.href);
        return match ? [{ anchor, match }] : [];
      }),
      t: browserT(),
    });
    watchContext();
  };
  const safeRun = () => run(++generation).catch((err: unknown) => console.debug('[corroborate]', err));
  ctx.onInvalidated(clear);
  // Single-page sites change the URL without a new document: clear what we showed and read again
  // once the new content has had time to render.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    generation++;
    clear();
    ctx.setTimeout(() => void safeRun(), SPA_SETTLE_MS);
  });
  await safeRun();
}
