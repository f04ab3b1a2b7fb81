// Places for imported events: country → admin divisions → the coded location, chained by parent.
// A location or country that the base pack's gazetteer already knows (same folded name or alias, same
// country) is given the base place's id, so an imported event and a curated one at the same place
// share an id. Everything else gets a namespaced id ("ged-ps-…", "acled-ps-…") beside the base pack's.
import { fold } from '../../core/text/fold';
import type { EventPlace, PlaceKind, PlaceRecord } from '../../core/types';
import { slug } from '../pack/slug';
import type { ImportedRow } from './row';

/** FNV-1a, for ids that would otherwise pass the schema's length limit. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function idFrom(parts: string[]): string {
  const id = parts.map((p) => slug(p) || 'x').join('-');
  return id.length <= 120 ? id : `${id.slice(0, 100)}-${shortHash(id)}`;
}

/** "name|CC" keys of a place's name and aliases; a place without a country has none. */
export function nameKeys(p: Pick<PlaceRecord, 'name' | 'aliases' | 'country'>): string[] {
  if (!p.country) return [];
  return [p.name, ...p.aliases].map((n) => `${fold(n)}|${p.country}`);
}

export class ImportGazetteer {
  private readonly byId = new Map<string, PlaceRecord>();
  private readonly baseByName = new Map<string, PlaceRecord>();
  // Most rows repeat a place already seen: its chain is worked out once (ids are slugs, which cost).
  private readonly chains = new Map<string, EventPlace[]>();
  /** Folded name → the countries of the base regions of that name. */
  private readonly regionCountries = new Map<string, Set<string>>();
  private readonly baseCountries = new Map<string, PlaceRecord>();

  constructor(base: PlaceRecord[] = []) {
    // First place wins for a shared name, in id order, so the choice does not depend on file order.
    for (const p of [...base].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      for (const k of nameKeys(p)) if (!this.baseByName.has(k)) this.baseByName.set(k, p);
      if (!p.country) continue;
      if (p.kind === 'country' && !this.baseCountries.has(p.country)) this.baseCountries.set(p.country, p);
      if (p.kind === 'region') {
        for (const n of [p.name, ...p.aliases]) {
          const set = this.regionCountries.get(fold(n)) ?? new Set<string>();
          this.regionCountries.set(fold(n), set.add(p.country));
        }
      }
    }
  }

  /**
   * The country a row's places lie in. A file may code a region under the country that controls or
   * fights over it (UCDP puts Gaza Strip events in "Israel"); where the base gazetteer holds the
   * row's first division as a region of one other country, that country is the one its places get.
   */
  private countryOf(row: ImportedRow): { code: string | null; moved: boolean } {
    const first = row.admin[0];
    const codes = first ? this.regionCountries.get(fold(first)) : undefined;
    if (codes?.size === 1 && !codes.has(row.countryCode ?? '')) return { code: [...codes][0]!, moved: true };
    return { code: row.countryCode, moved: false };
  }

  private base(name: string, cc: string | null, kinds: (k: PlaceKind) => boolean): PlaceRecord | null {
    if (!cc || !name) return null;
    const p = this.baseByName.get(`${fold(name)}|${cc}`);
    return p && kinds(p.kind) ? p : null;
  }

  private add(record: PlaceRecord): string {
    if (!this.byId.has(record.id)) this.byId.set(record.id, record);
    return record.id;
  }

  /** The row's places, most specific first. */
  placesFor(row: ImportedRow): EventPlace[] {
    const key = [row.format, row.country, row.countryCode, row.locationKind, row.location, ...row.admin].join('\u0000');
    let chain = this.chains.get(key);
    if (!chain) this.chains.set(key, (chain = this.chain(row)));
    return chain.map((p) => ({ ...p }));
  }

  private chain(row: ImportedRow): EventPlace[] {
    const { code: cc, moved } = this.countryOf(row);
    const path = [row.format, cc ?? row.country];
    const baseCountry = moved ? this.baseCountries.get(cc!) : this.base(row.country, cc, (k) => k === 'country');
    let parent =
      baseCountry?.id ??
      this.add({ id: idFrom(path), name: moved ? cc! : row.country, aliases: [], country: cc, kind: 'country', lat: null, lon: null, parent: null, broad: true });
    const out: EventPlace[] = [{ id: parent, relation: 'country' }];
    row.admin.forEach((name, i) => {
      path.push(name);
      const up = parent;
      // A first division the base gazetteer knows as a region is that region (same id), as locations are.
      const known = i === 0 ? this.base(name, cc, (k) => k === 'region') : null;
      parent = known?.id ?? this.add({ id: idFrom(path), name, aliases: [], country: cc, kind: i === 0 ? 'region' : 'district', lat: null, lon: null, parent: up, broad: i === 0 });
      out.unshift({ id: parent, relation: i === 0 ? 'first-level division' : 'division' });
    });
    if (row.location) {
      const known = this.base(row.location, cc, (k) => k !== 'country' && k !== 'region');
      path.push(row.location);
      const up = parent;
      const id =
        known?.id ??
        this.add({ id: idFrom(path), name: row.location, aliases: [], country: cc, kind: row.locationKind, lat: row.lat, lon: row.lon, parent: up, broad: row.locationKind === 'region' });
      out.unshift({ id, relation: 'location' });
    }
    return out;
  }

  /** The places this import made (base places are not repeated). */
  places(): PlaceRecord[] {
    return [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
