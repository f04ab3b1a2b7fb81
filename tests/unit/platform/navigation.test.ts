import { describe, expect, it } from 'vitest';
import { createNavigationWatch, POLL_MS, SETTLE_MS } from '../../../src/platform/navigation';
import { createRateLimit } from '../../../src/messaging/rate-limit';

/** A hand-driven clock for timers. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void; every: number | null }>();
  return {
    setTimeout: (fn: () => void, ms: number) => (timers.set(next, { at: now + ms, fn, every: null }), next++),
    setInterval: (fn: () => void, ms: number) => (timers.set(next, { at: now + ms, fn, every: ms }), next++),
    clear: (id: number) => void timers.delete(id),
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        const [id, t] = due;
        now = t.at;
        if (t.every) t.at += t.every;
        else timers.delete(id);
        t.fn();
      }
      now = end;
    },
  };
}

function setup() {
  const clock = fakeTimers();
  let href = 'https://news.example/a';
  let stale = false;
  const log = { navigations: 0, analyses: 0 };
  const watch = createNavigationWatch({
    href: () => href,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clear,
    setInterval: clock.setInterval,
    clearInterval: clock.clear,
    onNavigate: () => void log.navigations++,
    stale: () => stale,
    analyse: async () => (log.analyses++, href),
  });
  return { clock, watch, log, go: (u: string) => void (href = u), wipe: (v: boolean) => void (stale = v) };
}

describe('createNavigationWatch', () => {
  it('analyses once at start and once per settled URL, however often the URL changes', async () => {
    const { clock, watch, log, go } = setup();
    await watch.start();
    expect(log.analyses).toBe(1);
    // A page rewriting its URL every 100 ms for 10 s.
    for (let i = 0; i < 100; i++) {
      go(`https://news.example/a?page=${i}`);
      clock.advance(100);
    }
    expect(log.analyses).toBe(1);
    clock.advance(POLL_MS + SETTLE_MS);
    expect(log.analyses).toBe(2);
    expect(log.navigations).toBeGreaterThan(1);
  });

  it('does nothing while the URL stays the same, and nothing at all once stopped', async () => {
    const { clock, watch, log, go } = setup();
    await watch.start();
    clock.advance(20 * POLL_MS);
    expect(log).toEqual({ navigations: 0, analyses: 1 });
    watch.stop();
    go('https://news.example/b');
    clock.advance(10 * (POLL_MS + SETTLE_MS));
    expect(log).toEqual({ navigations: 0, analyses: 1 });
  });

  it('reads the page again when what it showed was taken out under the same URL, and only then', async () => {
    const { clock, watch, log, wipe } = setup();
    await watch.start();
    clock.advance(5 * POLL_MS);
    expect(log.analyses).toBe(1);
    wipe(true);
    clock.advance(POLL_MS + SETTLE_MS);
    expect(log.analyses).toBe(2);
    expect(log.navigations).toBe(0);
  });

  it('remembers what the last analysis read, so the same text is not asked again', async () => {
    const { watch } = setup();
    await watch.start();
    expect(watch.unchanged('https://news.example/a')).toBe(true);
    expect(watch.unchanged('https://news.example/other')).toBe(false);
  });
});

describe('createRateLimit', () => {
  it('allows the limit within the window, refuses more, and allows again as calls age out', () => {
    const limit = createRateLimit(3, 1000);
    expect([0, 10, 20, 30].map((t) => limit.allow(7, t))).toEqual([true, true, true, false]);
    expect(limit.allow(8, 30)).toBe(true); // another tab is not held back
    expect(limit.allow(7, 1005)).toBe(true);
    limit.forget(7);
    expect([1006, 1007].map((t) => limit.allow(7, t))).toEqual([true, true]);
  });
});
