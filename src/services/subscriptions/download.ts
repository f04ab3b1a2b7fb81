// Fetching a subscription's manifest and pack: no cookies, no referrer, no HTTP cache (so a 304 is
// the server's answer to our own validators), a deadline for a server that does not answer, and a
// hard byte limit enforced while the body streams in, so a server cannot fill memory or the disk.
// `fetch` is passed in: the extension gives the platform's, tests give their own.
import { concat } from '../../data/pack/codec';

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface Timeouts {
  /** Until the manifest has fully arrived. */
  manifestMs: number;
  /** Longest wait for the pack's response headers or for its next bytes. */
  idleMs: number;
  /** Until the whole pack has arrived. */
  totalMs: number;
}

export const TIMEOUTS: Timeouts = { manifestMs: 10_000, idleMs: 15_000, totalMs: 300_000 };

export class DownloadError extends Error {}

const INIT: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'follow' };

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function describe(err: unknown, what: string, host: string, timedOut: string | null): DownloadError {
  if (timedOut) return new DownloadError(timedOut);
  if (err instanceof DownloadError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new DownloadError(`Could not fetch the ${what} from ${host} (${detail}). Check the address and your connection.`);
}

/** A response from the subscribed origin only: a redirect elsewhere is refused. */
function sameOrigin(res: Response, url: string): void {
  if (res.url && new URL(res.url).origin !== new URL(url).origin) {
    throw new DownloadError(`The server redirected to ${new URL(res.url).origin}; a subscription only fetches from the origin it was granted (${new URL(url).origin}).`);
  }
}

/**
 * Reads a body chunk by chunk; past `limit` bytes, or when `signal` aborts, it stops and cancels the
 * stream. The abort is raced here rather than left to fetch, so a stalled read always ends.
 */
async function readLimited(res: Response, limit: number, signal: AbortSignal, tooLarge: () => string, onChunk: () => void): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw new DownloadError(tooLarge());
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
  });
  aborted.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      onChunk();
      total += value.length;
      if (total > limit) throw new DownloadError(tooLarge());
      chunks.push(value);
    }
  } catch (err) {
    void reader.cancel().catch(() => undefined);
    throw err;
  }
  return concat(chunks, total);
}

export interface ManifestResponse {
  status: number;
  text: string;
  etag: string | null;
  lastModified: string | null;
}

export async function fetchManifest(fetch: Fetch, url: string, headers: Record<string, string>, limit: number, t: Timeouts = TIMEOUTS): Promise<ManifestResponse> {
  const host = new URL(url).host;
  const controller = new AbortController();
  let timedOut: string | null = null;
  const timer = setTimeout(() => {
    timedOut = `The server at ${host} did not send the manifest within ${seconds(t.manifestMs)}; it may be slow or down. Nothing was changed; try again later.`;
    controller.abort();
  }, t.manifestMs);
  try {
    const res = await fetch(url, { ...INIT, headers, signal: controller.signal });
    sameOrigin(res, url);
    const etag = res.headers.get('etag');
    const lastModified = res.headers.get('last-modified');
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      return { status: res.status, text: '', etag, lastModified };
    }
    const bytes = await readLimited(res, limit, controller.signal, () => `The manifest is larger than ${limit / 1024} KB; it is not a pack manifest.`, () => undefined);
    return { status: res.status, text: new TextDecoder().decode(bytes), etag, lastModified };
  } catch (err) {
    throw describe(err, 'manifest', host, timedOut);
  } finally {
    clearTimeout(timer);
  }
}

/** The pack file, at most `limit` bytes; the idle deadline restarts with every chunk. */
export async function fetchPack(fetch: Fetch, url: string, limit: number, t: Timeouts = TIMEOUTS): Promise<Uint8Array> {
  const host = new URL(url).host;
  const controller = new AbortController();
  let timedOut: string | null = null;
  const expire = (why: string) => () => {
    timedOut = why;
    controller.abort();
  };
  const idleMessage = `The server at ${host} stopped sending the pack (nothing for ${seconds(t.idleMs)}); it may be slow or down. The installed pack was kept; try again later.`;
  let idle = setTimeout(expire(idleMessage), t.idleMs);
  const total = setTimeout(expire(`The pack did not arrive from ${host} within ${seconds(t.totalMs)}. The installed pack was kept; try again later.`), t.totalMs);
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(expire(idleMessage), t.idleMs);
  };
  try {
    const res = await fetch(url, { ...INIT, signal: controller.signal });
    sameOrigin(res, url);
    if (res.status !== 200) {
      await res.body?.cancel().catch(() => undefined);
      throw new DownloadError(res.status === 404 || res.status === 410 ? `The manifest names a pack file that is not there (${url}, ${res.status}).` : `The server answered ${res.status} for the pack file ${url}.`);
    }
    touch();
    return await readLimited(res, limit, controller.signal, () => `The pack file is larger than the ${limit} bytes its manifest gives; the download was stopped and nothing was installed.`, touch);
  } catch (err) {
    throw describe(err, 'pack', host, timedOut);
  } finally {
    clearTimeout(idle);
    clearTimeout(total);
  }
}
