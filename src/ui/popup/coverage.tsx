// What the installed packs cover, said where the popup has nothing else to show (no event matched,
// or the page is not an article): how many events, over which days, mostly where, and how recent
// the data is. The packs' own figures, summed; nothing is estimated.
import type { PackSummary } from '../../messaging/protocol';
import { formatDate, formatDateSpan, formatList, type T } from '../i18n';

export interface DatasetCoverage {
  events: number;
  /** Span of all packs' events; null when no pack kept one. */
  from: string | null;
  to: string | null;
  regions: { name: string; events: number }[];
  /** The newest pack's data date (its meta.builtAt, a day). */
  updated: string | null;
}

/** Regions named in the sentence; the rest are counted as "N other places". */
const NAMED_REGIONS = 4;

export function datasetCoverage(packs: readonly PackSummary[]): DatasetCoverage | null {
  if (!packs.length) return null;
  const regions = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  let updated: string | null = null;
  let events = 0;
  for (const p of packs) {
    events += p.counts.events;
    const day = p.meta.builtAt.slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && (updated === null || day > updated)) updated = day;
    const c = p.coverage;
    if (!c) continue;
    if (c.from && (from === null || c.from < from)) from = c.from;
    if (c.to && (to === null || c.to > to)) to = c.to;
    for (const r of c.regions) regions.set(r.name, (regions.get(r.name) ?? 0) + r.events);
  }
  const list = [...regions].map(([name, n]) => ({ name, events: n }));
  list.sort((a, b) => b.events - a.events || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { events, from, to, regions: list, updated };
}

export function CoverageNote({ coverage, t }: { coverage: DatasetCoverage | null; t: T }) {
  if (!coverage || !coverage.events) return null;
  const events = t.plural('count_events', coverage.events);
  const updated = coverage.updated ? formatDate(coverage.updated, t.locale) : '—';
  if (!coverage.from || !coverage.regions.length) {
    return <p class="coverage muted small">{t('coverage_count', events, updated)}</p>;
  }
  const named = coverage.regions.slice(0, NAMED_REGIONS).map((r) => r.name);
  const others = coverage.regions.length - named.length;
  const regions = formatList(others ? [...named, t.plural('coverage_otherRegions', others)] : named, t.locale);
  const span = formatDateSpan(coverage.from, coverage.to, t.locale);
  return <p class="coverage muted small">{t('coverage_summary', events, span, regions, updated)}</p>;
}
