// Subscriptions: the reader's list of pack addresses, and one check of one of them — the manifest
// (conditionally), then, if it names other bytes, the pack: size-limited, hash-checked, decoded with
// the same checks as a picked file, and installed in one transaction together with the
// subscription's new state. On any failure the installed pack stays and the reason is stored.
// The caller gives fetch and the clock; this runs in the options page's worker ("check now").
import type { CorroborateDb, SubscriptionRow } from '../../data/db';
import { PACK_TABLES } from '../../data/db';
import { decodePackFile } from '../../data/index/decode';
import { preparePack, writePrepared, deleteRows } from '../../data/install';
import type { CheckOutcome, PackSummary, SubscriptionSummary } from '../../messaging/protocol';
import { BUNDLED_PACK_ID, sha256, summarize } from '../packs';
import { DownloadError, fetchManifest, fetchPack, TIMEOUTS, type Fetch, type Timeouts } from './download';
import { checkDownload, conditionalHeaders, manifestUrlFor, manifestVerdict, MAX_MANIFEST_BYTES, packPlan, parseManifest, parsePackUrl } from './rules';

const TABLES = [...PACK_TABLES, 'subscriptions'] as const;

export function summarizeSubscription(r: SubscriptionRow): SubscriptionSummary {
  return { url: r.url, manifestUrl: r.manifestUrl, addedAt: r.addedAt, packId: r.packId, version: r.version, lastCheckedAt: r.lastCheckedAt, lastUpdatedAt: r.lastUpdatedAt, lastError: r.lastError };
}

export async function listSubscriptions(db: CorroborateDb): Promise<SubscriptionSummary[]> {
  return (await db.subscriptions.orderBy('url').toArray()).map(summarizeSubscription);
}

/** Adds the address; nothing is fetched here. Adding one that is there already changes nothing. */
export async function subscribe(db: CorroborateDb, input: string, now: string): Promise<SubscriptionSummary[]> {
  const parsed = parsePackUrl(input);
  if (!parsed.ok) throw new Error(parsed.error);
  const url = parsed.value.href;
  await db.transaction('rw', db.subscriptions, async () => {
    if (await db.subscriptions.get(url)) return;
    await db.subscriptions.add({ url, manifestUrl: manifestUrlFor(parsed.value), addedAt: now, packId: null, version: null, hash: null, etag: null, lastModified: null, lastCheckedAt: null, lastUpdatedAt: null, lastError: null });
  });
  return listSubscriptions(db);
}

/** Removes the subscription and the pack it installed, together. */
export async function unsubscribe(db: CorroborateDb, url: string): Promise<{ subscriptions: SubscriptionSummary[]; packs: PackSummary[] }> {
  await db.transaction('rw', TABLES, async () => {
    const row = await db.subscriptions.get(url);
    if (!row) throw new Error(`There is no subscription to ${url}.`);
    if (row.packId && (await db.packs.get(row.packId))?.origin === 'subscribed') await deleteRows(db, row.packId);
    await db.subscriptions.delete(url);
  });
  return { subscriptions: await listSubscriptions(db), packs: (await db.packs.toArray()).map(summarize) };
}

/** Another subscription's pack, an imported one or the bundled one is never replaced by this one. */
async function idProblem(db: CorroborateDb, sub: SubscriptionRow, id: string): Promise<string | null> {
  if (sub.packId !== null && sub.packId !== id) return `The pack at this address now has the id "${id}", not "${sub.packId}" as before; it was not installed. Unsubscribe and subscribe again to take the new pack.`;
  const existing = await db.packs.get(id);
  if (id === BUNDLED_PACK_ID || existing?.origin === 'bundled') return `Pack id "${id}" belongs to the bundled dataset; a subscribed pack needs another id.`;
  if (existing && existing.origin !== 'subscribed') return `A pack with the id "${id}" was imported from a file; remove it first to subscribe to this one.`;
  if (existing && sub.packId !== id) return `Another subscription already installed a pack with the id "${id}".`;
  return null;
}

export interface CheckDeps {
  fetch: Fetch;
  /** ISO time, read at each step that is recorded. */
  now(): string;
  timeouts?: Timeouts;
}

/** Checks one subscription and records what happened; never throws for a server's or a pack's fault. */
export async function checkSubscription(db: CorroborateDb, url: string, deps: CheckDeps): Promise<CheckOutcome> {
  const sub = await db.subscriptions.get(url);
  if (!sub) return { result: 'failed', error: `There is no subscription to ${url}.` };
  const installed = sub.packId !== null && (await db.packs.get(sub.packId))?.origin === 'subscribed';
  const fail = async (error: string): Promise<CheckOutcome> => {
    await db.subscriptions.update(url, { lastCheckedAt: deps.now(), lastError: error });
    return { result: 'failed', error };
  };
  try {
    const headers = conditionalHeaders(sub, installed);
    const conditional = Object.keys(headers).length > 0;
    const res = await fetchManifest(deps.fetch, sub.manifestUrl, headers, MAX_MANIFEST_BYTES, deps.timeouts ?? TIMEOUTS);
    const verdict = manifestVerdict(res.status, sub.manifestUrl, conditional);
    if (verdict.action === 'fail') return await fail(verdict.error);
    if (verdict.action === 'unchanged') {
      await db.subscriptions.update(url, { lastCheckedAt: deps.now(), lastError: null });
      return { result: 'unchanged', version: sub.version };
    }
    const manifest = parseManifest(res.text, sub.manifestUrl);
    if (!manifest.ok) return await fail(manifest.error);
    const plan = packPlan(manifest.value, installed ? sub.hash : null);
    const validators = { etag: res.etag, lastModified: res.lastModified };
    if (plan.action === 'up-to-date') {
      await db.subscriptions.update(url, { ...validators, version: manifest.value.version, lastCheckedAt: deps.now(), lastError: null });
      return { result: 'unchanged', version: manifest.value.version };
    }
    const bytes = await fetchPack(deps.fetch, manifest.value.url, plan.limit, deps.timeouts ?? TIMEOUTS);
    const hash = await sha256(bytes);
    const mismatch = checkDownload(manifest.value, bytes.length, hash);
    if (mismatch) return await fail(mismatch);
    const { result } = await decodePackFile(bytes);
    if (!result.ok) return await fail(`The pack was refused: ${result.errors.slice(0, 5).join('; ')}${result.errors.length > 5 ? ` (and ${result.errors.length - 5} more problems)` : ''}. The installed pack was kept.`);
    const problem = await idProblem(db, sub, result.pack.meta.id);
    if (problem) return await fail(problem);
    const at = deps.now();
    const prepared = preparePack(result.pack, 'subscribed', at, hash);
    let replaced = false;
    // The new pack and the state that names it are written together, or neither is.
    await db.transaction('rw', TABLES, async () => {
      const current = await db.subscriptions.get(url);
      if (!current) throw new DownloadError('The subscription was removed while its pack was downloading; nothing was installed.');
      replaced = await writePrepared(db, prepared);
      await db.subscriptions.put({ ...current, ...validators, packId: prepared.row.id, version: manifest.value.version, hash, lastCheckedAt: at, lastUpdatedAt: at, lastError: null });
    });
    return { result: 'updated', version: manifest.value.version, pack: summarize(prepared.row), replaced };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return await fail(err instanceof DownloadError ? error : `The update failed: ${error}. The installed pack was kept.`).catch(() => ({ result: 'failed' as const, error }));
  }
}
