// Rows of our own in the GED and ACLED layouts, as CSV text: a default row with overrides, so each
// test names only the fields it is about. The values are invented; place names are real places.
import { ACLED_COLUMNS } from '../../../../src/data/import/acled';
import { GED_COLUMNS } from '../../../../src/data/import/ged';

type Row = Record<string, string>;

export function gedRow(overrides: Row = {}): Row {
  return {
    id: '700001', relid: 'TST-1-1-1', year: '2024', active_year: '1', code_status: 'Clear', type_of_violence: '1',
    conflict_new_id: '9001', conflict_name: 'Israel: Palestine', dyad_new_id: '9101', dyad_name: 'Government of Israel - Hamas',
    side_a_new_id: '121', gwnoa: '666', side_a: 'Government of Israel', side_b_new_id: '1234', gwnob: '', side_b: 'Hamas',
    number_of_sources: '2', source_article: 'wire copy', source_office: 'Reuters;Agence France-Presse', source_date: '2024-03-02;2024-03-02',
    source_headline: 'Strike hits house in Rafah;Rafah house strike kills family', source_original: 'hospital officials',
    where_prec: '1', where_coordinates: 'Rafah town', where_description: 'a house in the west of the town', adm_1: 'Gaza Strip',
    adm_2: 'Rafah governorate', latitude: '31.2969', longitude: '34.2455', geom_wkt: 'POINT (34.2455 31.2969)', priogrid_gid: '174749',
    country: 'Palestine', country_id: '666', region: 'Middle East', event_clarity: '1', date_prec: '1',
    date_start: '2024-03-01 00:00:00.000', date_end: '2024-03-01 00:00:00.000', deaths_a: '0', deaths_b: '2', deaths_civilians: '7',
    deaths_unknown: '0', best: '9', high: '12', low: '8', gwnoa2nd: '', gwnob2nd: '', electoral_vio_2: '0',
    ...overrides,
  };
}

export function acledRow(overrides: Row = {}): Row {
  return {
    event_id_cnty: 'PSE9001', event_date: '01 March 2024', year: '2024', time_precision: '1', disorder_type: 'Political violence',
    event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike', actor1: 'Military Forces of Israel', assoc_actor_1: '',
    inter1: '8', actor2: 'Civilians (Palestine)', assoc_actor_2: '', inter2: '7', interaction: '87', civilian_targeting: 'Civilian targeting',
    iso: '275', region: 'Middle East', country: 'Palestine', admin1: 'Gaza Strip', admin2: 'Rafah', admin3: '', location: 'Rafah',
    latitude: '31.2969', longitude: '34.2455', geo_precision: '1', source: 'Wafa; Al Jazeera', source_scale: 'National-International',
    notes: 'Our own test text, not ACLED copy.', fatalities: '9', tags: '', timestamp: '1709900000',
    ...overrides,
  };
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** CSV text with the given columns (the layout's full list by default), one line per row. */
export function csvText(rows: Row[], columns: readonly string[], eol = '\n'): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(','))].join(eol) + eol;
}

export const gedCsv = (rows: Row[], columns: readonly string[] = GED_COLUMNS) => csvText(rows, columns);
export const acledCsv = (rows: Row[], columns: readonly string[] = ACLED_COLUMNS) => csvText(rows, columns);
