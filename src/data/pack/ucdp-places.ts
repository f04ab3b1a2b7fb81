// Places for UCDP events: one per country, first-level division, second-level division and named
// location, chained by parent. Ids are namespaced ("ucdp-sy-...") so the pack can sit beside the
// core pack without taking over its records. Country and first-level names are broad (weak evidence).
import type { EventPlace, PlaceKind, PlaceRecord } from '../../core/types';
import { slug } from './slug';
import { countryCode, countryName } from './ucdp-countries';

export interface UcdpLocation {
  location_root_name: string;
  location_adm1_name: string;
  location_adm2_name: string;
  location_where_name: string;
}

// UCDP writes the kind of place after its name ("Damascus city", "Maruf district"); the GED importer
// (src/data/import) reads it the same way.
const WHERE_KINDS: [RegExp, PlaceKind][] = [
  [/\s+(city)$/i, 'city'],
  [/\s+(town|township|village|locality)$/i, 'town'],
  [/\s+(camp|refugee camp)$/i, 'camp'],
  [/\s+(district|sub-district|suburb|neighbou?rhood|quarter|sector)$/i, 'district'],
  [/\s+(governorate|province|region|state|area)$/i, 'region'],
];

export function whereName(raw: string): { name: string; kind: PlaceKind } {
  for (const [re, kind] of WHERE_KINDS) if (re.test(raw)) return { name: raw.replace(re, '').trim() || raw, kind };
  return { name: raw, kind: 'site' };
}

/** FNV-1a, for ids that would otherwise pass the schema's length limit. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function idFrom(parts: string[]): string {
  const id = ['ucdp', ...parts.map((p) => slug(p) || 'x')].join('-');
  return id.length <= 120 ? id : `${id.slice(0, 100)}-${shortHash(id)}`;
}

export class UcdpGazetteer {
  private readonly byId = new Map<string, PlaceRecord>();

  private add(id: string, make: () => PlaceRecord): string {
    if (!this.byId.has(id)) this.byId.set(id, make());
    return id;
  }

  /** The event's places, most specific first; creates the gazetteer entries on first sight. */
  placesFor(loc: UcdpLocation): EventPlace[] {
    const cc = countryCode(loc.location_root_name);
    const country = countryName(loc.location_root_name);
    const path = [cc ?? country];
    const countryId = this.add(idFrom(path), () => ({ id: idFrom(path), name: country, aliases: country === loc.location_root_name ? [] : [loc.location_root_name], country: cc, kind: 'country', lat: null, lon: null, parent: null, broad: true }));
    const out: EventPlace[] = [{ id: countryId, relation: 'country' }];
    let parent = countryId;
    const level = (name: string, kind: PlaceKind, broad: boolean, relation: string, aliases: string[] = [], display = name) => {
      path.push(name);
      const id = idFrom(path);
      const up = parent;
      parent = this.add(id, () => ({ id, name: display, aliases, country: cc, kind, lat: null, lon: null, parent: up, broad }));
      out.unshift({ id, relation });
    };
    if (loc.location_adm1_name) level(loc.location_adm1_name, 'region', true, 'first-level division');
    if (loc.location_adm2_name) level(loc.location_adm2_name, 'district', false, 'second-level division');
    if (loc.location_where_name) {
      const w = whereName(loc.location_where_name);
      level(loc.location_where_name, w.kind, w.kind === 'region', 'location', w.name === loc.location_where_name ? [] : [loc.location_where_name], w.name);
    }
    return out;
  }

  places(): PlaceRecord[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
