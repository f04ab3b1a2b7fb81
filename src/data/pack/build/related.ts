// `related` links between curated events, derived only where it is obvious: two events that share a
// place that is not broad (a town, a camp, a hospital — not "Gaza Strip") and happen within a few
// days of each other (the first and second Jabalia strikes; the two Nuseirat events of June 2024).
// Anything subtler is left to the matcher's "same place" lookups at run time.
import type { EventRecord } from '../../../core/types';
import { daysBetween } from '../dates';

export const RELATED_GAP_DAYS = 3;

function end(e: EventRecord): string {
  return e.dateEnd ?? e.date;
}

export function deriveRelated(events: EventRecord[], broad: Set<string>): Map<string, string[]> {
  const related = new Map<string, string[]>(events.map((e) => [e.id, []]));
  for (let i = 0; i < events.length; i++) {
    const a = events[i] as EventRecord;
    const places = new Set(a.places.map((p) => p.id).filter((id) => !broad.has(id)));
    for (let j = i + 1; j < events.length; j++) {
      const b = events[j] as EventRecord;
      // Gap between the two date ranges; negative or zero when they overlap.
      const gap = Math.max(daysBetween(end(a), b.date), daysBetween(end(b), a.date));
      if (gap > RELATED_GAP_DAYS) continue;
      if (!b.places.some((p) => places.has(p.id))) continue;
      related.get(a.id)?.push(b.id);
      related.get(b.id)?.push(a.id);
    }
  }
  for (const list of related.values()) list.sort();
  return related;
}
