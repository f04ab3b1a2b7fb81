// One visit of a generated hostile page in Chromium with the built extension, and what it must
// never do: crash the tab, throw from our scripts, leave badges behind, change the page's text,
// run the page's payloads, request anything from another host, or exceed its badge caps. With
// `trace`, also the longest main-thread task our content script caused, from a DevTools timeline
// trace: the longest task on the page's main thread that ran any of our code.
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser, FixtureServer } from './harness';
import { EMPTY_PATH, type HostilePage } from './hostile-pages';
import { OurUi } from './our-ui';

/** Summary, findings and link badges: mount.ts caps (1 + 12 + 40). */
export const MAX_HOSTS = 53;

export interface Visit {
  path: string;
  category: string;
  name: string;
  crashed: boolean;
  ourErrors: string[];
  hosts: number;
  emptyRoots: number;
  /** Our hosts still in the page after a single-page app left the story. */
  stranded: number;
  textChanged: boolean;
  pwned: boolean;
  foreign: string[];
  /** Longest task (ms) on the page's main thread that ran our code; null without a trace. */
  longestTaskMs: number | null;
  /** Total time (ms) of such tasks. */
  ourTaskMs: number | null;
}

const count = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-corroborate]').length).catch(() => -1);

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1200);
  let last = -2;
  let stable = 0;
  for (let k = 0; k < 20 && stable < 3; k++) {
    const n = await count(page);
    stable = n === last ? stable + 1 : 0;
    last = n;
    await page.waitForTimeout(250);
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; stackTrace?: { url?: string }[] } };
}

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  (cdp as unknown as { on(e: string, f: (p: { value: TraceEvent[] }) => void): void }).on('Tracing.dataCollected', (e) => void events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((ok) => (cdp as unknown as { once(e: string, f: () => void): void }).once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** Our code: the content script's file, or the extension bindings that run only on its behalf. */
function ours(e: TraceEvent, extensionId: string): boolean {
  const d = e.args?.data;
  const urls = [d?.url, ...(d?.stackTrace ?? []).map((f) => f.url)];
  return urls.some((u) => !!u && (u.startsWith(`chrome-extension://${extensionId}/`) || u.startsWith('extensions::')));
}

export function ourTasks(events: TraceEvent[], extensionId: string): { longest: number; total: number } {
  const mine = events.filter((e) => ours(e, extensionId));
  const threads = new Set(mine.map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && threads.has(`${e.pid}:${e.tid}`) && e.dur !== undefined);
  tasks.sort((a, b) => a.ts - b.ts);
  const hit = new Set<TraceEvent>();
  for (const e of mine) {
    // The outermost task that encloses the event on its thread.
    let lo = 0;
    let hi = tasks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid]!.ts <= e.ts) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let k = found; k >= 0 && k > found - 8; k--) {
      const t = tasks[k]!;
      if (t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && e.ts <= t.ts + t.dur!) {
        hit.add(t);
        break;
      }
    }
  }
  let longest = 0;
  let total = 0;
  for (const t of hit) {
    longest = Math.max(longest, t.dur! / 1000);
    total += t.dur! / 1000;
  }
  return { longest, total };
}

export async function visitHostile(browser: ExtensionBrowser, server: FixtureServer, spec: HostilePage, opts: { trace?: boolean } = {}): Promise<Visit> {
  const page = await browser.context.newPage();
  const foreign: string[] = [];
  const ourErrors: string[] = [];
  let crashed = false;
  const onRequest = (r: { url(): string }) => {
    const u = r.url();
    if (!u.startsWith(server.origin) && !/^(chrome-extension|data|about|blob|javascript):/.test(u)) foreign.push(u);
  };
  browser.context.on('request', onRequest);
  page.on('crash', () => void (crashed = true));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.location().url.startsWith('chrome-extension://')) ourErrors.push(m.text().slice(0, 300));
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __before?: string | null };
    w.__before = null;
    document.addEventListener('DOMContentLoaded', () => void (w.__before = document.body?.textContent ?? null));
  });
  const cdp = opts.trace ? await browser.context.newCDPSession(page) : null;
  const stop = cdp ? await startTrace(cdp) : null;
  try {
    await page.goto(server.url(spec.path), { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
    await settle(page);
    const events = stop ? await stop() : null;
    const ui = await OurUi.of(page);
    const roots = await ui.each((root) => root.childNodes.length).catch(() => [] as number[]);
    await ui.close();
    const state = await page
      .evaluate(() => {
        const w = window as unknown as { __before?: string | null; __pwned?: number };
        return { before: w.__before ?? null, after: document.body?.textContent ?? null, pwned: w.__pwned !== undefined, hosts: document.querySelectorAll('[data-corroborate]').length };
      })
      .catch(() => null);
    let stranded = 0;
    if (spec.leaveBy && state) {
      await page.evaluate((path) => {
        history.pushState({}, '', path);
        document.body.innerHTML = '<div id="app"><p>Nothing here.</p></div>';
      }, EMPTY_PATH);
      await page.waitForTimeout(2500);
      stranded = Math.max(0, await count(page));
    }
    const tasks = events ? ourTasks(events, browser.extensionId) : null;
    return {
      path: spec.path,
      category: spec.category,
      name: spec.name,
      crashed: crashed || state === null,
      ourErrors,
      hosts: state?.hosts ?? 0,
      emptyRoots: roots.filter((n) => n === 0).length,
      stranded,
      textChanged: !spec.selfChanging && state !== null && state.before !== null && state.before !== state.after,
      pwned: state?.pwned ?? false,
      foreign,
      longestTaskMs: tasks?.longest ?? null,
      ourTaskMs: tasks?.total ?? null,
    };
  } finally {
    browser.context.off('request', onRequest);
    await cdp?.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

/** What broke on a visit, in words; empty when the page came through whole. */
export function problems(v: Visit): string[] {
  const out: string[] = [];
  if (v.crashed) out.push('the tab crashed or stopped answering');
  if (v.ourErrors.length) out.push(`our scripts logged errors: ${v.ourErrors.join(' | ')}`);
  if (v.hosts > MAX_HOSTS) out.push(`${v.hosts} hosts, over the cap of ${MAX_HOSTS}`);
  if (v.emptyRoots) out.push(`${v.emptyRoots} hosts with nothing rendered in them`);
  if (v.stranded) out.push(`${v.stranded} hosts left after the app left the story`);
  if (v.textChanged) out.push("the page's text changed");
  if (v.pwned) out.push("a payload in the page's text ran");
  if (v.foreign.length) out.push(`requests to other hosts: ${v.foreign.slice(0, 3).join(', ')}`);
  return out;
}
