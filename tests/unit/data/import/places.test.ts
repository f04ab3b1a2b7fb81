import { describe, expect, it } from 'vitest';
import type { ImportedRow } from '../../../../src/data/import/row';
import { ImportGazetteer } from '../../../../src/data/import/places';
import { fakePlace } from '../../factories';

const base = [
  fakePlace({ id: 'ps-palestine', name: 'Palestine', kind: 'country', country: 'PS', broad: true }),
  fakePlace({ id: 'il-israel', name: 'Israel', kind: 'country', country: 'IL', broad: true }),
  fakePlace({ id: 'ps-gaza-strip', name: 'Gaza Strip', aliases: ['Gaza'], kind: 'region', country: 'PS', parent: 'ps-palestine', broad: true }),
  fakePlace({ id: 'ps-khan-younis', name: 'Khan Younis', aliases: ['Khan Yunis'], kind: 'city', country: 'PS', parent: 'ps-gaza-strip' }),
  fakePlace({ id: 'il-northern-israel', name: 'Northern District', kind: 'region', country: 'IL', parent: 'il-israel' }),
  // A region name two countries share says nothing about which one a row means.
  fakePlace({ id: 'lb-north', name: 'North', kind: 'region', country: 'LB' }),
  fakePlace({ id: 'il-north', name: 'North', kind: 'region', country: 'IL' }),
];

const row = (country: string, countryCode: string | null, admin: string[], location: string): ImportedRow =>
  ({ format: 'ged', country, countryCode, admin, location, locationKind: 'city', lat: null, lon: null }) as unknown as ImportedRow;

describe('ImportGazetteer', () => {
  it('puts a row coded under one country in the country the gazetteer gives its first division', () => {
    const g = new ImportGazetteer(base);
    // UCDP codes Gaza Strip events under "Israel".
    const places = g.placesFor(row('Israel', 'IL', ['Gaza Strip', 'Khan Yunis governorate'], 'Khan Yunis city'));
    const ids = places.map((p) => p.id);
    expect(ids[ids.length - 1]).toBe('ps-palestine');
    expect(ids).toContain('ps-gaza-strip');
    expect(g.places().every((p) => p.country === 'PS')).toBe(true);
  });

  it('keeps the file\'s country where the division is its own, unknown, or shared by two countries', () => {
    const g = new ImportGazetteer(base);
    const north = g.placesFor(row('Israel', 'IL', ['Northern District'], 'Metula'));
    expect(north.map((p) => p.id)).toEqual([expect.stringMatching(/^ged-/), 'il-northern-israel', 'il-israel']);
    const unknown = g.placesFor(row('Israel', 'IL', ['Somewhere Else'], ''));
    expect(unknown[unknown.length - 1]!.id).toBe('il-israel');
    const shared = g.placesFor(row('Lebanon', 'LB', ['North'], ''));
    expect(shared.map((p) => p.id)).toEqual(['lb-north', expect.any(String)]);
    expect(g.places().every((p) => p.country !== 'PS')).toBe(true);
  });
});
