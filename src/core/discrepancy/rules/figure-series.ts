// Daily and cumulative totals ("the ministry said 43,000 have been killed since the war began")
// against the official series for the region, on the days just before the article was published.
import type { Discrepancy, FigureMention, SeriesRecord } from '../../types';
import { addDays, formatDay } from '../../text/dates';
import type { RuleInput } from '../rule';

const fmt = (n: number) => n.toLocaleString('en-US');

export function seriesCheck(f: FigureMention, input: RuleInput): Discrepancy | null {
  const pub = input.snapshot.published;
  if (!pub || (f.kind !== 'killed' && f.kind !== 'injured')) return null;
  const measure = f.kind === 'killed' && f.subjectClass === 'children' ? 'killed-children' : f.kind === 'killed' && f.subjectClass === 'women' ? 'killed-women' : f.kind;
  const cumulative = f.scope.period === 'cumulative';
  const eventPlaces = input.matches.flatMap((m) => m.bundle.event.places.map((p) => p.id));
  // A series applies when its region is one of the event's places or contains one.
  const covers = (s: SeriesRecord) =>
    eventPlaces.some((id) => {
      for (let cur: string | null = id, d = 0; cur && d < 6; d++) {
        if (cur === s.region) return true;
        cur = input.places.get(cur)?.parent ?? null;
      }
      return false;
    });
  const lowerBound = f.qualifier === 'at least' || f.qualifier === 'more than';
  // Totals quoted in an article are the latest the source had: the few days before publication.
  const from = addDays(pub, -3);
  for (const s of input.series.filter((x) => x.measure === measure && x.cumulative === cumulative && covers(x))) {
    const window = s.points.filter((p) => p.date >= from && p.date <= pub);
    if (!window.length) continue;
    const values = window.map((p) => p.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // "38 were killed in all" totals one event; only a "since ..." or a number of the series' order
    // is the running total of the region.
    if (cumulative && !f.scope.since && !f.scope.sinceText && f.value < lo / 4) continue;
    const slack = cumulative ? Math.max(0.02 * hi, 10) : Math.max(0.05 * hi, 2);
    const fits = lowerBound ? f.value <= hi + slack && f.value >= lo * 0.9 : f.value >= lo - slack && f.value <= hi + slack;
    if (fits) return null;
    return {
      kind: 'figure',
      eventId: input.matches[0]?.bundle.event.id ?? null,
      quote: f.text,
      start: f.start,
      end: f.end,
      article: `${f.qualifier === 'exact' ? '' : `${f.qualifier} `}${fmt(f.value)} ${f.kind}${cumulative ? ' in total' : ' in a day'}`,
      record: `${s.title}: ${window.map((p) => `${fmt(p.value)} on ${formatDay(p.date)}`).join(', ')}`,
      severity: 'warning',
      message: `The article's ${cumulative ? 'total' : 'daily figure'} of ${fmt(f.value)} does not match ${s.reportedBy}'s figures for the days before publication (${fmt(lo)}${hi !== lo ? `–${fmt(hi)}` : ''}).`,
      evidence: window.map((p) => ({ outlet: s.reportedBy, url: null, value: fmt(p.value), attributedTo: p.reportedBy ?? s.reportedBy, asOf: p.date })),
    };
  }
  return null;
}
