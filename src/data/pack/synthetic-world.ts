// The invented world the synthetic events happen in: countries with private-use codes (XA, XB...),
// regions, districts and towns with transliteration variants, people who share family names, armed
// groups, official bodies and outlets on .example domains. Names are built from syllables so that
// nothing here is mistaken for a real place or person, while the ambiguities are real-world-like:
// two towns with one name, an alias that is another town's name, ten people called al-Haddad.
import type { ActorRecord, OutletKind, OutletRecord, PlaceRecord } from '../../core/types';
import { slug } from './slug';
import type { Random } from './synthetic-random';

const SYLLABLES = ['ha', 'ma', 'sa', 'ra', 'qa', 'za', 'da', 'ka', 'la', 'na', 'ba', 'ta', 'fa', 'ja', 'wa', 'shu', 'mi', 'ri', 'su', 'du', 'yu', 'ki', 'nou', 'bei', 'dei'];
const ENDINGS = ['n', 'r', 'm', 'd', 's', 'h', 'l', 'b', '', '', 'a'];
const TOWN_PREFIXES = ['Beit', 'Khirbet', 'Tal', 'Deir', 'Kafr', 'Ein', 'Bir', 'Umm', 'Jabal', 'Wadi', 'Ras', 'Bani', 'Sheikh', 'Nahr'];
const FIRST_NAMES = [
  ['Mohammed', 'Muhammad', 'Mohamed'], ['Ahmed', 'Ahmad'], ['Youssef', 'Yusuf', 'Yousef'], ['Hussein', 'Hussain', 'Husayn'], ['Omar', 'Umar'],
  ['Khaled', 'Khalid'], ['Ibrahim', 'Ebrahim'], ['Mahmoud', 'Mahmud'], ['Ali'], ['Hassan', 'Hasan'], ['Samir', 'Sameer'], ['Nour', 'Noor'],
  ['Fatima', 'Fatma'], ['Layla', 'Leila', 'Laila'], ['Rami', 'Ramy'], ['Tariq', 'Tareq'], ['Ziad', 'Ziyad'], ['Walid', 'Waleed'],
];
const FAMILY_ROOTS = ['Haddad', 'Masri', 'Najjar', 'Khatib', 'Hamdan', 'Saleh', 'Farra', 'Shami', 'Halabi', 'Tamimi', 'Qassem', 'Aziz', 'Nasser', 'Rahman', 'Zein', 'Habib'];

export interface Town {
  place: PlaceRecord;
  country: number;
}

export interface World {
  countries: { code: string; name: string; place: PlaceRecord; health: ActorRecord; army: ActorRecord; state: ActorRecord }[];
  places: PlaceRecord[];
  towns: Town[];
  actorsByCountry: ActorRecord[][];
  actors: ActorRecord[];
  outlets: OutletRecord[];
  wires: OutletRecord[];
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function root(r: Random): string {
  let s = '';
  for (let i = r.between(2, 3); i > 0; i--) s += r.pick(SYLLABLES);
  return cap(s + r.pick(ENDINGS));
}

/** Spellings a transliterating reporter might use for the same name. */
export function variants(name: string, r: Random): string[] {
  const out = new Set<string>();
  const swaps: [RegExp, string][] = [[/ou/g, 'u'], [/ei/g, 'ai'], [/q/g, 'k'], [/a$/, 'ah'], [/u/g, 'ou'], [/sh/g, 'ch'], [/i/g, 'ee']];
  for (const [re, to] of swaps) if (re.test(name) && r.chance(0.5)) out.add(name.replace(re, to));
  if (!name.startsWith('al-') && r.chance(0.3)) out.add(`al-${name}`);
  if (r.chance(0.2)) out.add(`el-${name}`);
  out.delete(name);
  return [...out];
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}

function place(id: string, name: string, aliases: string[], country: string, kind: PlaceRecord['kind'], parent: string | null, r: Random): PlaceRecord {
  const broad = kind === 'country' || kind === 'region';
  const lat = broad ? null : Math.round((r.next() * 120 - 60) * 1e4) / 1e4;
  const lon = broad ? null : Math.round((r.next() * 340 - 170) * 1e4) / 1e4;
  return { id, name, aliases, country, kind, lat, lon, parent, broad };
}

export function buildWorld(r: Random, events: number): World {
  const ids = new Set<string>();
  const places: PlaceRecord[] = [];
  const towns: Town[] = [];
  const countries: World['countries'] = [];
  const actorsByCountry: ActorRecord[][] = [];
  const actor = (name: string, type: ActorRecord['type'], aliases: string[]): ActorRecord => ({ id: uniqueId(`syn-${slug(name)}`, ids), name, aliases, type });
  const townCount = Math.max(30, Math.round(events / 25));
  const countryCount = Math.min(8, Math.max(2, Math.round(Math.log10(events + 10) * 2)));

  for (let c = 0; c < countryCount; c++) {
    const code = `X${String.fromCharCode(65 + c)}`;
    const name = `${root(r)}ia`;
    const cc = code.toLowerCase();
    const countryPlace = place(uniqueId(`${cc}-${slug(name)}`, ids), name, [], code, 'country', null, r);
    places.push(countryPlace);
    const districts: PlaceRecord[] = [];
    for (let g = r.between(3, 6); g > 0; g--) {
      const rn = `${r.pick(['northern', 'southern', 'eastern', 'western', 'central'])} ${root(r)}`;
      const region = place(uniqueId(`${cc}-${slug(rn)}`, ids), rn, [], code, 'region', countryPlace.id, r);
      places.push(region);
      for (let d = r.between(3, 8); d > 0; d--) {
        const dn = `${root(r)} District`;
        const district = place(uniqueId(`${cc}-${slug(dn)}`, ids), dn, variants(dn, r), code, 'district', region.id, r);
        places.push(district);
        districts.push(district);
      }
    }
    const health = actor(`${name} Health Ministry`, 'org', [`${name}n health ministry`, `Ministry of Health of ${name}`]);
    const army = actor(`${name}n Armed Forces`, 'org', [`${name}n army`, `${name}n military`]);
    const state = actor(name, 'state', [`Government of ${name}`, `${name}n government`]);
    countries.push({ code, name, place: countryPlace, health, army, state });
    actorsByCountry.push([state, army, health]);
    const share = Math.ceil(townCount / countryCount);
    for (let t = 0; t < share; t++) {
      const district = r.pick(districts);
      // One town in twenty reuses an existing town's name: two places, one spelling.
      const twin = towns.length > 0 && r.chance(0.05) ? r.pick(towns).place.name : null;
      const name = twin ?? (r.chance(0.4) ? `${r.pick(TOWN_PREFIXES)} ${root(r)}` : root(r));
      const aliases = variants(name, r);
      if (towns.length > 0 && r.chance(0.03)) aliases.push(r.pick(towns).place.name); // alias that is another town's name
      const kind = r.chance(0.1) ? 'camp' : r.chance(0.2) ? 'city' : 'town';
      const p = place(uniqueId(`${cc}-${slug(name)}`, ids), name, aliases, code, kind, district.id, r);
      places.push(p);
      towns.push({ place: p, country: c });
    }
  }

  const people = Math.max(20, Math.round(events / 25));
  for (let i = 0; i < people; i++) {
    const first = r.pick(FIRST_NAMES);
    const family = r.pick(FAMILY_ROOTS);
    const name = `${first[0]} ${r.chance(0.5) ? 'al-' : ''}${family}`;
    // Aliases: other spellings of the first name, and sometimes the bare family name, which many share.
    const aliases = first.slice(1).map((f) => `${f} ${name.split(' ').slice(1).join(' ')}`);
    if (r.chance(0.3)) aliases.push(family);
    actorsByCountry[r.int(countryCount)]?.push(actor(name, 'person', aliases));
  }
  for (let i = Math.max(8, Math.round(events / 400)); i > 0; i--) {
    const rt = root(r);
    const name = r.pick([`${rt} Brigades`, `${rt} Movement`, `Front for ${rt}`, `${rt} Army`]);
    actorsByCountry[r.int(countryCount)]?.push(actor(name, 'group', variants(rt, r).map((v) => name.replace(rt, v))));
  }

  const outletCount = Math.max(20, Math.min(2000, Math.round(events / 100)));
  const outletIds = new Set<string>();
  const outlets: OutletRecord[] = [];
  const KINDS: OutletKind[] = ['newspaper', 'newspaper', 'broadcaster', 'online', 'online', 'aggregator', 'aggregator', 'state-media', 'agency', 'unknown'];
  for (let i = 0; i < outletCount; i++) {
    const wire = i < 5;
    const name = wire ? `${root(r)} Press` : `${r.pick(['Daily', 'Morning', 'Evening', 'Weekly', 'The'])} ${root(r)} ${r.pick(['Times', 'Herald', 'Courier', 'Post', 'News', 'Observer', 'Voice', 'Today'])}`;
    const id = uniqueId(`syn-${slug(name)}`, outletIds);
    outlets.push({ id, name, domains: [`${id.slice(4)}.example`], kind: wire ? 'wire' : r.pick(KINDS) });
  }
  const actors = actorsByCountry.flat();
  return { countries, places, towns, actorsByCountry, actors, outlets, wires: outlets.slice(0, 5) };
}
