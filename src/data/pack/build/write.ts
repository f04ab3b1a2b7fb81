// Writes an encoded pack to disk and reports its sizes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Pack } from '../../../core/types';
import { encodePackDetailed } from '../codec';

export interface Written {
  path: string;
  rawBytes: number;
  gzipBytes: number;
}

export function writePack(pack: Pack, path: string): Written {
  const { gzip, rawBytes } = encodePackDetailed(pack);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, gzip);
  return { path, rawBytes, gzipBytes: gzip.length };
}
