// Is a sentence about another event than the matched one? Background paragraphs carry their own
// figures ("In 1957 a flood of the Turia killed at least 81 people"; "since 2016, when earthquakes in
// Kumamoto killed more than 270"): the figure rule and the sourcing rule must leave them alone.
import type { EventRecord, Mentions, PlaceRecord } from '../types';
import { withParents } from '../matching/features';
import { daysBetween } from '../text/dates';

// A stated year this far from the event's span dates the sentence to another time.
const OTHER_TIME_DAYS = 60;

export function aboutAnotherEvent(
  sentence: { start: number; end: number },
  mentions: Mentions,
  event: EventRecord,
  places: ReadonlyMap<string, PlaceRecord>,
): boolean {
  const inside = <T extends { start: number; end: number }>(xs: T[]) => xs.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
  const from = event.date.length === 10 ? event.date : `${event.date.slice(0, 7)}-01`.slice(0, 10);
  const to = event.dateEnd ?? from;
  for (const d of inside(mentions.dates)) {
    if (!d.known.includes('year') || !/^\d{4}/.test(d.value)) continue;
    const day = d.value.length >= 10 ? d.value.slice(0, 10) : `${d.value.slice(0, 4)}-07-01`;
    if (daysBetween(from, day) > OTHER_TIME_DAYS + (d.value.length === 4 ? 183 : 0) || daysBetween(day, to) > OTHER_TIME_DAYS + (d.value.length === 4 ? 183 : 0)) return true;
  }
  // Specific places named, none of them the event's (or inside or around the event's).
  // Broad places (the Gaza Strip, a country) contain everything and decide nothing.
  const specific = (ids: Iterable<string>) => [...ids].filter((id) => !places.get(id)?.broad);
  const ours = new Set(specific(withParents(event.places.map((p) => p.id), places)));
  const named = inside(mentions.places).filter((p) => !places.get(p.placeId)?.broad);
  if (named.length && named.every((p) => !specific(withParents([p.placeId], places)).some((x) => ours.has(x)))) return true;
  return false;
}
