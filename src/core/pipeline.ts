// ArticleSnapshot → Analysis: mentions, candidates, scoring, discrepancies. The same function runs in
// the background service worker, the CLI, the evaluation and the benchmarks.
import type { Repository } from './repository';
import type { Analysis, ArticleSnapshot } from './types';
import { decidePublished } from './article/published';
import { findDiscrepancies } from './discrepancy';
import { linkArticle } from './matching/link';
import { inferPeriod } from './matching/period';
import { extractMentions } from './mentions';

export interface PipelineOptions {
  /** Include the mentions in the result (CLI --mentions, the popup's debug view). */
  mentions?: boolean;
  /** A monotonic clock in milliseconds, for the timing figures only (never for dates). */
  clock?: () => number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function analyzeSnapshot(snapshot: ArticleSnapshot, repo: Repository, opts: PipelineOptions = {}): Promise<Analysis> {
  const clock = opts.clock ?? (() => 0);
  const stages: Record<string, number> = {};
  const t0 = clock();
  let t = t0;
  const lap = (name: string) => {
    const now = clock();
    stages[name] = round(now - t);
    t = now;
  };
  const [lexicon, series] = await Promise.all([repo.lexicon(), repo.series()]);
  lap('load');
  const mentions = extractMentions(snapshot, lexicon);
  lap('mentions');
  const linked = await linkArticle(snapshot, mentions, repo, lexicon);
  lap('match');
  const places = new Map(lexicon.places.map((p) => [p.id, p]));
  const discrepancies = findDiscrepancies({ snapshot, mentions, matches: linked.matches, contexts: linked.contexts, view: linked.view, series, lexicon, places });
  lap('discrepancies');
  const analysis: Analysis = {
    article: {
      title: snapshot.title,
      url: snapshot.url,
      site: snapshot.site,
      published: snapshot.published,
      publishedFrom: snapshot.publishedFrom,
      publishedConflict: decidePublished(snapshot.publishedEvidence).conflict,
      inferredPeriod: snapshot.published ? null : inferPeriod(mentions, linked),
    },
    matches: linked.matches.map((m) => ({
      eventId: m.bundle.event.id,
      title: m.bundle.event.title,
      date: m.bundle.event.date,
      dateEnd: m.bundle.event.dateEnd,
      confidence: round(m.confidence),
      reasons: m.reasons,
      sources: m.bundle.reports.length,
    })),
    samePlace: linked.samePlace,
    discrepancies,
    timing: { totalMs: round(clock() - t0), stages },
  };
  if (opts.mentions) analysis.mentions = mentions;
  return analysis;
}
