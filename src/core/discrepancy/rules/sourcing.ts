// sourcing: the copy does not say where its facts come from. An empty credit line ("Source :" with
// nothing after it — the template kept the label, the scraper lost the agency), and casualty figures
// for which the article cites no one. Said once per article: an empty credit line and unsourced
// tolls are one finding about the copy, quoted at the credit line.
import type { Discrepancy, FigureMention, Mentions } from '../../types';
import { insideAny } from '../../mentions';
import { sentenceAround, type Rule, type RuleInput } from '../rule';
import { aboutAnotherEvent } from '../other-event';
import { regionWide } from '../region-wide';

const CASUALTY = new Set<FigureMention['kind']>(['killed', 'injured', 'missing']);

/** Event tolls (not subsets, not running totals, not background) with nobody cited for them. */
function unsourcedTolls(input: RuleInput): FigureMention[] {
  const { snapshot, mentions, matches, places } = input;
  const text = snapshot.text;
  const spans = mentions.contexts.map((c) => c.clause);
  const event = matches[0]?.bundle.event;
  const tolls = mentions.figures.filter(
    (f) =>
      CASUALTY.has(f.kind) && !f.subset && f.scope.period !== 'cumulative' && f.scope.period !== 'day' && !insideAny(spans, f.start, f.end) &&
      !(event && (regionWide(f, input, event) || aboutAnotherEvent(sentenceAround(text, f.start, f.end), mentions, event, places))),
  );
  if (!tolls.length) return [];
  // One attributed toll, or a named source in a toll's own sentence or the sentence before it
  // ("..., Hamas and Lebanese security sources said. Six other people were killed ..."), and the
  // copy says who counted. A headline toll restating a number the body attributes ("death toll
  // rises to 139" over "the ministry said 139 had been killed since Monday") is cited there.
  const citedAt = (f: FigureMention) => {
    if (f.attributedTo) return true;
    const s = sentenceAround(text, f.start, f.end);
    // Step back over the blank and the full stop into the previous sentence.
    let k = s.start - 1;
    while (k > 0 && /[\s.!?"”]/.test(text[k]!)) k--;
    const prev = k > 0 ? sentenceAround(text, k, k) : s;
    return mentions.sourcing.some((m) => m.kind === 'named' && m.start >= prev.start && m.end <= s.end);
  };
  const cited = tolls.some(
    (f) => citedAt(f) || mentions.figures.some((g) => g !== f && g.kind === f.kind && g.value === f.value && citedAt(g)),
  );
  return cited ? [] : tolls;
}

export const sourcingRule: Rule = {
  kind: 'sourcing',
  run(input) {
    const { mentions, matches } = input;
    const event = matches[0]?.bundle;
    const empty = mentions.sourcing.find((s) => s.kind === 'empty-credit');
    const tolls = unsourcedTolls(input);
    if (!empty && !tolls.length) return [];
    const reporters = event ? [...new Set(event.reports.map((r) => r.outlet))].slice(0, 5) : [];
    const counters = event
      ? [...new Set(event.reports.flatMap((r) => r.claims.filter((c) => CASUALTY.has(c.kind as FigureMention['kind']) && c.attributedTo).map((c) => c.attributedTo)))].slice(0, 4)
      : [];
    const anchor = empty ?? tolls[0]!;
    const parts = [
      empty ? `a credit line "${empty.text.trim()}" with nothing after it` : null,
      tolls.length ? `casualty figures with no one cited for them (${tolls.slice(0, 2).map((t) => `"${t.text}"`).join(', ')})` : null,
    ].filter(Boolean);
    const d: Discrepancy = {
      kind: 'sourcing',
      eventId: event?.event.id ?? null,
      quote: anchor.text,
      start: anchor.start,
      end: anchor.end,
      article: parts.join('; '),
      record: [reporters.length ? `reported by ${reporters.join(', ')}` : '', counters.length ? `tolls given by ${counters.join('; ')}` : ''].filter(Boolean).join('; ') || 'nothing to compare',
      severity: 'warning',
      message: `The article has ${parts.join(' and ')}: a reader cannot tell where the ${tolls.length ? 'numbers' : 'copy'} came from.${counters.length ? ` Other reports cite ${counters.join('; ')}.` : ''}`,
      evidence: event ? event.reports.slice(0, 5).map((r) => ({ outlet: r.outlet, url: r.url, value: r.gist, attributedTo: '', asOf: r.published })) : [],
    };
    return [d];
  },
};
