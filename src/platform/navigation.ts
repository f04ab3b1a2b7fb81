// Single-page navigation, decided by us: the URL is polled (a page cannot fake location.href, while
// it can dispatch any event it likes), a change clears what we showed at once, and the page is read
// again only once the URL has stayed put for a while. A read whose text is the one already analysed
// asks nothing of the background. A page that rewrites its URL many times a second gets one
// analysis per settled URL, not one per change.

export interface NavigationDeps {
  href(): string;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  setInterval(fn: () => void, ms: number): number;
  clearInterval(id: number): void;
  /** The URL changed: whatever is in flight for the old one must not be shown. */
  onNavigate(): void;
  /** True when what we showed was taken out of the page by the page itself (a re-render). */
  stale(): boolean;
  /** Read and analyse the page; resolves with a key of what was read (null when nothing was). */
  analyse(): Promise<string | null>;
}

export interface NavigationWatch {
  start(): Promise<void>;
  stop(): void;
  /** True when `read` is what the last analysis read (then it need not be asked again). */
  unchanged(read: string): boolean;
}

export const POLL_MS = 500;
export const SETTLE_MS = 800;

export function createNavigationWatch(deps: NavigationDeps): NavigationWatch {
  let last = deps.href();
  let timer: number | null = null;
  let poll: number | null = null;
  let analysed: string | null = null;
  let stopped = false;
  const analyse = async () => {
    const key = await deps.analyse();
    if (key !== null) analysed = key;
  };
  return {
    async start() {
      const schedule = () => {
        if (timer !== null) deps.clearTimeout(timer);
        timer = deps.setTimeout(() => {
          timer = null;
          if (!stopped) void analyse();
        }, SETTLE_MS);
      };
      poll = deps.setInterval(() => {
        if (stopped) return;
        const now = deps.href();
        if (now !== last) {
          last = now;
          deps.onNavigate();
          schedule();
        } else if (timer === null && deps.stale()) {
          // A round trip between two polls (story → section → story) or a re-render: the URL is
          // the same but the page was rebuilt under us.
          schedule();
        }
      }, POLL_MS);
      await analyse();
    },
    stop() {
      stopped = true;
      if (timer !== null) deps.clearTimeout(timer);
      if (poll !== null) deps.clearInterval(poll);
    },
    unchanged(read: string) {
      return read === analysed;
    },
  };
}
