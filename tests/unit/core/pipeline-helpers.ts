// Running the real pipeline on a text article against a small pack, for linking and rule tests.
import { snapshotFromText } from '../../../src/core/article/from-text';
import { analyzeSnapshot } from '../../../src/core/pipeline';
import type { Analysis, Pack } from '../../../src/core/types';
import { buildIndex } from '../../../src/data/index/build';
import { IndexedRepository, memorySource } from '../../../src/data/index/repository';

export function repoOf(...packs: Pack[]): IndexedRepository {
  return new IndexedRepository(memorySource(packs.map(buildIndex)));
}

/** Headline on the first line, paragraphs separated by blank lines, as the CLI reads .txt files. */
export async function analyzeText(text: string, published: string | null, pack: Pack): Promise<Analysis> {
  return analyzeSnapshot(snapshotFromText(text, { url: null, published }), repoOf(pack), { mentions: true });
}

export const kinds = (a: Analysis) => a.discrepancies.map((d) => d.kind);
export const quotes = (a: Analysis, kind?: string) => a.discrepancies.filter((d) => !kind || d.kind === kind).map((d) => d.quote);
