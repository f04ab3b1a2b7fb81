// Linking and discrepancy scores on a labelled set (../shared/eval/<set>: pages/<case>.html and
// labels.json), computed as the set's README prescribes so figures are comparable across runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeSnapshot } from '../../core/pipeline';
import type { Repository } from '../../core/repository';
import type { Analysis, DiscrepancyKind } from '../../core/types';
import { snapshotFromFile } from '../load';

export interface LabelledDiscrepancy {
  kind: DiscrepancyKind;
  eventId: string;
  quote: string;
  article: string;
  record: string;
  injected: boolean;
}

export interface Labels {
  events: string[];
  discrepancies: LabelledDiscrepancy[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CaseResult {
  id: string;
  expected: string[];
  predicted: { eventId: string; confidence: number }[];
  discrepancies: { kind: string; quote: string; found: boolean }[];
  reported: { kind: string; quote: string; correct: boolean; severity: string }[];
  ms: number;
}

export interface LinkingEval {
  set: string;
  cases: number;
  negatives: number;
  linking: Prf & { top1: number; falseLinkRate: number };
  discrepancies: Prf & { byKind: Record<string, Prf> };
  /** Pages that link to an event and whose labels list no discrepancy: findings raised on them. */
  faithful: { pages: number; warnings: number; findings: number };
  /** Confidence of each linked event → share of them that were right. */
  calibration: { from: number; to: number; count: number; right: number }[];
  results: CaseResult[];
}

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** date and dateline are one kind for scoring (README). */
export const family = (k: string) => (k === 'dateline' ? 'date' : k);
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** A reported quote matches a labelled one when one contains the other, ignoring case and spacing. */
export function quotesOverlap(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

export async function evalLinking(setDir: string, repo: Repository): Promise<LinkingEval> {
  const labels = JSON.parse(readFileSync(join(setDir, 'labels.json'), 'utf8')) as Record<string, Labels>;
  const pages = readdirSync(join(setDir, 'pages')).filter((f) => f.endsWith('.html')).sort();
  const results: CaseResult[] = [];
  for (const file of pages) {
    const id = file.replace(/\.html$/, '');
    const label = labels[id];
    if (!label) continue;
    const t0 = performance.now();
    const snapshot = snapshotFromFile(join(setDir, 'pages', file), { url: null, published: null });
    const analysis: Analysis = await analyzeSnapshot(snapshot, repo);
    const ms = performance.now() - t0;
    const found = label.discrepancies.map((d) => ({
      kind: d.kind,
      quote: d.quote,
      found: analysis.discrepancies.some((r) => family(r.kind) === family(d.kind) && quotesOverlap(r.quote, d.quote)),
    }));
    const reported = analysis.discrepancies.map((r) => ({
      kind: r.kind,
      quote: r.quote,
      severity: r.severity,
      correct: label.discrepancies.some((d) => family(r.kind) === family(d.kind) && quotesOverlap(r.quote, d.quote)),
    }));
    results.push({ id, expected: label.events, predicted: analysis.matches.map((m) => ({ eventId: m.eventId, confidence: m.confidence })), discrepancies: found, reported, ms });
  }
  return score(setDir, results);
}

export function score(set: string, results: CaseResult[]): LinkingEval {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let top1 = 0;
  let positives = 0;
  let negatives = 0;
  let falseLinks = 0;
  for (const r of results) {
    const predicted = new Set(r.predicted.map((p) => p.eventId));
    for (const e of r.expected) (predicted.has(e) ? tp++ : fn++);
    for (const p of predicted) if (!r.expected.includes(p)) fp++;
    if (r.expected.length) {
      positives++;
      if (r.predicted[0] && r.expected.includes(r.predicted[0].eventId)) top1++;
    } else {
      negatives++;
      if (r.predicted.length) falseLinks++;
    }
  }
  const kinds = new Set([...results.flatMap((r) => r.discrepancies.map((d) => family(d.kind))), ...results.flatMap((r) => r.reported.map((d) => family(d.kind)))]);
  const byKind: Record<string, Prf> = {};
  for (const k of [...kinds].sort()) {
    const labelled = results.flatMap((r) => r.discrepancies.filter((d) => family(d.kind) === k));
    const reported = results.flatMap((r) => r.reported.filter((d) => family(d.kind) === k));
    const hit = labelled.filter((d) => d.found).length;
    byKind[k] = prf(hit, reported.filter((d) => !d.correct).length, labelled.length - hit);
  }
  const labelled = results.flatMap((r) => r.discrepancies);
  const reported = results.flatMap((r) => r.reported);
  const hit = labelled.filter((d) => d.found).length;
  const overall = prf(hit, reported.filter((d) => !d.correct).length, labelled.length - hit);
  // Precision counts reported findings that match a label; recall counts labels found.
  overall.precision = reported.length ? reported.filter((d) => d.correct).length / reported.length : 1;
  overall.f1 = overall.precision + overall.recall ? (2 * overall.precision * overall.recall) / (overall.precision + overall.recall) : 0;
  for (const k of Object.keys(byKind)) {
    const rep = results.flatMap((r) => r.reported.filter((d) => family(d.kind) === k));
    const p = byKind[k]!;
    p.precision = rep.length ? rep.filter((d) => d.correct).length / rep.length : 1;
    p.f1 = p.precision + p.recall ? (2 * p.precision * p.recall) / (p.precision + p.recall) : 0;
  }
  const faithfulPages = results.filter((r) => r.expected.length && !r.discrepancies.length);
  const faithful = {
    pages: faithfulPages.length,
    warnings: faithfulPages.reduce((n, r) => n + r.reported.filter((d) => d.severity === 'warning').length, 0),
    findings: faithfulPages.reduce((n, r) => n + r.reported.length, 0),
  };
  const links = results.flatMap((r) => r.predicted.map((p) => ({ c: p.confidence, right: r.expected.includes(p.eventId) })));
  const calibration = [0.5, 0.6, 0.7, 0.8, 0.9].map((from, i, all) => {
    const to = all[i + 1] ?? 1.0001;
    const inside = links.filter((l) => l.c >= from && l.c < to);
    return { from, to: Math.min(to, 1), count: inside.length, right: inside.filter((l) => l.right).length };
  });
  return {
    set,
    cases: results.length,
    negatives,
    faithful,
    calibration,
    linking: { ...prf(tp, fp, fn), top1: positives ? top1 / positives : 1, falseLinkRate: negatives ? falseLinks / negatives : 0 },
    discrepancies: { ...overall, byKind },
    results,
  };
}
