// figure: the article's count against the counts the reports of the same event give, and daily or
// cumulative totals against the official series. Compared only like with like (same kind, same
// class of people, same period; a subset such as "including 13 children" only with children), and
// three outcomes are told apart:
//   - no report gives the article's number                          → warning, with every count and
//     who gave it; if the number lies between the tolls reported before and after the article, it
//     is said to be a toll of another moment (info), not a conflict;
//   - a report gives it, but others counted the same thing differently (a hostage count of 14 vs
//     13; a toll of 210 vs the army's estimate of about 90)       → info: the count is contested;
//   - a report gives it and the others only rose later              → nothing (an evolving toll).
import type { Discrepancy, FigureMention, ReportRecord } from '../../types';
import { insideAny } from '../../mentions';
import { formatDay } from '../../text/dates';
import { sentenceAround, type Rule } from '../rule';
import { figureClassOf, peopleOfSubject } from '../../claims';
import { claimClass, clauseAround, comparableCounts, type Counted } from './figure-subjects';
import { counterOf, sideOf } from './counters';
import { aboutAnotherEvent } from '../other-event';
import { regionWide } from '../region-wide';
import { seriesCheck } from './figure-series';

const VAGUE = new Set<FigureMention['qualifier']>(['dozens', 'hundreds', 'thousands', 'scores', 'millions']);
// A later article may carry a higher toll than any report so far; up to this factor it is read as
// the toll having risen, beyond it as a different number.
const PLAUSIBLE_RISE = 1.25;
const CASUALTY = new Set<FigureMention['kind']>(['killed', 'injured', 'missing']);

const fmt = (n: number) => n.toLocaleString('en-US');
const asOf = (c: Counted) => c.claim.asOf ?? c.report.published;
const describe = (c: Counted) => `${c.claim.qualifier ? `${c.claim.qualifier} ` : ''}${typeof c.claim.value === 'number' ? fmt(c.claim.value) : c.claim.value}`;

/**
 * Does the report give the article's number? The number as written counts, not what a qualifier
 * allows: "at least 280" does not give 289, though it does not rule it out — a reader comparing
 * the article with the reports sees 289 nowhere.
 */
function gives(f: FigureMention, c: Counted): boolean {
  const [lo, hi] = articleRange(f);
  const [claimLo, claimHi] = claimSpan(c);
  return claimLo <= hi && claimHi >= lo;
}

/**
 * What a record's own words allow: an approximate round number ("about 2,800", "nearly 100")
 * gives the numbers close to it, as the article's does; a floor ("at least 280") gives its number.
 */
function claimSpan(c: Counted): [number, number] {
  const v = c.lo;
  if (c.lowerBound || c.hi !== v || typeof c.claim.value !== 'number') return [v, c.lowerBound ? v : c.hi];
  const round = v >= 100 ? v % 10 === 0 : v % 5 === 0;
  if (!round) return [v, v];
  const q = c.claim.qualifier.trim().toLowerCase();
  if (/^(?:about|around|approximately|roughly|some|an estimated|estimated|circa|close to)$/.test(q)) return [Math.ceil(v * 0.95), Math.floor(v * 1.05)];
  if (/^(?:nearly|almost|just under)$/.test(q)) return [Math.ceil(v * 0.9), v];
  return [v, v];
}

/**
 * The numbers the article's own wording allows: "more than 320" is the round floor of 323, "about
 * 240" allows a few either side, "nearly 100" is a little under. An exact number is itself.
 */
function articleRange(f: FigureMention): [number, number] {
  const v = f.value;
  // Only a round number is a rounding: "at least 64" says 64, where "more than 320" may mean 323.
  const round = v >= 100 ? v % 10 === 0 : v % 5 === 0;
  if (!round) return [v, f.max ?? v];
  switch (f.qualifier) {
    case 'at least':
    case 'more than':
      return [v, Math.floor(v * 1.1) + 1];
    case 'about':
      return [Math.ceil(v * 0.95), Math.floor(v * 1.05)];
    case 'nearly':
      return [Math.ceil(v * 0.9), v];
    case 'up to':
    case 'fewer than':
      return [Math.ceil(v * 0.8), v];
    default:
      return [v, f.max ?? v];
  }
}

/**
 * A number the records hold for this event — as a claim of any kind, in a claim's words or in a
 * report's gist ("23 bodies transported, plus 102 wounded") — is not a number "no report gives":
 * the article counts something the records count too, perhaps under another heading.
 */
function recorded(f: FigureMention, reports: ReportRecord[]): boolean {
  const n = f.value;
  const written = new RegExp(`(?<![\\d.,])${n.toLocaleString('en-US').replace(/,/g, '[,. ]?')}(?![\\d])`);
  // Only for the same class of people: 16 women in the records do not make "16 children" right.
  const cls = f.subjectClass === 'civilians' ? 'people' : f.subjectClass;
  return reports.some(
    (r) =>
      (cls === 'people' && written.test(r.gist)) ||
      r.claims.some((c) => {
        // The claim's own count has its typed class. A figure a curator put in brackets beside it
        // ("(plus 20 wounded)", "(16 women)") is read here only to say the records hold the number:
        // it can keep a toll from being called unsourced, never raise a finding.
        if (claimClass(c) === cls && (c.value === n || written.test(`${c.value} ${c.subject.replace(/\([^)]*\)/g, '')}`))) return true;
        return (c.subject.match(/\([^)]*\)/g) ?? []).some((part) => written.test(part) && figureClassOf(peopleOfSubject(part.replace(/^\(\s*(?:plus|and|with)?\s*|\)$/g, ''))) === cls);
      }),
  );
}

// A count within this share of the article's is rounding or timing; under the lower share it is a
// partial count (one hospital's bodies, the first hours) unless a named counter of its own gave it.
const NOISE = 0.9;
const PARTIAL = 0.5;
// Hospitals count the bodies they receive: a partial count by nature, never a rival total.
const PARTIAL_COUNTERS = new Set(['hospital']);

/** Counts that contradict the article's even though one report gives the same number. */
function contesting(f: FigureMention, agreeing: Counted[], others: Counted[], told: ReadonlySet<number>): Counted[] {
  // A hostage or prisoner count does not change during the day: any other number is another view.
  if (!CASUALTY.has(f.kind)) return others;
  const since = agreeing.map(asOf).filter((d): d is string => !!d).sort()[0];
  const counters = new Set(agreeing.map((c) => counterOf(c.claim.attributedTo)));
  const articleFloor = f.qualifier === 'at least' || f.qualifier === 'more than';
  return others.filter((c) => {
    // Tolls rise: a higher count is no contradiction, nor a lower one from the same counter (its
    // earlier figure), nor one given before the article's number was out.
    const ratio = c.lo / f.value;
    if (ratio >= NOISE || (since && asOf(c) && asOf(c)! < since)) return false;
    // Timing unknown on either side: it cannot be told from an earlier figure.
    if (!asOf(c) || !since) return false;
    const who = counterOf(c.claim.attributedTo);
    if (who !== null && counters.has(who)) return false;
    // The article gives that number too ("local authorities earlier gave 71"): nothing is hidden.
    if (told.has(c.lo)) return false;
    // Far lower, the same day, from a counter of the same side or of a side we cannot tell: an
    // earlier stage of the day's rising toll (a morning 24, an evening 63), as far as day-precise
    // records can say. Close counts the same day are counts that differ.
    if (since && asOf(c) === since && ratio <= PARTIAL) {
      const mine = new Set([...counters].map(sideOf));
      const theirs = sideOf(who);
      if (theirs === null || mine.has(null) || mine.has(theirs)) return false;
    }
    // A floor ("at least 50") does not contradict an exact 72; it does contradict another floor.
    if (c.lowerBound && !articleFloor) return false;
    const named = who !== null && !PARTIAL_COUNTERS.has(who);
    return named || ratio > PARTIAL;
  });
}

function finding(f: FigureMention, eventId: string, counts: Counted[], reports: ReportRecord[], pub: string | null, told: ReadonlySet<number>): Discrepancy | null {
  const agreeing = counts.filter((c) => gives(f, c));
  const others = counts.filter((c) => !gives(f, c));
  const what = f.kind === 'count' ? f.subject : `${f.subjectClass === 'people' ? '' : `${f.subject} `}${f.kind}`.trim();
  const article = `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${fmt(f.value)}${f.max ? `–${fmt(f.max)}` : ''} ${what}${f.attributedTo ? ` (${f.attributedTo})` : ''}`;
  const record = counts.map((c) => `${describe(c)} (${c.claim.attributedTo || c.report.outlet}${asOf(c) ? `, ${formatDay(asOf(c)!)}` : ''})`).join('; ');
  const evidence = counts.map((c) => ({ outlet: c.report.outlet, url: c.report.url, value: `${describe(c)} ${c.claim.subject}`, attributedTo: c.claim.attributedTo, asOf: c.claim.asOf }));
  const base = { kind: 'figure' as const, eventId, quote: f.text, start: f.start, end: f.end, article, record, evidence };
  const values = [...new Set(counts.map((c) => c.lo))].sort((a, b) => a - b);
  const span = values.length > 1 ? `${fmt(values[0]!)}–${fmt(values[values.length - 1]!)}` : fmt(values[0]!);
  if (!agreeing.length) {
    if (recorded(f, reports)) return null;
    // Off by more than a factor of four from every report: a count of something wider or narrower
    // (a week of clashes vs one incident), not the same count.
    if (counts.every((c) => f.value > 4 * c.hi || f.value * 4 < c.lo)) return null;
    const dated = counts.filter((c) => asOf(c));
    // Above every count so far, published after the last one, and a plausible rise: the toll went up.
    const latest = dated.map(asOf).sort().pop();
    const top = Math.max(...counts.map((c) => c.lo));
    if (CASUALTY.has(f.kind) && pub && latest && pub >= latest && f.value > top && f.value <= top * PLAUSIBLE_RISE) return null;
    const before = pub ? dated.filter((c) => asOf(c)! <= pub) : [];
    const after = pub ? dated.filter((c) => asOf(c)! > pub) : [];
    const between = CASUALTY.has(f.kind) && before.length > 0 && after.length > 0 && f.value >= Math.max(...before.map((c) => c.lo)) && f.value <= Math.max(...after.map((c) => c.hi));
    return {
      ...base,
      severity: between ? 'info' : 'warning',
      message: between
        ? `Reports give ${span} ${what} as the toll rose; ${fmt(f.value)} lies between the counts before and after this article — likely the toll at another moment.`
        : `Reports of this event give ${span} ${what}; none gives ${fmt(f.value)}.`,
    };
  }
  const against = contesting(f, agreeing, others, told);
  if (!against.length) return null;
  return {
    ...base,
    severity: 'info',
    message: `${fmt(f.value)} is ${agreeing.map((c) => c.claim.attributedTo || c.report.outlet).filter((x, i, a) => a.indexOf(x) === i).join(', ')}'s count; ${against.map((c) => `${c.claim.attributedTo || c.report.outlet} gave ${describe(c)}`).filter((x, i, a) => a.indexOf(x) === i).join(', ')}.`,
  };
}

export const figureRule: Rule = {
  kind: 'figure',
  run(input) {
    const out: Discrepancy[] = [];
    const main = input.matches[0]?.bundle;
    if (!main) return out;
    const spans = input.mentions.contexts.map((c) => c.clause);
    const seen = new Set<string>();
    const titleEnd = input.snapshot.blocks[0]?.tag === 'title' ? input.snapshot.blocks[0].text.length : 0;
    // Body occurrences first: the same number in the headline and the story is one finding, quoted
    // where the story says it.
    const figures = [...input.mentions.figures].sort((a, b) => Number(a.start < titleEnd) - Number(b.start < titleEnd) || a.start - b.start);
    for (const f of figures) {
      if (insideAny(spans, f.start, f.end) || VAGUE.has(f.qualifier)) continue;
      const key = `${f.kind}/${f.subjectClass}/${f.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const regional = f.scope.period === 'event' && regionWide(f, input, main.event);
      if (f.scope.period === 'day' || f.scope.period === 'cumulative' || regional) {
        const d = seriesCheck(regional ? { ...f, scope: { ...f.scope, period: 'cumulative' } } : f, input);
        if (d) out.push(d);
        continue;
      }
      // A part of a count ("nine of them critically") is compared only when it is a class of its
      // own (children, women); the title's number is a rounded echo of the story's.
      if (f.subset && f.subjectClass === 'people') continue;
      if (f.start < titleEnd && figures.some((g) => g.start >= titleEnd && g.kind === f.kind && g.subjectClass === f.subjectClass)) continue;
      const sentence = sentenceAround(input.snapshot.text, f.start, f.end);
      if (aboutAnotherEvent(sentence, input.mentions, main.event, input.places)) continue;
      const counts = comparableCounts(f, clauseAround(sentence, f), sentence.text, main.reports);
      if (!counts.length) continue;
      const told = new Set(figures.filter((g) => g !== f && g.kind === f.kind).map((g) => g.value));
      const d = finding(f, main.event.id, counts, main.reports, input.snapshot.published, told);
      if (d) out.push(d);
    }
    return out;
  },
};
