// Pipeline speed: the whole in-page and background work for an article (extraction on a clone,
// publication date, mentions, candidates, scoring, discrepancies) against Readability's parse alone
// on the same pages, and the matching + discrepancy stages at scale (bundled pack, 100k synthetic
// events in memory and in fake-indexeddb). Figures are printed, never asserted.
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../core/article/extract';
import { analyzeSnapshot } from '../../core/pipeline';
import type { Repository } from '../../core/repository';
import type { ArticleSnapshot, Pack } from '../../core/types';
import { snapshotFromText } from '../../core/article/from-text';
import { parseDocument } from '../../core/article/parse';
import { median, ms, percentile, timeMedian } from './stats';
import type { BenchPage } from './pages';

const clock = () => performance.now();

export interface RatioResult {
  pages: number;
  readabilityMs: number;
  pipelineMs: number;
  ratio: number;
  perPage: { name: string; readability: number; pipeline: number; ratio: number }[];
}

export async function readabilityRatio(pages: BenchPage[], repo: Repository, runs = 15): Promise<RatioResult> {
  const perPage: RatioResult['perPage'] = [];
  for (const page of pages) {
    const doc = parseDocument(page.html);
    const readability = await timeMedian(runs, () => new Readability(doc.cloneNode(true) as Document).parse(), clock);
    const pipeline = await timeMedian(runs, async () => analyzeSnapshot(extractArticle(doc, { url: null }), repo), clock);
    perPage.push({ name: page.name, readability, pipeline, ratio: pipeline / readability });
  }
  const r = perPage.reduce((s, p) => s + p.readability, 0);
  const p = perPage.reduce((s, x) => s + x.pipeline, 0);
  return { pages: pages.length, readabilityMs: r, pipelineMs: p, ratio: p / r, perPage };
}

export interface StageResult {
  label: string;
  articles: number;
  /** matching + discrepancy stages, per article */
  p50: number;
  p95: number;
  max: number;
  /** whole analysis (mentions included), per article */
  totalP50: number;
  totalP95: number;
  matched: number;
}

export async function stageTimes(label: string, snapshots: ArticleSnapshot[], repoFor: () => Repository): Promise<StageResult> {
  const stage: number[] = [];
  const total: number[] = [];
  let matched = 0;
  for (const s of snapshots) {
    const a = await analyzeSnapshot(s, repoFor(), { clock });
    stage.push((a.timing.stages?.match ?? 0) + (a.timing.stages?.discrepancies ?? 0));
    total.push(a.timing.totalMs);
    if (a.matches.length) matched++;
  }
  return {
    label,
    articles: snapshots.length,
    p50: median(stage),
    p95: percentile(stage, 95),
    max: Math.max(...stage),
    totalP50: median(total),
    totalP95: percentile(total, 95),
    matched,
  };
}

/** Articles written from synthetic events (title and report gists), published the day after. */
export function syntheticArticles(pack: Pack, n: number, seed = 7): ArticleSnapshot[] {
  const byEvent = new Map<string, string[]>();
  for (const r of pack.reports) (byEvent.get(r.eventId) ?? byEvent.set(r.eventId, []).get(r.eventId)!).push(r.gist);
  const out: ArticleSnapshot[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const e = pack.events[x % pack.events.length]!;
    const day = new Date(`${e.date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + 1);
    out.push(snapshotFromText(`${e.title}\n\n${(byEvent.get(e.id) ?? []).join('\n\n')}`, { url: null, published: day.toISOString().slice(0, 10) }));
  }
  return out;
}

export function formatRatio(r: RatioResult): string {
  const lines = [
    `Pipeline vs Readability's parse alone — ${r.pages} of our own article pages (median of 15 runs each, Node + linkedom)`,
    `  Readability ${ms(r.readabilityMs)} in all · whole pipeline ${ms(r.pipelineMs)} in all · ratio ${r.ratio.toFixed(2)}× (target ≤ 1.5×)`,
  ];
  for (const p of r.perPage) lines.push(`    ${p.name.padEnd(52)} ${ms(p.readability).padStart(9)} ${ms(p.pipeline).padStart(9)}  ${p.ratio.toFixed(2)}×`);
  return lines.join('\n');
}

export function formatStages(results: StageResult[]): string {
  const lines = ['Matching + discrepancy stages per article (target p95 ≤ 100 ms at 100k events)'];
  for (const r of results) {
    lines.push(`  ${r.label.padEnd(58)} n=${String(r.articles).padStart(3)}  p50 ${ms(r.p50).padStart(9)}  p95 ${ms(r.p95).padStart(9)}  max ${ms(r.max).padStart(9)}   whole analysis p50 ${ms(r.totalP50)} p95 ${ms(r.totalP95)}  (matched ${r.matched})`);
  }
  return lines.join('\n');
}
