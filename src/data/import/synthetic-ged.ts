// Synthetic files in the UCDP GED CSV layout, for the import benchmark and scale tests: deterministic
// for a seed, with field values shaped like GED's (sides, admin levels, "Rafah town", coordinates,
// ";"-separated sources, low ≤ best ≤ high) and the awkward parts of real files — headlines with
// commas, quotes and line breaks. Every row is valid unless `badEvery` asks for a bad date now and
// then. The places are real; the events, sides' figures and headlines are invented. Browser-safe.
import { GED_COLUMNS } from './ged';
import { Random, Zipf } from '../pack/synthetic-random';

const PLACES: [country: string, countryId: string, region: string, adm1: string, adm2: string, where: string, lat: number, lon: number][] = [
  ['Palestine', '666', 'Middle East', 'Gaza Strip', 'Khan Yunis governorate', 'Khan Yunis city', 31.3402, 34.3063],
  ['Palestine', '666', 'Middle East', 'Gaza Strip', 'Rafah governorate', 'Rafah town', 31.2969, 34.2455],
  ['Palestine', '666', 'Middle East', 'Gaza Strip', 'Gaza governorate', 'Gaza city', 31.5017, 34.4668],
  ['Palestine', '666', 'Middle East', 'Gaza Strip', 'Deir al-Balah governorate', 'Deir al-Balah town', 31.4183, 34.3503],
  ['Palestine', '666', 'Middle East', 'West Bank', 'Jenin governorate', 'Jenin town', 32.4607, 35.2959],
  ['Lebanon', '660', 'Middle East', 'South governorate', 'Tyre district', 'Tyre city', 33.2705, 35.2038],
  ['Lebanon', '660', 'Middle East', 'Nabatieh governorate', 'Bint Jbeil district', 'Aitaroun village', 33.1162, 35.4659],
  ['Syria', '652', 'Middle East', 'Idlib governorate', 'Idlib district', 'Idlib city', 35.9306, 36.6339],
  ['Yemen (North Yemen)', '678', 'Middle East', 'Taizz governorate', 'Al Qahirah district', "Ta'izz city", 13.5795, 44.0209],
  ['Sudan', '625', 'Africa', 'Khartoum state', 'Omdurman locality', 'Omdurman city', 15.6445, 32.4777],
  ['Ukraine', '369', 'Europe', 'Donetsk oblast', 'Pokrovsk raion', 'Pokrovsk town', 48.282, 37.1758],
  ['Myanmar (Burma)', '775', 'Asia', 'Sagaing region', 'Shwebo district', 'Shwebo town', 22.5683, 95.6982],
];
const DYADS: [a: string, b: string, type: string, conflict: string][] = [
  ['Government of Israel', 'Hamas', '1', 'Israel: Palestine'],
  ['Government of Israel', 'PIJ', '1', 'Israel: Palestine'],
  ['Government of Israel', 'Civilians', '3', 'Government of Israel - civilians'],
  ['Government of Israel', 'Hezbollah', '1', 'Israel: Hezbollah'],
  ['Government of Syria', 'HTS', '1', 'Syria: Government'],
  ['Government of Yemen (North Yemen)', 'Ansarallah', '1', 'Yemen (North Yemen): Government'],
  ['RSF', 'Civilians', '3', 'RSF - civilians'],
  ['Government of Sudan', 'RSF', '1', 'Sudan: Government'],
  ['Government of Russia (Soviet Union)', 'Government of Ukraine', '1', 'Russia - Ukraine'],
  ['Government of Myanmar (Burma)', 'PDF', '1', 'Myanmar (Burma): Government'],
];
const OFFICES = ['Reuters', 'Agence France-Presse', 'Associated Press', 'Al Jazeera', 'BBC Monitoring', 'Xinhua', 'Anadolu Agency', 'WAFA', 'Times of Israel', 'UN OCHA'];
const VERBS = ['strike hits', 'shelling kills', 'clashes near', 'raid on', 'attack on', 'explosion in'];
const OBJECTS = ['a house', 'a school, officials say', 'the market', 'a camp', 'a vehicle', 'the "safe zone"'];

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const day = (t: number) => new Date(t * 86_400_000).toISOString().slice(0, 10);

export interface SyntheticGedOptions {
  rows: number;
  seed: number;
  /** A row with an unparseable date every this many rows (0: none). */
  badEvery?: number;
}

/** The header line, then one CSV line per row (line breaks inside quoted fields included). */
export function* syntheticGedLines(opts: SyntheticGedOptions): Generator<string> {
  const random = new Random(opts.seed);
  const placeRank = new Zipf(PLACES.length);
  const dyadRank = new Zipf(DYADS.length);
  const start = Date.UTC(2023, 9, 7) / 86_400_000;
  yield `${GED_COLUMNS.join(',')}\n`;
  for (let i = 0; i < opts.rows; i++) {
    const [country, countryId, region, adm1, adm2, where, lat, lon] = PLACES[placeRank.sample(random)]!;
    const [a, b, type, conflict] = DYADS[dyadRank.sample(random)]!;
    const id = 1_000_000 + i;
    const t = start + random.int(700);
    const long = random.chance(0.1) ? random.between(1, 3) : 0;
    const civ = random.between(0, 20);
    const [da, db, unk] = type === '3' ? [0, 0, random.between(0, 2)] : [random.between(0, 5), random.between(0, 10), random.between(0, 3)];
    const best = da + db + civ + unk;
    const low = Math.max(0, best - random.between(0, 3));
    const high = best + random.between(0, 8);
    const n = random.between(1, 3);
    const offices = Array.from({ length: n }, () => random.pick(OFFICES));
    const dates = offices.map(() => day(t + long + random.between(0, 2)));
    const headlines = offices.map(() => {
      const h = `${where.replace(/ (city|town|village)$/, '')}: ${random.pick(VERBS)} ${random.pick(OBJECTS)}`;
      return random.chance(0.02) ? `${h}\nupdated` : h;
    });
    const bad = opts.badEvery && i % opts.badEvery === opts.badEvery - 1;
    const cells: Record<string, string> = {
      id: String(id), relid: `SYN-${t}-${i}`, year: day(t).slice(0, 4), active_year: '1', code_status: 'Clear', type_of_violence: type,
      conflict_new_id: String(400 + DYADS.findIndex((d) => d[3] === conflict)), conflict_name: conflict, dyad_new_id: String(500 + i % 97),
      dyad_name: `${a} - ${b}`, side_a_new_id: '1', gwnoa: countryId, side_a: a, side_b_new_id: '2', gwnob: '', side_b: b,
      number_of_sources: String(n), source_article: `${offices[0]},${dates[0]};wire copy`, source_office: offices.join(';'),
      source_date: dates.join(';'), source_headline: headlines.join(';'), source_original: random.pick(['health officials', 'witnesses', 'the army, residents', '']),
      where_prec: String(random.between(1, 4)), where_coordinates: where, where_description: random.chance(0.3) ? `near ${where}, ${adm2}` : '',
      adm_1: adm1, adm_2: adm2, latitude: (lat + random.next() / 100).toFixed(4), longitude: (lon + random.next() / 100).toFixed(4),
      geom_wkt: `POINT (${lon} ${lat})`, priogrid_gid: String(150000 + i % 5000), country, country_id: countryId, region,
      event_clarity: '1', date_prec: long ? '2' : '1', date_start: bad ? 'not a date' : `${day(t)} 00:00:00.000`,
      date_end: `${day(t + long)} 00:00:00.000`, deaths_a: String(da), deaths_b: String(db), deaths_civilians: String(civ),
      deaths_unknown: String(unk), best: String(best), high: String(high), low: String(low), gwnoa2nd: '', gwnob2nd: '', electoral_vio_2: '0',
    };
    yield `${GED_COLUMNS.map((c) => quote(cells[c] ?? '')).join(',')}\n`;
  }
}
