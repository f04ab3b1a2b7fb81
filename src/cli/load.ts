// Node-side loading shared by the CLIs: pages from disk into snapshots, packs into a repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { extractArticle } from '../core/article/extract';
import { parseDocument } from '../core/article/parse';
import { snapshotFromText } from '../core/article/from-text';
import type { ArticleSnapshot, Pack } from '../core/types';
import { buildIndex } from '../data/index/build';
import { IndexedRepository, memorySource } from '../data/index/repository';
import { decodePack } from '../data/pack/codec';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUNDLED_PACK = join(ROOT, 'public/packs/core.pack.json.gz');

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.txt']);

/** Files named on the command line; folders contribute their pages, sorted by name. */
export function expandPaths(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (existsSync(p) && statSync(p).isDirectory()) {
      return readdirSync(p)
        .filter((f) => PAGE_EXTENSIONS.has(extname(f).toLowerCase()))
        .sort()
        .map((f) => join(p, f));
    }
    return [p];
  });
}

/** Binary data is not a page: NUL bytes or a run of invalid UTF-8 near the start. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  const text = head.toString('utf8');
  const bad = text.length ? (text.match(/\uFFFD/g)?.length ?? 0) / text.length : 0;
  return bad > 0.05;
}

export function snapshotFromFile(path: string, opts: { url: string | null; published: string | null }): ArticleSnapshot {
  const bytes = readFileSync(path);
  if (looksBinary(bytes)) throw new Error('This is binary data, not an HTML page or a text article.');
  const raw = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (extname(path).toLowerCase() === '.txt') return snapshotFromText(raw, opts);
  return extractArticle(parseDocument(raw), opts);
}

export function readPackFile(path: string): Pack {
  const decoded = decodePack(new Uint8Array(readFileSync(path)));
  if (!decoded.ok) throw new Error(`${path}: ${decoded.errors.join('; ')}`);
  return decoded.pack;
}

export function repositoryFor(packs: Pack[]): IndexedRepository {
  return new IndexedRepository(memorySource(packs.map(buildIndex)));
}
