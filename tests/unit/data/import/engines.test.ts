import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ACLED_LAYOUT } from '../../../../src/data/import/acled';
import { GED_COLUMNS, GED_LAYOUT } from '../../../../src/data/import/ged';
import type { Layout } from '../../../../src/data/import/header';
import { duckdbRows } from '../../../../src/data/import/node/read-duckdb';
import { streamRows } from '../../../../src/data/import/node/read-stream';
import { ImportedRecords } from '../../../../src/data/import/records';
import type { ImportedRow } from '../../../../src/data/import/row';
import { isRowProblem, type RowItem, type RowProblem } from '../../../../src/data/import/rows';
import { acledCsv, acledRow, gedCsv, gedRow } from './factories';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

type Engine = (path: string, layout: Layout) => AsyncGenerator<RowItem[]>;
const ENGINES: [string, Engine][] = [
  ['stream', streamRows],
  ['duckdb', duckdbRows],
];

async function readAll(engine: Engine, path: string, layout: Layout) {
  const rows: ImportedRow[] = [];
  const problems: RowProblem[] = [];
  for await (const batch of engine(path, layout)) for (const item of batch) (isRowProblem(item) ? problems : rows).push(item as never);
  const records = new ImportedRecords();
  return { rows, problems, records: rows.map((r) => records.add(r)), places: records.places() };
}

// Our own rows: quoted commas, doubled quotes and line breaks in headlines, a BOM, a bad date on a
// row after a multi-line one, a negative count, and a row that is short of fields.
const ged = `\uFEFF${gedCsv([
  gedRow({ id: '1', source_headline: 'Strike on Rafah, "many" dead;Second\nline of a headline', where_description: 'near the border, east' }),
  gedRow({ id: '2', date_start: '2024-03-0x' }),
  gedRow({ id: '3', where_coordinates: 'Khan Yunis city', adm_2: 'Khan Yunis governorate', best: '3', low: '3', high: '4' }),
  gedRow({ id: '4', best: '-1' }),
  gedRow({ id: '5', type_of_violence: '3', side_b: 'Civilians', date_end: '2024-03-02' }),
])}7,short,row\n${gedCsv([gedRow({ id: '6', date_start: 'March' })]).split('\n')[1]}\n${gedCsv([gedRow({ id: '8' })]).split('\n')[1]}\n9,"two\nlines",x\n${gedCsv([gedRow({ id: '10', low: 'many' })]).split('\n')[1]}\n`;

describe('the two import engines', () => {
  it('give identical records for the same GED file', async () => {
    const path = file('ged.csv', ged);
    const [a, b] = await Promise.all(ENGINES.map(([, e]) => readAll(e, path, GED_LAYOUT)));
    expect(a?.rows.map((r) => r.key)).toEqual(['1', '3', '5', '8']);
    expect(b?.records).toEqual(a?.records);
    expect(b?.places).toEqual(a?.places);
    expect(a?.rows[0]?.sources[1]?.headline).toBe('Second\nline of a headline');
  });

  it('report the same bad rows on the same lines', async () => {
    const path = file('ged-lines.csv', ged);
    for (const [name, engine] of ENGINES) {
      const { problems } = await readAll(engine, path, GED_LAYOUT);
      expect(problems.map((p) => p.line), name).toEqual([4, 6, 8, 9, 11, 13]);
      expect(problems.find((p) => p.line === 4)?.error, name).toBe('date_start "2024-03-0x" is not a date');
    }
  });

  it('give identical records for the same ACLED file with CRLF line ends', async () => {
    const text = acledCsv([acledRow({ event_id_cnty: 'X1' }), acledRow({ event_id_cnty: 'X2', source: 'Radio, "local"; Wire', fatalities: '0' })]).replace(/\n/g, '\r\n');
    const path = file('acled.csv', text);
    const [a, b] = await Promise.all(ENGINES.map(([, e]) => readAll(e, path, ACLED_LAYOUT)));
    expect(a?.rows.map((r) => r.sources.map((s) => s.outlet))).toEqual([['Wafa', 'Al Jazeera'], ['Radio, "local"', 'Wire']]);
    expect(b?.records).toEqual(a?.records);
  });

  it.each(ENGINES)('%s: refuses a missing file, an empty file and a wrong header with the reason', async (_name, engine) => {
    const drain = async (p: string, l: Layout) => {
      for await (const _ of engine(p, l));
    };
    await expect(drain(join(dir, 'none.csv'), GED_LAYOUT)).rejects.toThrow(/no such file/);
    await expect(drain(file('empty.csv', ''), GED_LAYOUT)).rejects.toThrow(/the file is empty/);
    await expect(drain(file('blank.csv', '\n\n'), GED_LAYOUT)).rejects.toThrow(/empty: it has no header row/);
    await expect(drain(file('acled-as-ged.csv', acledCsv([acledRow()])), GED_LAYOUT)).rejects.toThrow(/not in the UCDP GED layout/);
    const noBest = GED_COLUMNS.filter((c) => c !== 'best');
    await expect(drain(file('no-best.csv', gedCsv([gedRow()], noBest)), GED_LAYOUT)).rejects.toThrow(/the header has no best column$/);
  });
});
