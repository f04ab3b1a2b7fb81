// Parents for places the curated table does not cover, read from the curators' relation notes:
// al-Zanna is "eastern Khan Younis", al-Faluja a "neighbourhood of Jabalia camp", al-Wehda Street is
// in "al-Rimal neighbourhood, Gaza City". A note that names exactly one other place (after dropping
// places that enclose another named one, so Rimal wins over Gaza City) gives the parent.
import type { PlaceRecord } from '../../../core/types';
import { fold } from '../../../core/text/fold';

const MIN_KEY = 4; // short keys ("Sur", "Gaza" as in "Gaza envelope") match too much prose

function ancestors(id: string, byId: Map<string, PlaceRecord>): Set<string> {
  const out = new Set<string>();
  for (let p = byId.get(id)?.parent; p && !out.has(p); p = byId.get(p)?.parent) out.add(p);
  return out;
}

export function parentsFromRelations(places: PlaceRecord[], relations: Map<string, string[]>): Map<string, string> {
  const byId = new Map(places.map((p) => [p.id, p]));
  const keys = places
    .filter((p) => !p.broad)
    .flatMap((p) => [p.name, ...p.aliases].map((s) => ({ id: p.id, country: p.country, key: fold(s) })))
    .filter((k) => k.key.length >= MIN_KEY);
  const out = new Map<string, string>();
  for (const place of places) {
    if (place.parent !== null || place.broad) continue;
    const text = ` ${(relations.get(place.id) ?? []).map(fold).join(' | ')} `;
    const named = new Set(keys.filter((k) => k.id !== place.id && k.country === place.country && text.includes(` ${k.key} `)).map((k) => k.id));
    // Keep the most specific: drop any candidate that encloses another candidate.
    for (const id of [...named]) for (const a of ancestors(id, byId)) named.delete(a);
    const only = [...named];
    if (only.length === 1 && !ancestors(only[0] as string, byId).has(place.id)) out.set(place.id, only[0] as string);
  }
  return out;
}
