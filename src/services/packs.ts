// Pack lifecycle: the bundled pack on install/update, imports, removal, and the repository the
// analyses read (rebuilt whenever the installed packs change). The background owns the repository;
// an import runs in a worker the options page starts (platform/import-worker.ts), against the same
// IndexedDB (an extension page shares the service worker's origin), so a large file never crosses
// a message and the background keeps answering while it is read. The background is then told to rebuild its repository.
import type { CorroborateDb, PackRow } from '../data/db';
import { decodePackFile } from '../data/index/decode';
import { MAX_FILE_BYTES, MAX_JSON_BYTES } from '../data/pack/codec';
import { dexieSource } from '../data/index/dexie-source';
import { IndexedRepository } from '../data/index/repository';
import { installPack, removePack } from '../data/install';
import type { ImportResult, PackSummary } from '../messaging/protocol';

export const BUNDLED_PACK_ID = 'core';

export function summarize(row: PackRow): PackSummary {
  return { meta: row.meta, origin: row.origin, installedAt: row.installedAt, counts: row.counts, coverage: row.coverage ?? null };
}

export async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PackService {
  private repo: IndexedRepository;

  constructor(
    private readonly db: CorroborateDb,
    private readonly now: () => string,
  ) {
    this.repo = new IndexedRepository(dexieSource(db));
  }

  repository(): IndexedRepository {
    return this.repo;
  }

  /** Reads the installed packs afresh; after this service changed them, or another page did. */
  changed(): void {
    this.repo = new IndexedRepository(dexieSource(this.db));
  }

  async list(): Promise<PackSummary[]> {
    return (await this.db.packs.toArray()).map(summarize);
  }

  /**
   * Installs the bundled pack unless the same bytes are already installed. The hash is compared,
   * not the version, so a rebuilt pack during development is picked up as well.
   */
  async ensureBundled(fetchBytes: () => Promise<Uint8Array>, force: boolean): Promise<void> {
    const existing = await this.db.packs.get(BUNDLED_PACK_ID);
    if (existing && !force) return;
    const bytes = await fetchBytes();
    const hash = await sha256(bytes);
    if (existing?.hash === hash) return;
    const { result } = await decodePackFile(bytes);
    if (!result.ok) throw new Error(`The bundled dataset is damaged: ${result.errors.join('; ')}`);
    await installPack(this.db, result.pack, 'bundled', this.now(), hash);
    this.changed();
  }

  async remove(id: string): Promise<PackSummary[]> {
    const row = await this.db.packs.get(id);
    if (!row) throw new Error(`No installed pack has the id "${id}".`);
    if (row.origin === 'bundled') throw new Error('The bundled dataset cannot be removed; you can turn badges off or disable Corroborate on a site instead.');
    if (row.origin === 'subscribed') throw new Error(`"${row.meta.title}" comes from a subscription; unsubscribe from it to remove it.`);
    await removePack(this.db, id);
    this.changed();
    return this.list();
  }
}

/**
 * Checks a pack file and installs it as an imported pack, or says why not; the installed packs are
 * unchanged unless it succeeds (one transaction). Whoever installed it tells the background.
 */
export async function importPack(db: CorroborateDb, bytes: Uint8Array, installedAt: string): Promise<ImportResult> {
  const { result } = await decodePackFile(bytes);
  if (!result.ok) return { ok: false, errors: result.errors };
  const id = result.pack.meta.id;
  // Checked on the id alone, installed or not: an imported "core" would be replaced by the
  // bundled pack on the next update, or would replace it.
  const existing = await db.packs.get(id);
  if (id === BUNDLED_PACK_ID || existing?.origin === 'bundled') {
    return { ok: false, errors: [`Pack id "${id}" belongs to the bundled dataset; give the imported pack another id.`] };
  }
  // A file would otherwise replace a subscribed pack, and the next check put the subscription's back.
  if (existing?.origin === 'subscribed') {
    return { ok: false, errors: [`Pack id "${id}" is installed from a subscription; unsubscribe from it first, or give the imported pack another id.`] };
  }
  const { row, replaced } = await installPack(db, result.pack, 'imported', installedAt, await sha256(bytes));
  return { ok: true, pack: summarize(row), replaced };
}

/** importPack for a file the user picked: one larger than any pack can be is refused unread. */
export async function importPackFile(db: CorroborateDb, file: Blob, installedAt: string): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (n: number) => Math.round(n / 2 ** 20);
    return { ok: false, errors: [`The file is ${mb(file.size)} MB; a pack can be at most ${mb(MAX_JSON_BYTES)} MB uncompressed, so this one cannot be read.`] };
  }
  return importPack(db, new Uint8Array(await file.arrayBuffer()), installedAt);
}
