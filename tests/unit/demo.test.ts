import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/core/article/extract';
import { analyzeSnapshot } from '../../src/core/pipeline';
import { buildCorePack } from '../../src/data/pack/build/core';
import { repoOf } from './core/pipeline-helpers';

const ROOT = resolve(import.meta.dirname, '../..');

// The demo article of `npm start` is written to show one finding of each of four kinds against the
// real bundled dataset; if a rule change loses one, the demo stops showing what it is for.
describe('the demo article against the bundled dataset', () => {
  it('matches the al-Mawasi strike and shows the figure, place, year slip and sourcing findings', async () => {
    const html = readFileSync(join(ROOT, 'demo/al-mawasi-strike.html'), 'utf8');
    const doc = parseHTML(html).document as unknown as Document;
    const a = await analyzeSnapshot(extractArticle(doc, { url: null }), repoOf(buildCorePack().pack));
    expect(a.matches.map((m) => m.eventId)).toEqual(['2024-07-13-al-mawasi-strike-mohammed-deif']);
    expect(a.discrepancies.map((d) => [d.kind, d.quote])).toEqual([
      ['figure', 'At least 64 people were killed'],
      ['place', 'east of Khan Younis'],
      ['dateline', 'July 13, 2023'],
      ['sourcing', 'Source :'],
    ]);
  });
});
