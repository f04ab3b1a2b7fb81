// npm run train [-- --folds 5 --seed N --check]
// Learns the linking model (src/core/matching/model.json) from data the code was not written from:
//  - the dataset itself, leave one report out: each report's gist and claims, written up as a short
//    article, is a positive for its event while that report is taken out of the event; every other
//    candidate the index offers for it (events sharing its place, actor or kind) is a negative;
//  - the project's own labelled pages (tests/fixtures/robustness), positives and negatives.
// Cross-validated by event (a page and every copy of it stay in one fold), with a fixed seed. Prints
// precision and recall per article, and a reliability table: confidence bucket → observed precision.
// --check: train and print, but do not write the model.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snapshotFromText } from '../core/article/from-text';
import { FEATURE_NAMES, type Features } from '../core/matching/features';
import { scoreCandidates } from '../core/matching/link';
import { extractMentions } from '../core/mentions';
import type { Candidate, CandidateQuery, Repository } from '../core/repository';
import type { ArticleSnapshot, Claim, Pack, ReportRecord } from '../core/types';
import { buildCorePack } from '../data/pack/build/core';
import { parseArgs } from './args';
import type { Labels } from './eval/linking';
import { ROOT, repositoryFor, snapshotFromFile } from './load';
import { trainingInputsHash } from './train/inputs-hash';
import { fitLogistic, groupFolds, predict, reliability, seeded, type Fit } from './train/logistic';

const MODEL_FILE = join(ROOT, 'src/core/matching/model.json');
const LABELLED_SETS = ['tests/fixtures/robustness', 'tests/fixtures/robustness/fresh'];
// A hand-labelled page is a whole article; a generated one is a gist and its claims.
const PAGE_WEIGHT = 3;
const LAMBDA = 1;

interface Article {
  group: string;
  source: 'report' | 'shifted' | 'page';
  snapshot: ArticleSnapshot;
  /** Events the article is about (empty: about none in the pack). */
  about: string[];
  /** Report left out of its event while this article is scored. */
  leaveOut: string | null;
  /** Days the whole article is moved in time: its publication and every day it states. */
  shift: number;
}

interface Scored {
  article: Article;
  candidates: { eventId: string; x: number[]; y: number; impossible: boolean }[];
}

function claimSentence(c: Claim): string | null {
  if (typeof c.value !== 'number') return null;
  const n = c.max !== null ? `${c.value} to ${c.max}` : `${c.qualifier && c.qualifier !== 'range' ? `${c.qualifier} ` : ''}${c.value}`;
  return `${n} ${c.subject}, according to ${c.attributedTo}.`;
}

/** A report written up as a short article: its gist as the headline, its counts as sentences. */
function reportArticle(r: ReportRecord, published: string | null): ArticleSnapshot {
  const body = r.claims.map(claimSentence).filter((s): s is string => s !== null);
  return snapshotFromText(`${r.gist}\n\n${body.join(' ')}`, { url: null, published });
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Same words, another day: the report's article published 5 to 400 days after it was (log-uniform).
 * Such a page is about another happening at the same place — another strike on the same camp, the
 * same town weeks later — the commonest false link, and one no curated pair of events shows often
 * enough. Its "on Tuesday" moves with it, so the story's own days point away from the event too.
 */
function shiftDays(rand: () => number): number {
  return Math.round(Math.exp(Math.log(5) + rand() * (Math.log(400) - Math.log(5))));
}

function reportArticles(pack: Pack, seed: number): Article[] {
  const rand = seeded(seed);
  const out: Article[] = [];
  const byEvent = new Map<string, ReportRecord[]>();
  for (const r of pack.reports) byEvent.set(r.eventId, [...(byEvent.get(r.eventId) ?? []), r]);
  for (const [eventId, reports] of byEvent) {
    if (reports.length < 2) continue; // with its only report out, an event has nothing to be found by
    for (const r of reports) {
      if (r.gist.split(/\s+/).length < 6) continue;
      const published = r.published?.slice(0, 10) ?? null;
      if (published) {
        out.push({ group: eventId, source: 'report', snapshot: reportArticle(r, published), about: [eventId], leaveOut: r.id, shift: 0 });
        out.push({ group: eventId, source: 'shifted', snapshot: reportArticle(r, published), about: [], leaveOut: r.id, shift: shiftDays(rand) });
      }
      // Undated pages are common; the same words without a date teach what the rest is worth.
      out.push({ group: eventId, source: 'report', snapshot: reportArticle(r, null), about: [eventId], leaveOut: r.id, shift: 0 });
    }
  }
  return out;
}

function pageArticles(): Article[] {
  const out: Article[] = [];
  for (const set of LABELLED_SETS) {
    const dir = join(ROOT, set);
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Labels>;
    for (const file of readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.html')).sort()) {
      const id = file.replace(/\.html$/, '');
      const label = labels[id];
      if (!label) continue;
      out.push({ group: `page:${set}/${id}`, source: 'page', snapshot: snapshotFromFile(join(dir, 'pages', file), { url: null, published: null }), about: label.events, leaveOut: null, shift: 0 });
    }
  }
  return out;
}

/** The repository with one report taken out of its event. */
function leavingOut(repo: Repository, reportId: string | null): Repository {
  if (!reportId) return repo;
  const drop = <T extends { reports: ReportRecord[] }>(b: T): T => ({ ...b, reports: b.reports.filter((r) => r.id !== reportId) });
  return {
    lexicon: () => repo.lexicon(),
    series: () => repo.series(),
    eventCount: () => repo.eventCount(),
    events: async (ids) => (await repo.events(ids)).map(drop),
    candidates: async (q: CandidateQuery) => (await repo.candidates(q)).map((c: Candidate) => drop(c)),
  };
}

async function score(articles: Article[], repo: Repository): Promise<Scored[]> {
  const lexicon = await repo.lexicon();
  const out: Scored[] = [];
  for (const article of articles) {
    const r = leavingOut(repo, article.leaveOut);
    let snapshot = article.snapshot;
    let mentions = extractMentions(snapshot, lexicon);
    if (article.shift && snapshot.published) {
      // Read as written, then moved: "on Tuesday" and "13 July" both move with the publication.
      const move = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? addDays(v, article.shift) : v);
      mentions = { ...mentions, dates: mentions.dates.map((d) => ({ ...d, value: move(d.value), ...(d.endValue ? { endValue: move(d.endValue) } : {}) })) };
      snapshot = { ...snapshot, published: addDays(snapshot.published, article.shift) };
    }
    const { scored } = await scoreCandidates(snapshot, mentions, r, lexicon);
    out.push({
      article,
      candidates: scored.map((s) => ({
        eventId: s.bundle.event.id,
        x: FEATURE_NAMES.map((k) => s.evidence.features[k]),
        y: article.about.includes(s.bundle.event.id) ? 1 : 0,
        impossible: s.evidence.impossible,
      })),
    });
  }
  return out;
}

function train(rows: Scored[]): Fit {
  const xs: number[][] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  for (const s of rows) {
    for (const c of s.candidates) {
      if (c.impossible) continue;
      xs.push(c.x);
      ys.push(c.y);
      ws.push(s.article.source === 'page' ? PAGE_WEIGHT : 1);
    }
  }
  return fitLogistic(xs, ys, { lambda: LAMBDA, sampleWeights: ws });
}

interface Decision {
  /** The best candidate's score (log-odds of the candidate model) and whether it is an event the article is about. */
  z: number;
  best: number;
  right: boolean;
  about: number;
}

const logit = (p: number) => Math.log(Math.max(p, 1e-12) / Math.max(1 - p, 1e-12));

/** Candidate model, then the calibration (a, b) that maps its log-odds to "the best candidate is right". */
function decide(fit: Fit, s: Scored, cal: Calibration = { a: 1, b: 0 }): Decision {
  let z = -Infinity;
  let right = false;
  for (const c of s.candidates) {
    if (c.impossible) continue;
    const zc = logit(predict(fit, c.x));
    if (zc > z) {
      z = zc;
      right = c.y === 1;
    }
  }
  const best = Number.isFinite(z) ? 1 / (1 + Math.exp(-(cal.a * z + cal.b))) : 0;
  return { z, best, right, about: s.article.about.length };
}

interface Calibration {
  a: number;
  b: number;
}

/**
 * Platt scaling on the best candidate per article: a candidate model trained on thousands of easy
 * negatives scores low even when its best candidate is right, so its raw output is not what the
 * reader should see. The map is fitted on decisions made out of fold.
 */
function calibrate(ds: Decision[]): Calibration {
  const usable = ds.filter((d) => Number.isFinite(d.z));
  const fit = fitLogistic(usable.map((d) => [d.z]), usable.map((d) => (d.right ? 1 : 0)), { lambda: 0.01 });
  return { a: fit.weights[0]!, b: fit.bias };
}

function atThreshold(ds: Decision[], t: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const d of ds) {
    const linked = d.best >= t;
    if (linked && d.right) tp++;
    else if (linked) fp++;
    if (d.about && !(linked && d.right)) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const fHalf = precision + recall ? (1.25 * precision * recall) / (0.25 * precision + recall) : 0;
  return { tp, fp, fn, precision, recall, fHalf };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['folds', 'seed']);
  const k = Number(args.values.get('folds') ?? 5);
  const seed = Number(args.values.get('seed') ?? 20261207);
  const pack = buildCorePack().pack;
  const repo = repositoryFor([pack]);
  const articles = [...reportArticles(pack, seed), ...pageArticles()];
  const rows = await score(articles, repo);
  const folds = groupFolds(rows.map((r) => r.article.group), k, seed);

  // Out-of-fold: every article scored by a model that never saw its event (or page).
  const raw: { s: Scored; d: Decision; fold: number }[] = [];
  for (let f = 0; f < k; f++) {
    const fit = train(rows.filter((r) => folds.get(r.article.group) !== f));
    for (const s of rows.filter((r) => folds.get(r.article.group) === f)) raw.push({ s, d: decide(fit, s), fold: f });
  }
  // Calibration cross-fitted too: each fold's decisions mapped by a calibration fitted on the others.
  const oof = raw.map((o) => {
    const cal = calibrate(raw.filter((x) => x.fold !== o.fold).map((x) => x.d));
    const best = Number.isFinite(o.d.z) ? 1 / (1 + Math.exp(-(cal.a * o.d.z + cal.b))) : 0;
    return { s: o.s, d: { ...o.d, best } };
  });
  const calibration = calibrate(raw.map((o) => o.d));
  // The threshold: best F0.5 (precision first) on the out-of-fold decisions.
  let threshold = 0.5;
  let bestF = -1;
  for (let t = 0.3; t <= 0.951; t += 0.025) {
    const m = atThreshold(oof.map((o) => o.d), t);
    if (m.fHalf > bestF + 1e-9) {
      bestF = m.fHalf;
      threshold = Math.round(t * 1000) / 1000;
    }
  }
  const fit = train(rows);

  const lines: string[] = [];
  const reports = rows.filter((r) => r.article.source === 'report');
  const pages = rows.filter((r) => r.article.source === 'page');
  lines.push(`Linking model — ${rows.length} articles (${reports.length} from ${new Set(reports.map((r) => r.article.group)).size} events' reports, ${rows.length - reports.length - pages.length} of them moved to another day, ${pages.length} labelled pages), ${rows.reduce((n, r) => n + r.candidates.length, 0)} candidates; ${k}-fold by event, seed ${seed}`);
  for (const [name, subset] of [
    ['all', oof],
    ['reports', oof.filter((o) => o.s.article.source === 'report')],
    ['shifted', oof.filter((o) => o.s.article.source === 'shifted')],
    ['pages', oof.filter((o) => o.s.article.source === 'page')],
  ] as const) {
    const m = atThreshold(subset.map((o) => o.d), threshold);
    lines.push(`  cross-validated at ${threshold.toFixed(3)} (${name.padEnd(7)}): P ${pct(m.precision)}  R ${pct(m.recall)}  F0.5 ${m.fHalf.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  }
  lines.push('  reliability of the best candidate per article (out of fold, calibrated): confidence → observed precision');
  for (const b of reliability(oof.map((o) => o.d.best), oof.map((o) => (o.d.right ? 1 : 0)))) {
    if (b.count) lines.push(`    ${b.from.toFixed(1)}–${b.to.toFixed(1)}  n ${String(b.count).padStart(4)}  observed ${pct(b.observed)}`);
  }
  lines.push('  weights (all data):');
  lines.push(`    bias ${fit.bias.toFixed(3)}  ${FEATURE_NAMES.map((n, j) => `${n} ${fit.weights[j]!.toFixed(3)}`).join('  ')}`);
  lines.push(`    calibration: confidence = σ(${calibration.a.toFixed(3)} · z + ${calibration.b.toFixed(3)})`);
  console.log(lines.join('\n'));

  if (!args.flags.has('check')) {
    const weights = Object.fromEntries(FEATURE_NAMES.map((n, j) => [n, Math.round(fit.weights[j]! * 10000) / 10000])) as unknown as Features;
    const model = {
      note: 'Learned by npm run train (src/cli/train.ts); do not edit by hand.',
      trainedOn: { articles: rows.length, events: pack.events.length, folds: k, seed, lambda: LAMBDA, pageWeight: PAGE_WEIGHT },
      inputsHash: trainingInputsHash(ROOT),
      bias: Math.round(fit.bias * 10000) / 10000,
      weights,
      calibration: { a: Math.round(calibration.a * 10000) / 10000, b: Math.round(calibration.b * 10000) / 10000 },
      threshold,
    };
    writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${MODEL_FILE.slice(ROOT.length + 1)}`);
  }
}

main().catch((e: unknown) => {
  console.error(`train: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
