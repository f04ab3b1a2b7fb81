// A validated pack in the form the index is built from: the small parts as records, events as
// records (their dates, places and words make the index) and as JSON text, reports only as JSON text
// with the few ids the checks need. A file read by decode.ts arrives like this without one
// JSON.stringify; a Pack held as records (CLI, tests, the codec's exact road) is converted here.
import type { ActorRecord, EventRecord, OutletRecord, Pack, PackMeta, PlaceRecord, ReportRecord, SeriesRecord } from '../../core/types';

/** A report as kept for indexing: its JSON text and the ids cross-record checks look at. */
export interface ReportText {
  id: string;
  eventId: string;
  outletId: string | null;
  json: string;
}

export interface ParsedPack {
  meta: PackMeta;
  events: EventRecord[];
  /** JSON text of events[i]. */
  eventJson: string[];
  /** In file order. */
  reports: ReportText[];
  /** Claims over all reports. */
  claims: number;
  series: SeriesRecord[];
  places: PlaceRecord[];
  actors: ActorRecord[];
  outlets: OutletRecord[];
}

export function reportText(r: ReportRecord, json = JSON.stringify(r)): ReportText {
  return { id: r.id, eventId: r.eventId, outletId: r.outletId, json };
}

export function parsedFromPack(pack: Pack): ParsedPack {
  let claims = 0;
  for (const r of pack.reports) claims += r.claims.length;
  return {
    meta: pack.meta,
    events: pack.events,
    eventJson: pack.events.map((e) => JSON.stringify(e)),
    reports: pack.reports.map((r) => reportText(r)),
    claims,
    series: pack.series,
    places: pack.places,
    actors: pack.actors,
    outlets: pack.outlets,
  };
}

export function isParsedPack(pack: Pack | ParsedPack): pack is ParsedPack {
  return 'eventJson' in pack;
}
