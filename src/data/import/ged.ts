// The UCDP Georeferenced Event Dataset's CSV layout (GED 24.1 column names). One row is one event:
// the sides, where (country, two admin levels, the coded location), when (start and end day), the
// death estimates (low, best, high, and best by side) and the sources it was coded from (lists
// separated by ";").
import { whereName } from '../pack/ucdp-places';
import { importCountryCode } from './countries';
import { readCoordinate, readCount, readDay, readList } from './fields';
import type { Layout } from './header';
import { RowError, type Cells, type ImportedRow, type SourceRef } from './row';

export const GED_COLUMNS = [
  'id', 'relid', 'year', 'active_year', 'code_status', 'type_of_violence', 'conflict_new_id', 'conflict_name', 'dyad_new_id',
  'dyad_name', 'side_a_new_id', 'gwnoa', 'side_a', 'side_b_new_id', 'gwnob', 'side_b', 'number_of_sources', 'source_article',
  'source_office', 'source_date', 'source_headline', 'source_original', 'where_prec', 'where_coordinates', 'where_description',
  'adm_1', 'adm_2', 'latitude', 'longitude', 'geom_wkt', 'priogrid_gid', 'country', 'country_id', 'region', 'event_clarity',
  'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best', 'high', 'low',
  'gwnoa2nd', 'gwnob2nd', 'electoral_vio_2',
] as const;

const GED_REQUIRED = [
    'id', 'type_of_violence', 'side_a', 'side_b', 'source_office', 'source_date', 'source_headline', 'where_coordinates', 'adm_1',
    'adm_2', 'latitude', 'longitude', 'country', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians',
    'deaths_unknown', 'best', 'high', 'low',
];

export const GED_LAYOUT: Layout = {
  name: 'UCDP GED',
  columns: GED_COLUMNS,
  required: GED_REQUIRED,
  reads: GED_REQUIRED,
  toRow: (get, line) => gedRow(get, line),
};

const VIOLENCE: Record<string, string> = { '1': 'state-based', '2': 'non-state', '3': 'one-sided' };
const CIVILIANS = 'Civilians'; // UCDP's side b in one-sided violence

/**
 * GED lists a row's sources as parallel ";"-separated cells. A headline can hold a ";" itself, so
 * headlines and dates are paired with offices only when the counts agree; otherwise each office
 * is kept without them rather than given another source's headline.
 */
function gedSources(get: Cells): SourceRef[] {
  const offices = readList(get('source_office'));
  const dates = readList(get('source_date')).map((d) => readDay('source_date', d));
  const headlines = readList(get('source_headline'));
  return offices.map((outlet, i) => ({
    outlet,
    published: dates.length === offices.length ? (dates[i] ?? null) : null,
    headline: headlines.length === offices.length ? (headlines[i] ?? '') : '',
  }));
}

export function gedRow(get: Cells, line: number): ImportedRow {
  const key = get('id').trim();
  if (!/^\d+$/.test(key)) throw new RowError(`id ${JSON.stringify(get('id'))} is not a GED event id (a whole number)`);
  const violence = VIOLENCE[get('type_of_violence').trim()];
  if (!violence) throw new RowError(`type_of_violence ${JSON.stringify(get('type_of_violence'))} is not 1, 2 or 3`);
  const date = readDay('date_start', get('date_start'));
  const end = readDay('date_end', get('date_end'));
  if (end < date) throw new RowError(`date_end ${end} is before date_start ${date}`);
  const [best, low, high] = (['best', 'low', 'high'] as const).map((c) => readCount(c, get(c))) as [number, number, number];
  for (const c of ['deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown']) readCount(c, get(c));
  if (low > best || best > high) throw new RowError(`the estimates are out of order: low ${low}, best ${best}, high ${high}`);
  const country = get('country').trim();
  if (!country) throw new RowError('country is empty');
  const where = get('where_coordinates').trim();
  const place = where ? whereName(where) : { name: '', kind: 'site' as const };
  return {
    format: 'ged',
    key,
    line,
    date,
    dateEnd: end === date ? null : end,
    country,
    countryCode: importCountryCode(country),
    admin: [get('adm_1'), get('adm_2')].map((s) => s.trim()).filter(Boolean),
    location: place.name,
    locationKind: place.kind,
    lat: readCoordinate('latitude', get('latitude'), 90),
    lon: readCoordinate('longitude', get('longitude'), 180),
    actors: [get('side_a'), get('side_b')].map((s) => s.trim()).filter((s) => s && s !== CIVILIANS),
    category: violence === 'one-sided' ? 'attack' : 'armed-clash',
    kind: violence,
    deaths: { best, low, high },
    civilianTargeting: violence === 'one-sided',
    sources: gedSources(get),
  };
}
