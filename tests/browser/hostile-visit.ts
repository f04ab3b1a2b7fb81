// One visit of a generated hostile page in Chromium with the built extension, and what it must
// never do: crash the tab, throw from our scripts, leave badges behind, change the page's text,
// run the page's payloads, request anything from another host, or exceed its badge caps. With
// `trace`, also how long our code blocked the page's main thread in one task (ourBlocking).
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
  /** Most time (ms) our code took in one task on the page's main thread; null without a trace. */
  longestTaskMs: number | null;
  /** Total time (ms) our code ran on the page's main thread. */
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

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/** Sampling interval of the profile (µs). */
const SAMPLE_US = 250;

/** A CPU profile of the page's renderer and a timeline trace (for task boundaries), side by side. */
async function startMeasure(cdp: CDPSession): Promise<() => Promise<{ profile: CpuProfile; events: TraceEvent[] }>> {
  const events: TraceEvent[] = [];
  (cdp as unknown as { on(e: string, f: (p: { value: TraceEvent[] }) => void): void }).on('Tracing.dataCollected', (e) => void events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
  await cdp.send('Profiler.start');
  return async () => {
    const profile = ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile;
    const done = new Promise<void>((ok) => (cdp as unknown as { once(e: string, f: () => void): void }).once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    return { profile, events };
  };
}

/**
 * How long our code blocked the page's main thread in one task, at most, and in all. The CPU
 * profile of the page's renderer says when our code ran (the content script runs in the page's V8
 * isolate, in its own world): a sample is ours when any frame on its stack is one of our files,
 * which also charges to us the native work our calls force (styles, layout, serialising). The
 * trace says where the renderer's main-thread tasks begin and end. Our time in a task is the sum of
 * our samples inside it; what the page does in the same task (its own layout of a 10 MB text, say)
 * is the page's, which a measure of whole tasks would charge to us.
 */
export function ourBlocking(profile: CpuProfile, events: TraceEvent[], extensionId: string): { longest: number; total: number } {
  const prefix = `chrome-extension://${extensionId}/`;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const memo = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const v = (byId.get(id)?.callFrame.url.startsWith(prefix) ?? false) || (up !== undefined && isOurs(up));
    memo.set(id, v);
    return v;
  };
  // Our samples: time and length (a sample stands for the time until the next one).
  const ours: { ts: number; dur: number }[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    ts += profile.timeDeltas[i] ?? 0;
    if (isOurs(profile.samples[i]!)) ours.push({ ts, dur: (profile.timeDeltas[i + 1] ?? SAMPLE_US) / 1000 });
  }
  // Top-level tasks of each renderer main thread, in order (they do not overlap on one thread). The
  // page's thread is the one where the trace shows our script running; other tabs' renderers and
  // extension pages have main threads too, whose tasks may happen to span one of our samples.
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread));
  const page = new Set(events.filter((e) => mains.has(thread(e)) && e.args?.data?.url?.startsWith(prefix)).map(thread));
  const threads = page.size ? page : mains;
  const top = new Map<string, TraceEvent[]>();
  const tasks = events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur !== undefined && threads.has(thread(e)))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  for (const t of tasks) {
    const list = top.get(thread(t)) ?? [];
    const last = list[list.length - 1];
    if (last && t.ts < last.ts + last.dur!) continue; // nested in `last`
    list.push(t);
    top.set(thread(t), list);
  }
  /** The task of `list` that spans `ts`, if any: the last one starting at or before it. */
  const around = (list: TraceEvent[], ts: number): TraceEvent | null => {
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.ts <= ts) lo = mid + 1;
      else hi = mid - 1;
    }
    const t = list[hi];
    return t && ts <= t.ts + t.dur! ? t : null;
  };
  const perTask = new Map<TraceEvent | number, number>();
  let total = 0;
  for (const s of ours) {
    total += s.dur;
    let found: TraceEvent | null = null;
    for (const list of top.values()) if ((found = around(list, s.ts))) break;
    // A sample outside every traced task counts on its own.
    const key = found ?? s.ts;
    perTask.set(key, (perTask.get(key) ?? 0) + s.dur);
  }
  return { longest: Math.max(0, ...perTask.values()), total };
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
  const stop = cdp ? await startMeasure(cdp) : null;
  try {
    await page.goto(server.url(spec.path), { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
    await settle(page);
    const measured = stop ? await stop() : null;
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
    const tasks = measured ? ourBlocking(measured.profile, measured.events, browser.extensionId) : null;
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
