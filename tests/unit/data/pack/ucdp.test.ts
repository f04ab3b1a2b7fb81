import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readUcdpDir } from '../../../../src/data/pack/build/ucdp-read';
import { parseUcdpRecord, ucdpPack } from '../../../../src/data/pack/ucdp';
import { validatePack } from '../../../../src/data/pack/validate';

const FIXTURE = fileURLToPath(new URL('./fixtures/ucdp-mini', import.meta.url));

describe('the UCDP importer', () => {
  const records = readUcdpDir(FIXTURE);
  const pack = ucdpPack(records);

  it('reads every split named in dataset_info.json, once per GED id', () => {
    expect(records.map((r) => r.id).sort()).toEqual([900001, 900002, 900003, 900004]);
  });

  it('makes a valid pack with one UCDP report per event', () => {
    const result = validatePack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(pack.events).toHaveLength(4);
    expect(pack.reports.map((r) => r.outlet)).toEqual(['UCDP GED', 'UCDP GED', 'UCDP GED', 'UCDP GED']);
    expect(pack.meta.sources[0]?.licence).toBe('CC BY 4.0');
  });

  it('turns the death estimates into low, best and high claims attributed to UCDP', () => {
    const report = pack.reports.find((r) => r.eventId === 'ucdp-900001');
    expect(report?.claims.map((c) => [c.value, c.qualifier, c.attributedTo])).toEqual([
      [8, '', 'UCDP'],
      [7, 'at least', 'UCDP'],
      [12, 'up to', 'UCDP'],
    ]);
  });

  it('composes a title and a date range', () => {
    const e = pack.events.find((x) => x.id === 'ucdp-900002');
    expect(e?.title).toBe('Front of the Hills violence against civilians in Millbrook town, Russia: 4 dead');
    expect([e?.date, e?.dateEnd]).toEqual(['2016-03-07', '2016-03-09']);
    expect(e?.actors).toEqual(['ucdp-front-of-the-hills']);
  });

  it('gives each admin level a gazetteer entry, chained by parent, broad down to the first level', () => {
    const e = pack.events.find((x) => x.id === 'ucdp-900001');
    const byId = new Map(pack.places.map((p) => [p.id, p]));
    const chain = e?.places.map((p) => byId.get(p.id)) ?? [];
    expect(chain.map((p) => [p?.name, p?.kind, p?.broad])).toEqual([
      ['Millbrook', 'town', false],
      ['Eastvale district', 'district', false],
      ['North Hill province', 'region', true],
      ['Russia', 'country', true],
    ]);
    expect(chain[0]?.parent).toBe(chain[1]?.id);
    expect(chain[3]?.country).toBe('RU');
  });

  it('names the file and line of a malformed record', () => {
    expect(() => parseUcdpRecord({ id: 1 }, 'train.jsonl:7')).toThrow(/^train\.jsonl:7: /);
  });
});
