// The bundled pack for the CLIs: the built file when present (what the extension ships), otherwise
// built in memory from data/ with the same builder, so a fresh clone needs no extra step.
import { existsSync } from 'node:fs';
import type { Pack } from '../core/types';
import { buildCorePack } from '../data/pack/build/core';
import { readPackFile } from './load';

export async function ensureBundledPack(path: string): Promise<Pack> {
  if (existsSync(path)) return readPackFile(path);
  return buildCorePack().pack;
}
