import { describe, expect, it } from 'vitest';
import { ACLED_LAYOUT } from '../../../../src/data/import/acled';
import { GED_COLUMNS, GED_LAYOUT } from '../../../../src/data/import/ged';
import type { ImportedRow } from '../../../../src/data/import/row';
import { isRowProblem, readRowsFromText, type RowItem } from '../../../../src/data/import/rows';
import { acledCsv, acledRow, gedCsv, gedRow } from './factories';

const rows = (items: RowItem[]) => items.filter((i): i is ImportedRow => !isRowProblem(i));
const problems = (items: RowItem[]) => items.filter(isRowProblem);

describe('the GED layout', () => {
  it('reads a row into a day, places, sides, estimates and one source per office', () => {
    const [row] = rows(readRowsFromText(gedCsv([gedRow()]), GED_LAYOUT));
    expect(row).toMatchObject({
      key: '700001',
      line: 2,
      date: '2024-03-01',
      dateEnd: null,
      country: 'Palestine',
      countryCode: 'PS',
      admin: ['Gaza Strip', 'Rafah governorate'],
      location: 'Rafah',
      locationKind: 'town',
      lat: 31.2969,
      lon: 34.2455,
      actors: ['Government of Israel', 'Hamas'],
      kind: 'state-based',
      deaths: { best: 9, low: 8, high: 12 },
    });
    expect(row?.sources).toEqual([
      { outlet: 'Reuters', published: '2024-03-02', headline: 'Strike hits house in Rafah' },
      { outlet: 'Agence France-Presse', published: '2024-03-02', headline: 'Rafah house strike kills family' },
    ]);
  });

  it('finds columns by name whatever their order, and ignores columns it does not know', () => {
    const shuffled: string[] = [...GED_COLUMNS].reverse();
    shuffled.push('extra_column');
    const [row] = rows(readRowsFromText(gedCsv([gedRow({ extra_column: 'x' })], shuffled), GED_LAYOUT));
    expect(row?.deaths).toEqual({ best: 9, low: 8, high: 12 });
    expect(row?.location).toBe('Rafah');
  });

  it('names every required column the header lacks', () => {
    const cols = GED_COLUMNS.filter((c) => c !== 'best' && c !== 'date_start');
    expect(() => readRowsFromText(gedCsv([gedRow()], cols), GED_LAYOUT)).toThrow(/^not in the UCDP GED layout: the header has no date_start, best columns$/);
  });

  it('says an ACLED file is not a GED file', () => {
    expect(() => readRowsFromText(acledCsv([acledRow()]), GED_LAYOUT)).toThrow(/^not in the UCDP GED layout: the header has no id, type_of_violence, .* \(it starts "event_id_cnty", "event_date", "year", …; is this the right file\?\)$/);
  });

  it('refuses an empty file', () => {
    expect(() => readRowsFromText('', GED_LAYOUT)).toThrow(/empty/);
    expect(() => readRowsFromText('\uFEFF\n\n', GED_LAYOUT)).toThrow(/empty/);
  });

  it('reads quoted headlines with commas and line breaks, and numbers the next row by its own line', () => {
    const text = gedCsv([gedRow({ id: '1', source_headline: 'Strike, then "silence"\nin Rafah;Second' }), gedRow({ id: '2', date_start: 'soon' })]);
    const items = readRowsFromText(text, GED_LAYOUT);
    expect(rows(items)[0]?.sources[0]?.headline).toBe('Strike, then "silence"\nin Rafah');
    expect(problems(items)).toEqual([{ line: 4, error: 'date_start "soon" is not a date' }]);
  });

  it.each([
    [{ date_start: '2024-02-30' }, 'date_start "2024-02-30" is not a date'],
    [{ date_end: '' }, 'date_end "" is not a date'],
    [{ date_end: '2024-02-28' }, 'date_end 2024-02-28 is before date_start 2024-03-01'],
    [{ best: '-3' }, 'best is -3; a death count cannot be negative'],
    [{ deaths_civilians: '-1' }, 'deaths_civilians is -1; a death count cannot be negative'],
    [{ low: '2.5' }, 'low "2.5" is not a whole number'],
    [{ high: '' }, 'high "" is not a whole number'],
    [{ low: '10' }, 'the estimates are out of order: low 10, best 9, high 12'],
    [{ id: 'abc' }, 'id "abc" is not a GED event id (a whole number)'],
    [{ type_of_violence: '4' }, 'type_of_violence "4" is not 1, 2 or 3'],
    [{ latitude: '91' }, 'latitude 91 is out of range (±90)'],
    [{ longitude: 'east' }, 'longitude "east" is not a number'],
    [{ source_date: '2024-03-02;yesterday' }, 'source_date "yesterday" is not a date'],
    [{ country: '' }, 'country is empty'],
  ])('skips and reports a row with %o', (override, message) => {
    const items = readRowsFromText(gedCsv([gedRow({ id: '1' }), gedRow({ id: '2', ...override }), gedRow({ id: '3' })]), GED_LAYOUT);
    expect(problems(items)).toEqual([{ line: 3, error: message }]);
    expect(rows(items).map((r) => r.key)).toEqual(['1', '3']);
  });

  it('reports a row with too few fields by its line', () => {
    const text = `${gedCsv([gedRow()])}1,2,3\n`;
    expect(problems(readRowsFromText(text, GED_LAYOUT))).toEqual([{ line: 3, error: `3 fields; the header has ${GED_COLUMNS.length}` }]);
  });

  it('keeps offices without headlines when the headline list does not line up with them', () => {
    const [row] = rows(readRowsFromText(gedCsv([gedRow({ source_headline: 'one; two; three' })]), GED_LAYOUT));
    expect(row?.sources.map((s) => [s.outlet, s.headline])).toEqual([
      ['Reuters', ''],
      ['Agence France-Presse', ''],
    ]);
  });

  it('reads a multi-day event and one-sided violence', () => {
    const [row] = rows(readRowsFromText(gedCsv([gedRow({ date_end: '2024-03-03', type_of_violence: '3', side_b: 'Civilians' })]), GED_LAYOUT));
    expect([row?.date, row?.dateEnd, row?.category, row?.actors, row?.civilianTargeting]).toEqual(['2024-03-01', '2024-03-03', 'attack', ['Government of Israel'], true]);
  });
});

describe('the ACLED layout', () => {
  it('reads the export date form, one fatality figure and one source per ";" item', () => {
    const [row] = rows(readRowsFromText(acledCsv([acledRow()]), ACLED_LAYOUT));
    expect(row).toMatchObject({
      key: 'PSE9001',
      date: '2024-03-01',
      countryCode: 'PS',
      admin: ['Gaza Strip', 'Rafah'],
      location: 'Rafah',
      category: 'airstrike',
      deaths: { best: 9, low: 9, high: 9 },
      civilianTargeting: true,
    });
    expect(row?.sources.map((s) => s.outlet)).toEqual(['Wafa', 'Al Jazeera']);
  });

  it('reads ISO dates too', () => {
    const [row] = rows(readRowsFromText(acledCsv([acledRow({ event_date: '2024-03-05' })]), ACLED_LAYOUT));
    expect(row?.date).toBe('2024-03-05');
  });

  it.each([
    [{ event_date: '31 February 2024' }, 'event_date "31 February 2024" is not a date'],
    [{ event_date: '01/03/2024' }, 'event_date "01/03/2024" is not a date'],
    [{ event_date: '1 Mar 24' }, 'event_date "1 Mar 24" is not a date'],
    [{ fatalities: '-2' }, 'fatalities is -2; a death count cannot be negative'],
    [{ fatalities: 'unknown' }, 'fatalities "unknown" is not a whole number'],
    [{ event_id_cnty: '' }, 'event_id_cnty "" is not an ACLED event id'],
  ])('skips and reports a row with %o', (override, message) => {
    const items = readRowsFromText(acledCsv([acledRow({ event_id_cnty: 'A1' }), acledRow(override)]), ACLED_LAYOUT);
    expect(problems(items)).toEqual([{ line: 3, error: message }]);
    expect(rows(items).map((r) => r.key)).toEqual(['A1']);
  });

  it('names the missing ACLED columns', () => {
    expect(() => readRowsFromText('event_id_cnty,event_date\nX,2024-01-01\n', ACLED_LAYOUT)).toThrow(/^not in the ACLED layout: the header has no event_type, sub_event_type, actor1/);
  });
});

describe('the columns a layout says it reads', () => {
  it.each([
    [GED_LAYOUT, gedRow()],
    [ACLED_LAYOUT, acledRow()],
  ])('are all the columns rows are read from (%#) (DuckDB passes on only those)', (layout, row) => {
    const seen = new Set<string>();
    layout.toRow((c) => {
      seen.add(c);
      return row[c] ?? '';
    }, 2);
    expect([...seen].filter((c) => !layout.reads.includes(c))).toEqual([]);
    expect(layout.required.every((c) => layout.reads.includes(c))).toBe(true);
  });
});
