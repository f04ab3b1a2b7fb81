// Chromium half of the install benchmark: the built extension in Debian's Chromium (the browser-test
// harness), install-page.ts bundled and evaluated in the extension's options page, packs passed in
// as base64. Also the whole path a user takes: a file picked in the options page, checked and
// installed by its import worker, the background told; then a woken service worker answers a search.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension, pickPackFile, stopServiceWorkers, type ExtensionBrowser } from '../../../tests/browser/harness';
import type { PageColdResult, PageInstallResult } from './install-page';
import type { NamedQuery } from './install-queries';
import type { ArticleSnapshot } from '../../core/types';
import { median, percentile } from './stats';

export interface ChromiumPackResult {
  name: string;
  install: PageInstallResult;
  cold: PageColdResult;
  /** navigator.storage.estimate() of the extension origin after the install, bytes. */
  usage: { usage: number | null; indexedDB: number | null };
}

export interface ChromiumResult {
  packs: ChromiumPackResult[];
  /** The user's path: a file picked in the options page → checked and installed by its import worker → 'packs-changed', ms until the page shows the result. */
  fileImport: { name: string; ms: number; ok: boolean } | null;
  /** A 'search' answered by a service worker that was stopped first (wake, db open, lexicon, query), ms. */
  wokenSearch: number | null;
  /** An 'event-detail' answered by a stopped-then-woken service worker (wake, db open, event, related events, series), ms. */
  wokenDetail: number | null;
  /** 'analyze' answered by the real background over the imported pack: the pipeline's own stage timings. */
  analyze: AnalyzeTimes | null;
}

export interface AnalyzeTimes {
  articles: number;
  matched: number;
  /** match + discrepancy stages, per article, warm service worker */
  p50: number;
  p95: number;
  max: number;
  /** whole analysis (mentions included), per article, warm */
  totalP50: number;
  totalP95: number;
  /** the first article after the service worker was stopped: wake, db open, lexicon, analysis, as the page sees it */
  coldMessageMs: number;
}

export function chromiumAvailable(): string | null {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return `no built extension at ${EXTENSION_DIR} (run "npm run build")`;
  return null;
}

async function bundlePage(): Promise<string> {
  // esbuild comes with tsx and wxt; it is only needed here, at benchmark time.
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(import.meta.dirname, 'install-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

type Bench = { corroborateInstallBench: Record<string, (...args: never[]) => Promise<unknown>> };

async function benchPage(browser: ExtensionBrowser, code: string): Promise<Page> {
  const page = await browser.options();
  await page.evaluate(code);
  return page;
}

function call<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([f, a]) => (globalThis as unknown as Bench).corroborateInstallBench[f as string]!(...(a as never[])) as Promise<T>,
    [fn, args] as const,
  );
}

/** Sends a message from an extension page, timed in the page (the base64 argument's trip is not counted). */
function sendMessage(page: Page, type: string, req: unknown): Promise<{ ms: number; reply: { ok: boolean; value?: unknown; error?: string } }> {
  return page.evaluate(
    async ([t, r]) => {
      const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      const start = performance.now();
      const reply = (await chrome.runtime.sendMessage({ corroborate: 1, type: t, req: r })) as { ok: boolean };
      return { ms: performance.now() - start, reply };
    },
    [type, req] as const,
  );
}

export async function chromiumInstallBench(
  packs: { name: string; bytes: Uint8Array; queries: NamedQuery[] }[],
  userPath: { name: string; bytes: Uint8Array; search: string; eventId: string; articles: ArticleSnapshot[] } | null,
): Promise<ChromiumResult> {
  const code = await bundlePage();
  const browser = await launchWithExtension();
  try {
    const results: ChromiumPackResult[] = [];
    for (const [i, pack] of packs.entries()) {
      const dbName = `corroborate-bench-${i}`;
      const page = await benchPage(browser, code);
      const install = await call<PageInstallResult>(page, 'install', dbName, Buffer.from(pack.bytes).toString('base64'));
      const usage = await call<ChromiumPackResult['usage']>(page, 'usage');
      await page.close();
      // A fresh page: a new JavaScript context, a new Dexie instance, nothing cached.
      const fresh = await benchPage(browser, code);
      const cold = await call<PageColdResult>(fresh, 'cold', dbName, pack.queries);
      await call(fresh, 'drop', dbName);
      await fresh.close();
      results.push({ name: pack.name, install, cold, usage });
    }
    let fileImport: ChromiumResult['fileImport'] = null;
    let wokenSearch: number | null = null;
    let wokenDetail: number | null = null;
    let analyze: AnalyzeTimes | null = null;
    if (userPath) {
      const page = await browser.options();
      const picked = await pickPackFile(page, `${userPath.name}.pack.json.gz`, userPath.bytes, 120_000);
      fileImport = { name: userPath.name, ms: picked.ms, ok: picked.ok };
      await stopServiceWorkers(browser.context, page);
      await new Promise((ok) => setTimeout(ok, 500));
      wokenSearch = (await sendMessage(page, 'search', { query: userPath.search, limit: 20 })).ms;
      await stopServiceWorkers(browser.context, page);
      await new Promise((ok) => setTimeout(ok, 500));
      wokenDetail = (await sendMessage(page, 'event-detail', { id: userPath.eventId })).ms;
      analyze = await analyzeInBackground(page, browser, userPath.articles);
      await page.close();
    }
    return { packs: results, fileImport, wokenSearch, wokenDetail, analyze };
  } finally {
    await browser.close();
  }
}

/** Articles sent as 'analyze' messages to the real background, the first one to a woken worker. */
async function analyzeInBackground(page: Page, browser: ExtensionBrowser, articles: ArticleSnapshot[]): Promise<AnalyzeTimes | null> {
  if (!articles.length) return null;
  await stopServiceWorkers(browser.context, page);
  await new Promise((ok) => setTimeout(ok, 500));
  type Timed = { timing: { totalMs: number; stages?: Record<string, number> } };
  const stage: number[] = [];
  const total: number[] = [];
  let matched = 0;
  let coldMessageMs = 0;
  for (const [i, snapshot] of articles.entries()) {
    const sent = await sendMessage(page, 'analyze', { snapshot });
    if (!sent.reply.ok) throw new Error(`'analyze' failed in the background: ${sent.reply.error}`);
    const tab = sent.reply.value as { analysis: Timed & { matches: unknown[] } };
    if (i === 0) {
      coldMessageMs = sent.ms;
      continue;
    }
    const s = tab.analysis.timing.stages ?? {};
    stage.push((s.match ?? 0) + (s.discrepancies ?? 0));
    total.push(tab.analysis.timing.totalMs);
    if (tab.analysis.matches.length) matched++;
  }
  return {
    articles: stage.length,
    matched,
    p50: median(stage),
    p95: percentile(stage, 95),
    max: Math.max(...stage),
    totalP50: median(total),
    totalP95: percentile(total, 95),
    coldMessageMs,
  };
}
