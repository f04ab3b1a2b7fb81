import { describe, expect, it } from 'vitest';
import { GED_LAYOUT } from '../../../../src/data/import/ged';
import { ACLED_LAYOUT } from '../../../../src/data/import/acled';
import { mergeImported } from '../../../../src/data/import/merge';
import { PackImport } from '../../../../src/data/import/pack';
import { ImportedRecords } from '../../../../src/data/import/records';
import type { ImportedRow } from '../../../../src/data/import/row';
import { isRowProblem, readRowsFromText } from '../../../../src/data/import/rows';
import type { Pack } from '../../../../src/core/types';
import { validatePack } from '../../../../src/data/pack/validate';
import { fakeEvent, fakePack, fakePlace, fakeReport } from '../../factories';
import { acledCsv, acledRow, gedCsv, gedRow } from './factories';

// A curated pack with one event in Rafah (Gaza) on 1 March 2024, and a Rafah in Egypt in its gazetteer.
function curated(): Pack {
  const base = fakePack();
  return {
    ...base,
    events: [...base.events, fakeEvent({ id: 'ev-rafah', date: '2024-03-01', places: [{ id: 'ps-rafah' }, { id: 'ps-gaza-strip' }] })],
    reports: [...base.reports, fakeReport({ id: 'ev-rafah#1', eventId: 'ev-rafah' })],
    places: [...base.places, fakePlace({ id: 'ps-rafah', name: 'Rafah', aliases: ['Rafah city'], parent: 'ps-gaza-strip' }), fakePlace({ id: 'eg-rafah', name: 'Rafah', aliases: [], country: 'EG', parent: null })],
  };
}

function gedRows(...overrides: Record<string, string>[]): ImportedRow[] {
  return readRowsFromText(gedCsv(overrides.map((o, i) => gedRow({ id: String(800 + i), ...o }))), GED_LAYOUT).filter((r): r is ImportedRow => !isRowProblem(r));
}

function build(base: Pack, rows: ImportedRow[]) {
  const imp = new PackImport(base);
  for (const r of rows) expect(imp.add(r)).toBeNull();
  const result = imp.finish({ id: 'newsroom' });
  const valid = validatePack(result.pack);
  expect(valid.ok ? [] : valid.errors).toEqual([]);
  return result;
}

describe('merging imported events with curated ones', () => {
  it('attaches an event on the same day at the same gazetteer place as extra reports', () => {
    const base = curated();
    const { pack, attached } = build(base, gedRows({}));
    expect([...attached]).toEqual([['ged-800', 'ev-rafah']]);
    expect(pack.events.map((e) => e.id)).not.toContain('ged-800');
    const onCurated = pack.reports.filter((r) => r.eventId === 'ev-rafah').map((r) => r.outlet);
    expect(onCurated).toEqual(['Reuters', 'UCDP GED', 'Reuters', 'Agence France-Presse']);
  });

  it('never changes or removes the curated event or its claims', () => {
    const base = curated();
    const before = structuredClone(base);
    const { pack } = build(base, gedRows({}, { id: '900', best: '50', low: '40', high: '60' }));
    expect(base).toEqual(before);
    for (const e of before.events) expect(pack.events.find((x) => x.id === e.id)).toEqual(e);
    for (const r of before.reports) expect(pack.reports.find((x) => x.id === r.id)).toEqual(r);
  });

  it('attaches by folded name in the same country when the place ids differ', () => {
    const base = curated();
    base.places.push(fakePlace({ id: 'ps-tal-as-sultan', name: 'Tal as-Sultan', aliases: ['Tel al-Sultan'], parent: 'ps-rafah' }));
    base.events.push(fakeEvent({ id: 'ev-tal', date: '2024-03-04', places: [{ id: 'ps-tal-as-sultan' }] }));
    // Records made without the curated gazetteer: the imported place has an id of its own.
    const records = new ImportedRecords();
    const imported = gedRows({ where_coordinates: 'Tel al Sultan', date_start: '2024-03-04', date_end: '2024-03-04' }).map((r) => records.add(r));
    expect(imported[0]?.event.places[0]?.id).toMatch(/^ged-ps-/);
    const merged = mergeImported(base, imported, records.places());
    expect([...merged.attached]).toEqual([['ged-800', 'ev-tal']]);
  });

  it('does not attach by name when the countries differ, even without the curated gazetteer', () => {
    const records = new ImportedRecords();
    const imported = gedRows({ country: 'Egypt', adm_1: 'North Sinai', adm_2: '' }).map((r) => records.add(r));
    expect(mergeImported(curated(), imported, records.places()).attached.size).toBe(0);
  });

  it('keeps an event of the next day at the same place as an event of its own', () => {
    const { pack, attached } = build(curated(), gedRows({ date_start: '2024-03-02', date_end: '2024-03-02' }));
    expect(attached.size).toBe(0);
    expect(pack.events.find((e) => e.id === 'ged-800')?.places[0]?.id).toBe('ps-rafah');
  });

  it('keeps an event of the same day at another place apart', () => {
    const { attached } = build(curated(), gedRows({ where_coordinates: 'Khan Yunis city', adm_2: 'Khan Yunis governorate' }));
    expect(attached.size).toBe(0);
  });

  it('keeps an event in a Rafah of another country apart', () => {
    const { pack, attached } = build(curated(), gedRows({ country: 'Egypt', adm_1: 'North Sinai', adm_2: '' }));
    expect(attached.size).toBe(0);
    expect(pack.events.find((e) => e.id === 'ged-800')?.places[0]?.id).toBe('eg-rafah');
  });

  it('does not attach on a shared province or country alone', () => {
    const { attached } = build(curated(), gedRows({ where_coordinates: '', adm_2: '' }));
    expect(attached.size).toBe(0);
  });

  it('attaches ACLED events the same way, with the fatality figure as the claim', () => {
    const rows = readRowsFromText(acledCsv([acledRow()]), ACLED_LAYOUT).filter((r): r is ImportedRow => !isRowProblem(r));
    const { pack, attached } = build(curated(), rows);
    expect([...attached]).toEqual([['acled-pse9001', 'ev-rafah']]);
    const acled = pack.reports.find((r) => r.outlet === 'ACLED');
    expect(acled?.claims.map((c) => [c.kind, c.value, c.max, c.attributedTo])).toEqual([['killed', 9, null, 'ACLED']]);
    expect(pack.meta.sources.map((s) => s.id)).toContain('acled');
  });
});

describe('an imported pack', () => {
  it('puts the best estimate as the value and low to high as a range claim, attributed to UCDP', () => {
    const { pack } = build(fakePack(), gedRows({}));
    const report = pack.reports.find((r) => r.id === 'ged-800#ged');
    expect(report?.claims.map((c) => [c.value, c.max, c.qualifier, c.people, c.attributedTo])).toEqual([
      [9, null, '', 'people', 'UCDP'],
      [8, 12, 'range', 'people', 'UCDP'],
    ]);
    const sources = pack.reports.filter((r) => r.eventId === 'ged-800' && r !== report);
    expect(sources.map((r) => [r.outlet, r.published, r.claims.length])).toEqual([
      ['Reuters', '2024-03-02', 0],
      ['Agence France-Presse', '2024-03-02', 0],
    ]);
  });

  it('gives no range claim when the low and high estimates are the same', () => {
    const { pack } = build(fakePack(), gedRows({ low: '9', high: '9' }));
    expect(pack.reports.find((r) => r.id === 'ged-800#ged')?.claims).toHaveLength(1);
  });

  it('records the GED licence and citation in the pack sources', () => {
    const { pack } = build(fakePack(), gedRows({}));
    const ged = pack.meta.sources.find((s) => s.id === 'ucdp-ged');
    expect(ged?.licence).toBe('CC BY 4.0');
    expect(ged?.attribution).toMatch(/Sundberg & Melander/);
    expect(ged?.attribution).toMatch(/Davies/);
  });

  it('links a source to a known outlet by name', () => {
    const { pack } = build(fakePack(), gedRows({}));
    expect(pack.reports.find((r) => r.id === 'ged-800#ged-s1')?.outletId).toBe('reuters');
    expect(pack.reports.find((r) => r.id === 'ged-800#ged-s2')?.outletId).toBeNull();
  });

  it('refuses a second row with the same GED id and says where the first was', () => {
    const [a, b] = gedRows({ id: '5' }, { id: '5' });
    const imp = new PackImport(fakePack());
    expect(imp.add(a!)).toBeNull();
    expect(imp.add(b!)).toEqual({ line: 3, error: 'event 5 appears again (first on line 2)' });
  });
});
