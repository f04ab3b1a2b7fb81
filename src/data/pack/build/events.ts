// Curated events and their reports, mapped onto the pack's records. Report ids are
// `${eventId}#${n}` with n counting from 1 in the curated file's order, so they stay put as long as
// curators append reports rather than reorder them.
import type { EventPlace, EventRecord, ReportRecord } from '../../../core/types';
import { normalizeClaim, isoOrNull } from './claims';
import type { SourceEvent } from './inputs';
import { deriveRelated } from './related';

export interface EventsInput {
  events: SourceEvent[];
  placeIds: string[][];
  actorIds: string[][];
  outletIdFor(url: string): string | null;
  broadPlaces: Set<string>;
}

/** One entry per place; when two spellings of one place are listed, their relations are joined. */
function eventPlaces(src: SourceEvent, ids: string[]): EventPlace[] {
  const out = new Map<string, EventPlace>();
  src.places.forEach((p, i) => {
    const id = ids[i] ?? '';
    const relation = p.relation?.trim() || undefined;
    const seen = out.get(id);
    if (!seen) out.set(id, relation ? { id, relation } : { id });
    else if (relation && seen.relation !== relation) seen.relation = seen.relation ? `${seen.relation}; ${relation}` : relation;
  });
  return [...out.values()];
}

export function buildEvents(input: EventsInput): { events: EventRecord[]; reports: ReportRecord[] } {
  const reports: ReportRecord[] = [];
  const events = input.events.map((src, i): EventRecord => {
    const where = `event ${src.id}`;
    src.reports.forEach((r, j) => {
      const id = `${src.id}#${j + 1}`;
      reports.push({
        id,
        eventId: src.id,
        outlet: r.outlet.trim(),
        outletId: input.outletIdFor(r.url),
        url: r.url.trim(),
        published: isoOrNull(r.published, `report ${id}.published`),
        language: r.language.trim().toLowerCase(),
        gist: r.gist.trim(),
        claims: r.claims.map((c, k) => normalizeClaim(c, `report ${id}.claims[${k}]`)),
      });
    });
    return {
      id: src.id,
      title: src.title.trim(),
      summary: src.summary.trim(),
      date: isoOrNull(src.date, `${where}.date`) ?? '',
      dateEnd: isoOrNull(src.dateEnd, `${where}.dateEnd`),
      precision: src.datePrecision,
      category: src.category.trim(),
      places: eventPlaces(src, input.placeIds[i] ?? []),
      actors: [...new Set(input.actorIds[i] ?? [])],
      keywords: [...new Set(src.keywords.map((k) => k.trim()).filter(Boolean))],
      parent: null,
      related: [],
      notes: src.discrepancies.map((d) => ({
        kind: d.kind.trim(),
        summary: d.summary.trim(),
        values: d.values.map((x) => ({ outlet: x.outlet.trim(), value: x.value.trim() })),
        timingOnly: d.timing_only,
      })),
    };
  });
  const related = deriveRelated(events, input.broadPlaces);
  for (const e of events) e.related = related.get(e.id) ?? [];
  return { events, reports };
}
