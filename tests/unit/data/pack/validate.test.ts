import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../../src/data/pack/validate';
import { fakeEvent, fakePack, fakeReport } from '../../factories';

function errorsOf(value: unknown): string[] {
  const result = validatePack(value);
  if (result.ok) throw new Error('expected the pack to be rejected');
  return result.errors;
}

describe('validatePack', () => {
  it('accepts the small pack the factories build', () => {
    const result = validatePack(fakePack());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('rejects a file that is not a pack, naming the format it found', () => {
    expect(errorsOf({ ...fakePack(), format: 'other-format' })).toEqual([
      'This file is not a Corroborate dataset pack: it has format "other-format", expected "corroborate-pack".',
    ]);
    expect(errorsOf([1, 2])).toEqual(['This file is not a Corroborate dataset pack: it does not hold a JSON object.']);
  });

  it('gives a pack from another schema version its own message and nothing else', () => {
    expect(errorsOf({ ...fakePack(), schemaVersion: 3, events: 'broken' })).toEqual([
      'This pack uses schema version 3; this version of Corroborate reads versions 1 and 2.',
    ]);
  });

  it('upgrades a schema 1 pack by typing its bare claims from their words', () => {
    const pack = fakePack();
    const bare = { kind: 'killed', value: '35-45', qualifier: '', subject: 'children among the dead', attributedTo: 'hospital', asOf: '2024-06-06' };
    const old = { ...pack, schemaVersion: 1, reports: [{ ...pack.reports[0]!, claims: [bare] }] };
    const result = validatePack(JSON.parse(JSON.stringify(old)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.schemaVersion).toBe(2);
    expect(result.pack.reports[0]!.claims[0]).toMatchObject({ value: 35, max: 45, qualifier: 'range', people: 'children', subset: true, scope: 'incident' });
  });

  it('does not take a schema 1 claim with no subject as typed: the validator names it', () => {
    const pack = fakePack();
    const old = { ...pack, schemaVersion: 1, reports: [{ ...pack.reports[0]!, claims: [{ kind: 'killed', value: 3 }] }] };
    const result = validatePack(JSON.parse(JSON.stringify(old)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join(' ')).toContain('reports[0].claims[0]');
  });

  it('refuses a pack holding a __proto__, constructor or prototype key anywhere, naming where', () => {
    const crafted = JSON.parse(JSON.stringify(fakePack()).replace('"claims":[', '"__proto__":{"polluted":true},"claims":['));
    expect(errorsOf(crafted)).toEqual(['reports[0].__proto__: a key of this name is not allowed in a pack']);
    const ctor = JSON.parse(JSON.stringify(fakePack()));
    ctor.meta.constructor = { name: 'x' };
    expect(errorsOf(ctor)[0]).toBe('meta.constructor: a key of this name is not allowed in a pack');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The same words as values are fine.
    const pack = fakePack();
    pack.events[0]!.title = '__proto__ constructor prototype';
    expect(validatePack(JSON.parse(JSON.stringify(pack))).ok).toBe(true);
  });

  it('says which field is missing and where', () => {
    const { title: _, ...untitled } = fakeEvent();
    expect(errorsOf(fakePack({ events: [untitled as never] }))).toEqual(['events[0].title: is missing']);
  });

  it('rejects an impossible date with its location', () => {
    const pack = fakePack();
    pack.events[1] = fakeEvent({ id: 'ev-2', date: '2024-13-01' });
    expect(errorsOf(pack)).toEqual(['events[1].date: "2024-13-01" is not a valid date']);
  });

  it('rejects a wrongly typed value, saying what was expected', () => {
    expect(errorsOf(fakePack({ reports: [fakeReport({ claims: [{ kind: 'killed', value: true } as never] })] }))).toContain(
      'reports[0].claims[0].value: expected a number or text, got true',
    );
  });

  it('rejects a report whose event does not exist', () => {
    const pack = fakePack();
    pack.reports.push(fakeReport({ id: 'ev-9#1', eventId: 'ev-9' }));
    expect(errorsOf(pack)).toEqual(['reports[3].eventId: "ev-9" does not match any event']);
  });

  it('rejects an event placed at a place the gazetteer lacks', () => {
    const pack = fakePack();
    pack.events[0] = fakeEvent({ places: [{ id: 'ps-nowhere' }] });
    expect(errorsOf(pack)).toEqual(['events[0].places[0].id: "ps-nowhere" does not match any place']);
  });

  it('rejects an id used twice, pointing at both records', () => {
    const pack = fakePack();
    pack.events[1] = fakeEvent();
    expect(errorsOf(pack)).toContain('events[1].id: "ev-1" is used twice (also events[0])');
  });

  it('rejects a date written at another precision than the event declares', () => {
    const pack = fakePack();
    pack.events[0] = fakeEvent({ date: '2024-07', precision: 'day' });
    expect(errorsOf(pack)).toEqual(['events[0].date: "2024-07" is not written at the event\'s precision "day"']);
  });

  it('rejects series points out of date order', () => {
    const pack = fakePack();
    pack.series[0]?.points.reverse();
    expect(errorsOf(pack)).toEqual(['series[0].points[1].date: "2024-07-21" does not come after the previous point\'s "2024-07-22"']);
  });

  it('rejects oversized text with the limit', () => {
    expect(errorsOf(fakePack({ events: [fakeEvent({ title: 'x'.repeat(600) })] }))).toEqual(['events[0].title: is 600 characters long; at most 500 are allowed']);
  });

  it('stops listing after twenty problems and says how many more there are', () => {
    const reports = Array.from({ length: 50 }, (_, i) => fakeReport({ id: `r${i}`, eventId: `missing-${i}` }));
    const errors = errorsOf(fakePack({ reports }));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('…and 30 more problems.');
  });
});
