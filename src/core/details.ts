// What the popup needs beyond the analysis: for each matched event its reports, the events around it
// (same places or actors, parent/related links) and the official series around its date.
import type { EventBundle, Repository } from './repository';
import type { EventDetail, EventRecord, RelatedEvent, SeriesRecord, SeriesSlice } from './types';

const SERIES_WINDOW_DAYS = 3;
const RELATED_WINDOW_DAYS = 120;

function days(a: string, b: string): number {
  return (Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Series points from a few days before the event to a few days after its end. */
export function seriesAround(event: EventRecord, series: SeriesRecord[], regionIds: Set<string>): SeriesSlice[] {
  const from = event.date;
  const to = event.dateEnd ?? event.date;
  return series
    .filter((s) => regionIds.has(s.region))
    .map((s) => ({
      seriesId: s.id,
      title: s.title,
      reportedBy: s.reportedBy,
      cumulative: s.cumulative,
      measure: s.measure,
      points: s.points.filter((p) => days(p.date, from) >= -SERIES_WINDOW_DAYS && days(p.date, to) <= SERIES_WINDOW_DAYS),
    }))
    .filter((s) => s.points.length > 0);
}

export async function relatedEvents(bundle: EventBundle, repo: Repository, broadPlaces: Set<string>): Promise<RelatedEvent[]> {
  const e = bundle.event;
  const explicit = [...(e.parent ? [e.parent] : []), ...e.related];
  const terms = [
    ...e.places.filter((p) => !broadPlaces.has(p.id)).map((p) => ({ term: `p:${p.id}`, weight: 1 })),
    ...e.actors.map((a) => ({ term: `a:${a}`, weight: 0.7 })),
  ];
  const near = terms.length ? await repo.candidates({ terms, limit: 30 }) : [];
  const linked = explicit.length ? await repo.events(explicit) : [];
  const out = new Map<string, RelatedEvent>();
  for (const b of linked) {
    out.set(b.event.id, { id: b.event.id, title: b.event.title, date: b.event.date, relation: b.event.id === e.parent ? 'parent' : 'related' });
  }
  for (const c of near) {
    if (c.event.id === e.id || out.has(c.event.id)) continue;
    if (Math.abs(days(c.event.date, e.date)) > RELATED_WINDOW_DAYS) continue;
    out.set(c.event.id, { id: c.event.id, title: c.event.title, date: c.event.date, relation: c.event.parent === e.id ? 'child' : 'same-place' });
    if (out.size >= 8) break;
  }
  return [...out.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export async function eventDetails(bundles: EventBundle[], repo: Repository): Promise<EventDetail[]> {
  const [lexicon, series] = await Promise.all([repo.lexicon(), repo.series()]);
  const places = new Map(lexicon.places.map((p) => [p.id, p]));
  const broad = new Set(lexicon.places.filter((p) => p.broad).map((p) => p.id));
  return Promise.all(
    bundles.map(async (b) => {
      // A series covers a region; an event in Khan Younis is covered by the Gaza Strip's series.
      const regions = new Set<string>();
      for (const p of b.event.places) {
        for (let id: string | null = p.id, depth = 0; id && depth < 5; depth++) {
          regions.add(id);
          id = places.get(id)?.parent ?? null;
        }
      }
      return { ...b, related: await relatedEvents(b, repo, broad), series: seriesAround(b.event, series, regions) };
    }),
  );
}
