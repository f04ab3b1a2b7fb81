// Content script wiring: decide what the page is, read it, ask the background, show the result.
// Every failure here is silent for the page: the reader's page must never break because of us.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { classifyPage, headlineLinks } from '../core/article/gate';
import { extractArticle } from '../core/article/extract';
import { send } from '../messaging/browser-transport';
import { mountPageUi, type PageUi } from '../ui/page/mount';

const SPA_SETTLE_MS = 800;

export async function runContentScript(ctx: ContentScriptContext): Promise<void> {
  let ui: PageUi | null = null;
  const run = async () => {
    const settings = await send('settings', {});
    if (settings.disabledSites.includes(location.hostname)) return;
    const gate = classifyPage(document);
    if (gate.kind === 'other') return;
    const links = headlineLinks(document).map((a) => ({ href: a.href, text: (a.textContent ?? '').trim().replace(/\s+/g, ' ') }));
    const tab = gate.kind === 'article' ? await send('analyze', { snapshot: extractArticle(document, { url: location.href }) }) : null;
    const linkMatches = links.length ? await send('links', { links }) : [];
    if (!ctx.isValid || !settings.badges) return;
    ui?.remove();
    ui = mountPageUi(document, { tab, links: linkMatches });
  };
  const safeRun = () => run().catch((err: unknown) => console.debug('[corroborate]', err));
  ctx.onInvalidated(() => ui?.remove());
  // Single-page sites change the URL without a new document: clear what we showed and read again
  // once the new content has had time to render.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ui?.remove();
    ui = null;
    ctx.setTimeout(() => void safeRun(), SPA_SETTLE_MS);
  });
  await safeRun();
}
