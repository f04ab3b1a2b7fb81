import { describe, expect, it } from 'vitest';
import { checkCuration, originOf, type CheckInput } from '../../../../src/data/curate/check';
import type { AddedPlace, SourceClaim, SourceEvent } from '../../../../src/data/pack/build/inputs';

// A made-up strike on a made-up school in a real town, reported by two newsrooms.
function claim(overrides: Partial<SourceClaim> = {}): SourceClaim {
  return { kind: 'killed', value: 7, qualifier: 'at least', subject: 'people killed', people: 'people', subset: false, scope: 'incident', attributedTo: 'civil defence', asOf: '2024-05-02', ...overrides };
}

function incident(overrides: Partial<SourceEvent> = {}): SourceEvent {
  return {
    id: '2024-05-02-khan-younis-strike-test-school',
    title: 'Strike on a school in Khan Younis',
    summary: 'A strike hit a school used as a shelter.',
    date: '2024-05-02',
    dateEnd: null,
    datePrecision: 'day',
    time: 'morning',
    category: 'airstrike',
    area: 'khan-younis',
    places: [{ name: 'Test School', aliases: [], country: 'PS' }],
    actors: [],
    keywords: [],
    provenance: { candidate: 'written for the test', date: [1, 2], places: [1] },
    reports: [
      { url: 'https://one.example/a', outlet: 'Example Wire', published: '2024-05-02', language: 'en', gist: 'Seven dead, says civil defence.', claims: [claim()] },
      { url: 'https://two.example/b', outlet: 'Second Paper (Other Agency)', published: '2024-05-03', language: 'en', gist: 'Eight dead.', claims: [claim({ value: 8, qualifier: '' })] },
    ],
    discrepancies: [],
    ...overrides,
  } as SourceEvent;
}

const school: AddedPlace = { id: 'ps-test-school', name: 'Test School', aliases: ['the test school'], country: 'PS', kind: 'site', parent: 'ps-khan-younis', lat: 31.34, lon: 34.3, source: 'https://maps.example/test-school' };

function input(events: SourceEvent[], overrides: Partial<CheckInput> = {}): CheckInput {
  return {
    legacy: [],
    incidents: [{ path: 'data/incidents/2024-05.json', events }],
    curatedPlaces: [{ id: 'ps-khan-younis', name: 'Khan Younis', aliases: ['Khan Yunis'], country: 'PS', kind: 'city', broad: false, parent: null }] as CheckInput['curatedPlaces'],
    added: [{ path: 'data/places/t.json', places: [school] }],
    isGeoNamesTown: (name) => name === 'Rafah',
    ...overrides,
  };
}

const messages = (i: CheckInput) => checkCuration(i).errors.map((e) => e.message);

describe('checkCuration', () => {
  it('accepts a well-formed incident and counts what it holds', () => {
    const result = checkCuration(input([incident()]));
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ incidents: 1, reports: 2, claims: 2 });
  });

  it('rejects an incident backed by one newsroom, even on two sites', () => {
    const e = incident();
    e.reports[1] = { ...e.reports[1]!, outlet: 'Mirror Site (Example Wire)' };
    expect(messages(input([e]))).toContain('an incident needs at least two independent reports (different newsrooms and sites); it has 1 newsroom(s) on 2 site(s)');
  });

  it('rejects a URL used twice, but only warns about a repeat inside the legacy files', () => {
    const e = incident();
    e.reports[1] = { ...e.reports[1]!, url: 'https://one.example/a#live' };
    expect(messages(input([e])).some((m) => m.startsWith('URL already used by'))).toBe(true);

    const legacy = incident({ id: '2023-01-01-a', date: '2023-01-01', places: [{ name: 'Rafah', aliases: [], country: 'PS' }] });
    const twin = incident({ id: '2023-01-02-b', date: '2023-01-02', places: [{ name: 'Rafah', aliases: [], country: 'PS' }] });
    const result = checkCuration(input([], { legacy: [{ path: 'data/events/x.json', events: [legacy, twin] }] }));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.message).some((m) => m.startsWith('URL already used by'))).toBe(true);
  });

  it('rejects a second event on the same day and place, whatever name it uses for the place', () => {
    const other = incident({ id: '2024-05-02-khan-younis-other', places: [{ name: 'the test school', aliases: [], country: 'PS' }] });
    other.reports = other.reports.map((r, i) => ({ ...r, url: `https://site${i}.example/other` }));
    expect(messages(input([incident(), other])).some((m) => m.startsWith('same place and day as 2024-05-02-khan-younis-strike-test-school'))).toBe(true);
    // The next day at the same school is another happening.
    const nextDay = { ...other, id: '2024-05-03-khan-younis-other', date: '2024-05-03' };
    nextDay.reports = nextDay.reports.map((r) => ({ ...r, published: '2024-05-03', claims: [claim({ asOf: '2024-05-03' })] }));
    expect(messages(input([incident(), nextDay]))).toEqual([]);
  });

  it('rejects a place the gazetteer cannot resolve, and accepts a GeoNames town', () => {
    const unknown = incident({ places: [{ name: 'Nowhere Camp', aliases: [], country: 'PS' }] });
    expect(messages(input([unknown]))[0]).toContain('"Nowhere Camp" (PS) is not in the gazetteer');
    const town = incident({ places: [{ name: 'Rafah', aliases: [], country: 'PS' }] });
    expect(messages(input([town]))).toEqual([]);
  });

  it('rejects counts with no source, no people, no scope, a bad range or a cumulative toll with no start', () => {
    const e = incident();
    e.reports[0]!.claims = [
      claim({ attributedTo: ' ' }),
      claim({ people: null }),
      claim({ scope: null }),
      claim({ qualifier: 'range', value: 10, max: 5 }),
      claim({ scope: 'cumulative', since: null }),
      claim({ qualifier: 'roughly' }),
    ];
    const got = messages(input([e]));
    expect(got).toEqual(
      expect.arrayContaining([
        'a claim needs attributedTo: who the report cites (the outlet itself for its own tally)',
        'a killed claim needs people: which class of people was counted',
        'a count needs scope: incident, day, cumulative or period',
        'a range needs max greater than value',
        'a cumulative count needs since (ISO day)',
      ]),
    );
    expect(got.some((m) => m.startsWith('qualifier "roughly" is not one of'))).toBe(true);
  });

  it('accepts a claim with no asOf when its report is dated, and rejects it when neither is', () => {
    const dated = incident();
    dated.reports[0]!.claims = [claim({ asOf: null })];
    expect(messages(input([dated]))).toEqual([]);
    dated.reports[0] = { ...dated.reports[0]!, published: null };
    expect(messages(input([dated]))).toContain('a claim needs a date: asOf, or a published date on its report');
  });

  it('rejects a report published before the incident and warns about a late retrospective', () => {
    const early = incident();
    early.reports[1] = { ...early.reports[1]!, published: '2024-04-20' };
    expect(messages(input([early]))).toContain('published 2024-04-20, before the incident (2024-05-02)');
    const late = incident();
    late.reports[1] = { ...late.reports[1]!, published: '2024-06-30' };
    const result = checkCuration(input([late]));
    expect(result.errors).toEqual([]);
    expect(result.warnings[0]?.message).toContain('59 days after the incident');
  });

  it('rejects an event filed in the wrong month, a bad id, area, category or provenance', () => {
    const wrong = incident({ id: '2024-06-01-khan-younis-x', date: '2024-06-01', area: 'mars' as never, category: 'bombing' as never, provenance: { candidate: 'x', date: [], places: [3] } });
    const got = messages(input([wrong]));
    expect(got).toContain('date 2024-06-01 does not belong in 2024-05.json');
    expect(got.some((m) => m.startsWith('area must be one of'))).toBe(true);
    expect(got.some((m) => m.startsWith('category "bombing"'))).toBe(true);
    expect(got).toContain('provenance points at reports that do not exist: 3');
    expect(got).toContain('provenance.date must name the reports that give the date');
    expect(messages(input([incident({ id: 'Khan Younis strike' })]))[0]).toContain('id must be');
  });

  it('rejects an added place whose name is already another place, or whose parent is unknown', () => {
    const clash: AddedPlace = { ...school, id: 'ps-khan-yunis-2', name: 'Khan Yunis', parent: null };
    const orphan: AddedPlace = { ...school, id: 'ps-orphan', name: 'Orphan Clinic', aliases: [], parent: 'ps-nowhere' };
    const got = messages(input([], { added: [{ path: 'data/places/t.json', places: [school, clash, orphan] }] }));
    expect(got).toContain('"Khan Yunis" is already the place ps-khan-younis: reuse that id, or add this name as an alias there');
    expect(got).toContain('parent "ps-nowhere" is not a known place id');
    const aliasClash: AddedPlace = { ...school, id: 'ps-camp', name: 'Some Camp', aliases: ['Khan Younis'], parent: null };
    expect(messages(input([], { added: [{ path: 'data/places/t.json', places: [aliasClash] }] }))).toContain('"Khan Younis" is already the place ps-khan-younis: reuse that id, or add this name as an alias there');
    expect(messages(input([]))).toEqual([]);
  });

  it("rejects an added place in another country than its parent, and accepts one in the parent's", () => {
    const abroad: AddedPlace = { ...school, id: 'lb-wrong-school', name: 'Border Village School', aliases: [], country: 'LB' };
    expect(messages(input([], { added: [{ path: 'data/places/t.json', places: [abroad] }] }))).toContain(`country LB, but its parent "${school.parent}" is in PS`);
    expect(messages(input([], { added: [{ path: 'data/places/t.json', places: [school] }] }))).toEqual([]);
  });
});

describe('added places no incident uses', () => {
  const unused = (i: CheckInput) => checkCuration(i).warnings.filter((w) => w.message.startsWith('no incident names this place')).map((w) => w.where);

  it('are named in a warning, while a place an incident names, and its added parent, are not', () => {
    const building: AddedPlace = { ...school, id: 'ps-test-annex', name: 'Test School annex', aliases: [], parent: 'ps-test-school' };
    const stray: AddedPlace = { ...school, id: 'ps-stray-clinic', name: 'Stray Clinic', aliases: [], parent: 'ps-khan-younis' };
    const annexIncident = incident({ places: [{ name: 'Test School annex', aliases: [], country: 'PS' }] });
    expect(unused(input([annexIncident], { added: [{ path: 'data/places/t.json', places: [school, building, stray] }] }))).toEqual(['places[2] ps-stray-clinic']);
    expect(unused(input([incident()]))).toEqual([]);
  });
});

describe('originOf', () => {
  it('takes the agency in brackets as the newsroom, else the outlet', () => {
    expect(originOf('Yahoo News (AFP)')).toBe(originOf('AFP'));
    expect(originOf('Al Jazeera')).not.toBe(originOf('Anadolu Agency'));
    expect(originOf('The Japan News (via Reuters)')).toBe(originOf('Reuters'));
  });
});
