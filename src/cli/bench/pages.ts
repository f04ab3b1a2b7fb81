// The project's own article pages, for benchmarks: full-size publisher pages (tests/fixtures/bench),
// the golden fixtures, the browser-test fixtures and the demo article. Only pages the gate reads as articles are used.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { classifyPage } from '../../core/article/gate';
import { ROOT } from '../load';
import { parseDocument } from '../../core/article/parse';

export interface BenchPage {
  name: string;
  html: string;
}

export function ownArticlePages(): BenchPage[] {
  const out: BenchPage[] = [];
  const golden = join(ROOT, 'tests/fixtures/articles');
  for (const d of readdirSync(golden)) {
    const f = join(golden, d, 'source.html');
    if (existsSync(f)) out.push({ name: `articles/${d}`, html: readFileSync(f, 'utf8') });
  }
  for (const dir of ['tests/fixtures/bench', 'tests/fixtures/pages', 'demo']) {
    for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.html')).sort()) {
      out.push({ name: `${dir}/${f}`, html: readFileSync(join(ROOT, dir, f), 'utf8') });
    }
  }
  return out.filter((p) => classifyPage(parseDocument(p.html)).kind === 'article');
}
