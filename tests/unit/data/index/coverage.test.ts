import { describe, expect, it } from 'vitest';
import { packCoverage } from '../../../../src/data/index/coverage';
import { fakeEvent, fakePlace } from '../../factories';

const places = [
  fakePlace({ id: 'ps', name: 'Palestine', kind: 'country', country: 'PS' }),
  fakePlace({ id: 'gaza', name: 'Gaza Strip', kind: 'region', parent: 'ps' }),
  fakePlace({ id: 'kyg', name: 'Khan Younis Governorate', kind: 'region', parent: 'gaza' }),
  fakePlace({ id: 'ky', name: 'Khan Younis', kind: 'city', parent: 'kyg' }),
  fakePlace({ id: 'qarara', name: 'al-Qarara', kind: 'town', parent: 'ky' }),
  fakePlace({ id: 'wb', name: 'West Bank', kind: 'region', parent: 'ps' }),
  fakePlace({ id: 'jenin', name: 'Jenin', kind: 'city', parent: 'wb' }),
  // No parent: placed by its country code, through the pack's place for that country.
  fakePlace({ id: 'hebron', name: 'Hebron', kind: 'city', parent: null }),
  fakePlace({ id: 'lb', name: 'Lebanon', kind: 'country', country: 'LB' }),
  fakePlace({ id: 'tyre', name: 'Tyre', kind: 'city', country: 'LB', parent: 'lb' }),
  // A country the pack has no place for, and a cycle in the parents.
  fakePlace({ id: 'valencia', name: 'Valencia', kind: 'city', country: 'ES' }),
  fakePlace({ id: 'loop-a', name: 'Loop A', kind: 'town', country: null, parent: 'loop-b' }),
  fakePlace({ id: 'loop-b', name: 'Loop B', kind: 'town', country: null, parent: 'loop-a' }),
];
const at = (id: string, ...ids: string[]) => [id, ...ids].map((p) => ({ id: p }));

describe('packCoverage', () => {
  it('counts each event once in the outermost region its places lie in, and spans its days', () => {
    const got = packCoverage(
      [
        fakeEvent({ id: 'a', date: '2024-07-01', dateEnd: '2024-07-03', places: at('qarara', 'ky') }),
        fakeEvent({ id: 'b', date: '2023-10-09', places: at('jenin') }),
        fakeEvent({ id: 'c', date: '2024-02-10', places: at('ky') }),
        fakeEvent({ id: 'd', date: '2024-06-30', places: at('tyre', 'jenin') }),
      ],
      places,
    );
    expect(got).toEqual({
      from: '2023-10-09',
      to: '2024-07-03',
      regions: [
        { name: 'Gaza Strip', events: 2 },
        { name: 'West Bank', events: 2 },
        { name: 'Lebanon', events: 1 },
      ],
    });
  });

  it('falls back to the country, and leaves out places it cannot place', () => {
    const got = packCoverage(
      [
        fakeEvent({ id: 'a', places: at('hebron') }),
        fakeEvent({ id: 'b', places: at('valencia') }),
        fakeEvent({ id: 'c', places: at('loop-a') }),
        fakeEvent({ id: 'd', places: at('no-such-place') }),
      ],
      places,
    );
    expect(got.regions).toEqual([{ name: 'Palestine', events: 1 }]);
  });

  it('has no span and no regions for a pack without events', () => {
    expect(packCoverage([], places)).toEqual({ from: null, to: null, regions: [] });
  });
});
