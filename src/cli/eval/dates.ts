// Scores the date-mention stage on TimeML news (TempEval-3 AQUAINT, read from the shared benchmarks
// folder at run time, never copied into the project), side by side with plain chrono-node.
// TempEval-3 style, gold type="DATE" timexes only: strict and relaxed span precision/recall/F1, and
// value accuracy over the relaxed matches.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { extractDates } from '../../core/mentions/dates';

// ─── TimeML ──────────────────────────────────────────────────────────────────────────────────────

export interface GoldTimex {
  tid: string;
  type: string; // DATE, TIME, DURATION, SET
  value: string;
  start: number;
  end: number;
  text: string;
}

export interface TimeMLDoc {
  id: string;
  /** Document creation time, ISO day: the reference date. */
  dct: string | null;
  /** The <TEXT> element with its tags removed and entities decoded; offsets below refer to it. */
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) {
    out[m[1]!] = m[2]!.replace(/&(#x?[0-9a-f]+|\w+);/gi, (_, e: string) => decodeEntity(e));
  }
  return out;
}

/** Strips a TimeML document to the plain text of its <TEXT>, keeping each TIMEX3's exact offsets. */
export function stripTimeML(xml: string, id = ''): TimeMLDoc {
  const dctValue = /<DCT>[\s\S]*?value="([^"]+)"/.exec(xml)?.[1] ?? null;
  const dct = dctValue && /^\d{4}-\d{2}-\d{2}/.test(dctValue) ? dctValue.slice(0, 10) : null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const open: { attrs: Record<string, string>; start: number }[] = [];
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)((?:\s[^>]*?)?)(\/?)>|&(#x?[0-9a-f]+|\w+);/gi)) {
    text += body.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    if (m[5] !== undefined) {
      text += decodeEntity(m[5]);
      continue;
    }
    if (m[2] !== 'TIMEX3' || m[4]) continue; // other tags (EVENT, SIGNAL) only wrap words
    if (!m[1]) open.push({ attrs: attributes(m[3] ?? ''), start: text.length });
    else {
      const t = open.pop();
      if (!t) continue;
      const { tid = '', type = '', value = '' } = t.attrs;
      timexes.push({ tid, type, value, start: t.start, end: text.length, text: text.slice(t.start, text.length) });
    }
  }
  text += body.slice(last);
  timexes.sort((a, b) => a.start - b.start);
  return { id, dct, text, timexes };
}

// ─── Scoring ─────────────────────────────────────────────────────────────────────────────────────

export interface PredictedDate {
  start: number;
  end: number;
  value: string;
  /** End of a range ("between 1994 and 1997"): TimeML marks each end as its own timex. */
  endValue?: string;
}

/** The value a prediction gives the gold timex it overlaps: a range's end for a gold past its start. */
function valueFor(p: PredictedDate, g: { start: number }): string {
  return p.endValue !== undefined && g.start > p.start ? p.endValue : p.value;
}

export interface SpanScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface SystemScores {
  strict: SpanScores;
  relaxed: SpanScores;
  /** Share of relaxed-matched gold DATEs whose predicted value equals the gold value (normalised). */
  valueAccuracy: number;
  /** The same with the raw strings compared, for reference (see normaliseValue). */
  valueAccuracyExact: number;
  counts: {
    gold: number;
    predicted: number;
    strictGold: number; // gold DATEs with an exactly matching prediction
    relaxedGold: number; // gold DATEs overlapped by a prediction
    strictPredicted: number; // predictions whose span equals a gold TIMEX3 of any type
    relaxedPredicted: number; // predictions overlapping a gold TIMEX3 of any type
    valueCorrect: number;
    valueCorrectExact: number;
  };
}

/**
 * TimeML writes some values at a precision a DateMention does not have, or with a placeholder for an
 * unknown part: time of day (2000-01-05TEV, 1998-10-25T21:00), unspecified trailing parts
 * (1994-XX-XX, 1998-10-XX), TimeML 1.2 decades (199X) and unpadded ISO weeks (2000-W7). They are
 * compared at the calendar precision both sides can express: 1994-XX-XX is the year 1994.
 */
export function normaliseValue(value: string): string {
  let v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) v = v.slice(0, 10);
  while (/-XX$/.test(v)) v = v.slice(0, -3);
  v = v.replace(/^(\d{3})X$/, '$1').replace(/^(\d{2})XX$/, '$1');
  return v.replace(/^(\d{4})-W(\d)$/, '$1-W0$2');
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const overlapLength = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function prf(hitsP: number, predicted: number, hitsR: number, gold: number): SpanScores {
  const precision = predicted ? hitsP / predicted : 0;
  const recall = gold ? hitsR / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * Precision counts a prediction as not false when it overlaps a gold TIMEX3 of any type: this stage is
 * scored on DATEs, but "Friday morning" annotated as a TIME or "last week" as a DURATION is still a
 * correct find, and calling it a false date would score TimeML's typing, not the extractor.
 */
export function scoreDocs(docs: { gold: GoldTimex[]; predicted: PredictedDate[] }[]): SystemScores {
  const c = { gold: 0, predicted: 0, strictGold: 0, relaxedGold: 0, strictPredicted: 0, relaxedPredicted: 0, valueCorrect: 0, valueCorrectExact: 0 };
  for (const { gold, predicted } of docs) {
    const dates = gold.filter((g) => g.type === 'DATE');
    c.gold += dates.length;
    c.predicted += predicted.length;
    for (const p of predicted) {
      if (gold.some((g) => g.start === p.start && g.end === p.end)) c.strictPredicted++;
      if (gold.some((g) => overlaps(g, p))) c.relaxedPredicted++;
    }
    for (const g of dates) {
      if (predicted.some((p) => p.start === g.start && p.end === g.end)) c.strictGold++;
      const matched = predicted.filter((p) => overlaps(g, p));
      if (!matched.length) continue;
      c.relaxedGold++;
      const best = matched.reduce((a, b) => (overlapLength(b, g) > overlapLength(a, g) ? b : a));
      if (normaliseValue(valueFor(best, g)) === normaliseValue(g.value)) c.valueCorrect++;
      if (valueFor(best, g) === g.value) c.valueCorrectExact++;
    }
  }
  return {
    strict: prf(c.strictPredicted, c.predicted, c.strictGold, c.gold),
    relaxed: prf(c.relaxedPredicted, c.predicted, c.relaxedGold, c.gold),
    valueAccuracy: c.relaxedGold ? c.valueCorrect / c.relaxedGold : 0,
    valueAccuracyExact: c.relaxedGold ? c.valueCorrectExact / c.relaxedGold : 0,
    counts: c,
  };
}

// ─── The two systems ─────────────────────────────────────────────────────────────────────────────

/** Plain chrono-node with the DCT as reference; the value at the precision of its known components. */
export function chronoBaseline(text: string, dct: string): PredictedDate[] {
  const [y, m, d] = dct.split('-').map(Number) as [number, number, number];
  const results = chrono.parse(text, new Date(Date.UTC(y, m - 1, d, 12)));
  return results.map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r.start) }));
}

function chronoValue(s: chrono.ParsedComponents): string {
  const pad = (n: number | null, w = 2) => String(n ?? 0).padStart(w, '0');
  const day = `${pad(s.get('year'), 4)}-${pad(s.get('month'))}-${pad(s.get('day'))}`;
  if (s.isCertain('day') || s.isCertain('weekday')) return day;
  if (s.isCertain('month')) return day.slice(0, 7);
  if (s.isCertain('year')) return day.slice(0, 4);
  return day; // nothing certain ("this week", a time of day): the day chrono implied
}

export interface DatesEval {
  corpus: string;
  docs: number;
  goldDates: number;
  ours: SystemScores;
  chrono: SystemScores;
  /** Mean time per article (whole run, after one warm-up pass), and per 4 KB of article text. */
  msPerArticle: { ours: number; chrono: number };
  msPer4KB: { ours: number; chrono: number };
  meanArticleChars: number;
  /** Misses and wrong values of ours, for reading error categories (not for tuning to sentences). */
  errors?: { doc: string; kind: 'missed' | 'value' | 'spurious'; gold?: string; predicted?: string; context: string }[];
}

export async function loadTimeML(dir: string): Promise<TimeMLDoc[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.tml')).sort();
  return Promise.all(names.map(async (n) => stripTimeML(await readFile(join(dir, n), 'utf8'), n.replace(/\.tml$/, ''))));
}

function timed<T>(docs: TimeMLDoc[], run: (doc: TimeMLDoc) => T): { out: T[]; ms: number } {
  docs.forEach(run); // warm-up: compile patterns, let the JIT settle
  const t0 = performance.now();
  const out = docs.map(run);
  return { out, ms: (performance.now() - t0) / Math.max(docs.length, 1) };
}

export async function evalDates(aquaintDir: string, options: { errors?: boolean } = {}): Promise<DatesEval> {
  const docs = (await loadTimeML(aquaintDir)).filter((d) => d.dct);
  const ours = timed(docs, (d) =>
    extractDates(d.text, d.dct).map(({ start, end, value, endValue }) => ({ start, end, value, ...(endValue ? { endValue } : {}) })),
  );
  const base = timed(docs, (d) => chronoBaseline(d.text, d.dct!));
  const result: DatesEval = {
    corpus: aquaintDir,
    docs: docs.length,
    goldDates: docs.reduce((n, d) => n + d.timexes.filter((t) => t.type === 'DATE').length, 0),
    ours: scoreDocs(docs.map((d, i) => ({ gold: d.timexes, predicted: ours.out[i]! }))),
    chrono: scoreDocs(docs.map((d, i) => ({ gold: d.timexes, predicted: base.out[i]! }))),
    msPerArticle: { ours: ours.ms, chrono: base.ms },
    msPer4KB: { ours: 0, chrono: 0 },
    meanArticleChars: docs.reduce((n, d) => n + d.text.length, 0) / Math.max(docs.length, 1),
  };
  const per4KB = (ms: number) => (ms / Math.max(result.meanArticleChars, 1)) * 4096;
  result.msPer4KB = { ours: per4KB(ours.ms), chrono: per4KB(base.ms) };
  if (options.errors) result.errors = listErrors(docs, ours.out);
  return result;
}

function listErrors(docs: TimeMLDoc[], predicted: PredictedDate[][]): NonNullable<DatesEval['errors']> {
  const errors: NonNullable<DatesEval['errors']> = [];
  const around = (text: string, s: number, e: number) =>
    `${text.slice(Math.max(0, s - 60), s)}[${text.slice(s, e)}]${text.slice(e, e + 40)}`.replace(/\s+/g, ' ');
  docs.forEach((doc, i) => {
    const preds = predicted[i] ?? [];
    for (const g of doc.timexes.filter((t) => t.type === 'DATE')) {
      const match = preds.find((p) => overlaps(p, g));
      if (!match) errors.push({ doc: doc.id, kind: 'missed', gold: g.value, context: around(doc.text, g.start, g.end) });
      else if (normaliseValue(valueFor(match, g)) !== normaliseValue(g.value)) {
        errors.push({ doc: doc.id, kind: 'value', gold: g.value, predicted: valueFor(match, g), context: around(doc.text, g.start, g.end) });
      }
    }
    for (const p of preds) {
      if (!doc.timexes.some((g) => overlaps(g, p))) {
        errors.push({ doc: doc.id, kind: 'spurious', predicted: p.value, context: around(doc.text, p.start, p.end) });
      }
    }
  });
  return errors;
}

// ─── Output ──────────────────────────────────────────────────────────────────────────────────────

export function formatDatesEval(e: DatesEval): string {
  const f = (n: number) => n.toFixed(3);
  const prfRow = (s: SpanScores) => `${f(s.precision)} / ${f(s.recall)} / ${f(s.f1)}`;
  const rows: [string, string, string][] = [
    ['strict span P / R / F1', prfRow(e.ours.strict), prfRow(e.chrono.strict)],
    ['relaxed span P / R / F1', prfRow(e.ours.relaxed), prfRow(e.chrono.relaxed)],
    ['value accuracy', f(e.ours.valueAccuracy), f(e.chrono.valueAccuracy)],
    ['value accuracy (raw strings)', f(e.ours.valueAccuracyExact), f(e.chrono.valueAccuracyExact)],
    ['predicted mentions', String(e.ours.counts.predicted), String(e.chrono.counts.predicted)],
    ['gold DATEs found strict / relaxed', `${e.ours.counts.strictGold} / ${e.ours.counts.relaxedGold}`, `${e.chrono.counts.strictGold} / ${e.chrono.counts.relaxedGold}`],
    ['values right', String(e.ours.counts.valueCorrect), String(e.chrono.counts.valueCorrect)],
    ['ms per article', e.msPerArticle.ours.toFixed(2), e.msPerArticle.chrono.toFixed(2)],
    ['ms per 4 KB of text', e.msPer4KB.ours.toFixed(2), e.msPer4KB.chrono.toFixed(2)],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length), 'ours'.length);
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`;
  return [
    `Dates on ${e.docs} TimeML articles (${e.goldDates} gold DATE timexes, mean ${Math.round(e.meanArticleChars)} chars)`,
    line('', 'ours', 'chrono-node'),
    ...rows.map((r) => line(...r)),
  ].join('\n');
}
