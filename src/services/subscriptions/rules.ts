// Pure rules of a pack subscription: which addresses may be subscribed to, where the manifest sits,
// what a manifest must say, which conditional headers to send, and what a response means. No fetch,
// no clock, no browser API: the caller passes in what it got and acts on the verdict.
import { MAX_FILE_BYTES } from '../../data/pack/codec';

/** The manifest sits beside the pack: `<pack URL>.manifest.json` (the query, if any, is kept off). */
export const MANIFEST_SUFFIX = '.manifest.json';
/** A manifest is four short fields; anything much larger is not one. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
// Exactly the loopback hosts the manifest's optional permissions and the CSP name.
const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A pack address the user may subscribe to: https anywhere, plain http only on this machine (for
 * testing a pack server locally). No credentials in the URL, no fragment.
 */
export function parsePackUrl(input: string): Checked<URL> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, error: 'This is not a web address. Enter the full address of the pack, starting with https://.' };
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return { ok: false, error: 'Only https addresses can be subscribed to (plain http only on 127.0.0.1 or localhost, for testing).' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'Only https addresses can be subscribed to.' };
  if (url.username || url.password) return { ok: false, error: 'The address must not contain a user name or password.' };
  url.hash = '';
  return { ok: true, value: url };
}

export function manifestUrlFor(packUrl: URL): string {
  const m = new URL(packUrl.href);
  m.search = '';
  m.pathname += MANIFEST_SUFFIX;
  return m.href;
}

/** The host permission that covers an address (Chrome ignores the path; the port is kept). */
export function originPattern(url: URL | string): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  return `${u.protocol}//${u.host}/*`;
}

export interface PackManifest {
  version: string;
  /** Lower-case hex SHA-256 of the pack file's bytes. */
  sha256: string;
  size: number;
  /** Absolute address of the pack file; same origin as the subscription. */
  url: string;
}

/** Reads `text` as the manifest fetched from `manifestUrl`; a relative "url" is read against it. */
export function parseManifest(text: string, manifestUrl: string): Checked<PackManifest> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The manifest is not valid JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'The manifest is not a JSON object.' };
  const v = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof v.version !== 'string' || !v.version.trim() || v.version.length > 64) problems.push('"version" must be a non-empty string of at most 64 characters');
  if (typeof v.sha256 !== 'string' || !/^[0-9a-fA-F]{64}$/.test(v.sha256)) problems.push('"sha256" must be 64 hexadecimal digits');
  if (typeof v.size !== 'number' || !Number.isInteger(v.size) || v.size <= 0) problems.push('"size" must be a positive whole number of bytes');
  else if (v.size > MAX_FILE_BYTES) problems.push(`"size" is ${v.size} bytes, more than any pack can be (${MAX_FILE_BYTES})`);
  let url: URL | null = null;
  if (typeof v.url !== 'string' || !v.url) problems.push('"url" must be the address of the pack file');
  else {
    try {
      url = new URL(v.url, manifestUrl);
    } catch {
      problems.push('"url" is not a web address');
    }
    // The one permission the user granted covers the manifest's origin; the pack must come from there too.
    if (url && url.origin !== new URL(manifestUrl).origin) problems.push(`"url" points to ${url.origin}, not to ${new URL(manifestUrl).origin} where the manifest is`);
  }
  if (problems.length) return { ok: false, error: `The manifest is not usable: ${problems.join('; ')}.` };
  return { ok: true, value: { version: (v.version as string).trim(), sha256: (v.sha256 as string).toLowerCase(), size: v.size as number, url: url!.href } };
}

/** What the last successful check kept of the manifest response. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/**
 * Conditional headers for the next manifest request: only when a pack from this subscription is
 * installed (otherwise a 304 would leave the reader with nothing). ETag wins, as RFC 9110 §13.1.3 says.
 */
export function conditionalHeaders(v: Validators, installed: boolean): Record<string, string> {
  if (!installed) return {};
  if (v.etag) return { 'If-None-Match': v.etag };
  if (v.lastModified) return { 'If-Modified-Since': v.lastModified };
  return {};
}

export type ManifestVerdict =
  | { action: 'unchanged' }
  | { action: 'parse' }
  | { action: 'fail'; error: string };

/** What to do with the manifest response's status. */
export function manifestVerdict(status: number, url: string, conditional: boolean): ManifestVerdict {
  if (status === 304) return conditional ? { action: 'unchanged' } : { action: 'fail', error: `The server at ${new URL(url).host} answered 304 "not modified" to a request that was not conditional.` };
  if (status >= 200 && status < 300) return status === 200 ? { action: 'parse' } : { action: 'fail', error: `The server answered ${status} for the manifest, with no manifest in it.` };
  if (status === 404 || status === 410) return { action: 'fail', error: `There is no manifest at ${url} (the server answered ${status}). Check the address; the manifest must sit beside the pack, named like the pack with "${MANIFEST_SUFFIX}" added.` };
  if (status === 401 || status === 403) return { action: 'fail', error: `The server refused to give the manifest (${status}). Corroborate sends no log-in or cookies; the pack must be public.` };
  return { action: 'fail', error: `The server answered ${status} for the manifest at ${url}; try again later.` };
}

export type PackPlan = { action: 'up-to-date' } | { action: 'download'; limit: number };

/** After a good manifest: download only when it names other bytes than the installed ones. */
export function packPlan(manifest: PackManifest, installedHash: string | null): PackPlan {
  if (installedHash !== null && installedHash === manifest.sha256) return { action: 'up-to-date' };
  return { action: 'download', limit: Math.min(manifest.size, MAX_FILE_BYTES) };
}

/** The downloaded file against the manifest: its size, then its SHA-256. */
export function checkDownload(manifest: PackManifest, size: number, sha256: string): string | null {
  if (size !== manifest.size) return `The pack file is ${size} bytes; its manifest says ${manifest.size}. It was not installed.`;
  if (sha256 !== manifest.sha256) return `The pack file's SHA-256 is ${sha256}; its manifest says ${manifest.sha256}. The file is damaged or was changed; it was not installed.`;
  return null;
}
