// What a pack covers, as the popup states it: the span of its events' days and the regions they
// lie in. A place's region is the outermost place of kind 'region' on its chain of parents, or else
// its country (the chain's country place, or the pack's place for its country code); an event
// counts once for each region its places lie in. Computed once, when the pack is indexed.
import type { EventRecord, PackCoverage, PlaceRecord } from '../../core/types';

/** The region a place lies in, or null when its chain names neither a region nor a known country. */
function regionResolver(places: PlaceRecord[]): (id: string) => PlaceRecord | null {
  const byId = new Map(places.map((p) => [p.id, p]));
  const countryPlace = new Map<string, PlaceRecord>();
  for (const p of places) if (p.kind === 'country' && p.country && !countryPlace.has(p.country)) countryPlace.set(p.country, p);
  const memo = new Map<string, PlaceRecord | null>();
  return (id) => {
    if (memo.has(id)) return memo.get(id)!;
    let region: PlaceRecord | null = null;
    let country: PlaceRecord | null = null;
    let code: string | null = null;
    const seen = new Set<string>();
    for (let p = byId.get(id); p && !seen.has(p.id); p = p.parent ? byId.get(p.parent) : undefined) {
      seen.add(p.id); // a cycle in the parents ends the walk
      if (p.kind === 'region') region = p;
      if (p.kind === 'country') country = p;
      code ??= p.country;
    }
    const found = region ?? country ?? (code ? (countryPlace.get(code) ?? null) : null);
    memo.set(id, found);
    return found;
  };
}

export function packCoverage(events: readonly EventRecord[], places: PlaceRecord[]): PackCoverage {
  const regionOf = regionResolver(places);
  const counts = new Map<string, number>();
  let from: string | null = null;
  let to: string | null = null;
  for (const e of events) {
    const end = e.dateEnd ?? e.date;
    if (from === null || e.date < from) from = e.date;
    if (to === null || end > to) to = end;
    const names = new Set<string>();
    for (const { id } of e.places) {
      const region = regionOf(id);
      if (region) names.add(region.name);
    }
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const regions = [...counts].map(([name, n]) => ({ name, events: n }));
  regions.sort((a, b) => b.events - a.events || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { from, to, regions };
}
