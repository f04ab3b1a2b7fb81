// Real-browser harness: Debian's Chromium, driven by playwright-core, with the built extension
// loaded, and fixture pages served on 127.0.0.1. Nothing is downloaded.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.gz': 'application/gzip', '.css': 'text/css', '.js': 'text/javascript' };

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** A route's body: HTML text (served as UTF-8), or bytes with their own content type. */
export type Route = string | { body: string | Uint8Array; type: string };

/** Serves tests/fixtures (or `root`) on 127.0.0.1; extra routes override files. */
export async function serveFixtures(root = FIXTURES, routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    if (route !== undefined) {
      if (typeof route === 'string') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(route);
      else res.writeHead(200, { 'content-type': route.type }).end(route.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, url: (p) => origin + p, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request any page, frame or the extension made, in order. */
  requests: string[];
  popup(tabId?: number): Promise<Page>;
  options(): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}; run "npm run build" first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'corroborate-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}`;
  return {
    context,
    worker,
    extensionId,
    requests,
    async popup(tabId) {
      const page = await context.newPage();
      await page.goto(`${base}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
      return page;
    },
    async options() {
      const page = await context.newPage();
      await page.goto(`${base}/options.html`);
      return page;
    },
    async tabIdOf(page) {
      // Without the "tabs" permission tab URLs are hidden from the extension, so the page is made
      // the active tab and the active tab's id is read.
      await page.bringToFront();
      const id = await worker.evaluate(async () => {
        type TabsApi = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
        const [tab] = await (globalThis as unknown as { chrome: TabsApi }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? null;
      });
      if (id === null) throw new Error(`No active tab for ${page.url()}`);
      return id;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (from node_modules) in a page and returns its violations. The source is evaluated
 * through the DevTools protocol, which extension pages' CSP does not block (addScriptTag would be).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** Sends a message the way the popup and options page do, from an extension page; resolves to the Reply. */
export function sendFromPage<T = unknown>(page: Page, type: string, req: unknown): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  return page.evaluate(
    ([t, r]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }).chrome.runtime.sendMessage({ corroborate: 1, type: t, req: r }),
    [type, req] as const,
  );
}

/**
 * Stops the extension's service worker (as Chromium does when it idles), through the DevTools
 * protocol of an extension page; the next message starts it afresh, with nothing in memory.
 */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

export interface PickedPack {
  ok: boolean;
  /** The verdict's text, and each listed problem when it was refused. */
  text: string;
  errors: string[];
  /** From picking the file to the verdict on the page. */
  ms: number;
}

/** Picks `bytes` as a pack file in the options page, as a user would, and reads the page's verdict. */
export async function pickPackFile(page: Page, name: string, bytes: Uint8Array, timeout = 60_000): Promise<PickedPack> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-import-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  try {
    await page.locator('#pack-file:enabled').waitFor({ timeout: 20_000 });
    const start = performance.now();
    await page.setInputFiles('#pack-file', file);
    const verdict = page.locator('.import .result-ok, .import [role="alert"]').first();
    await verdict.waitFor({ timeout });
    const ms = performance.now() - start;
    const ok = (await page.locator('.import .result-ok').count()) > 0;
    return { ok, text: (await verdict.textContent()) ?? '', errors: await page.locator('.import [role="alert"] li').allTextContents(), ms };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Grants the extension an optional host permission, as the reader would by accepting the browser's
 * prompt. Headless Chromium shows that prompt and nobody can answer it (Playwright does not drive
 * it: microsoft/playwright#32755), so the grant is made the way the extensions page makes it, with
 * its private API (chrome://extensions, developerPrivate.addHostPermission). The extension's own
 * permissions.request then resolves true without a prompt, in its own click handler.
 */
export async function grantHostPermission(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://extensions');
    await page.evaluate(
      ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, host),
      [extensionId, pattern] as const,
    );
  } finally {
    await page.close();
  }
}
