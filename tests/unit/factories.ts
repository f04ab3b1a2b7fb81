// Factories for dataset records: a small, valid, self-consistent pack and its parts, each taking
// overrides (`fakeEvent({ date: '2024-11-01' })`). The defaults refer to each other: fakeEvent() sits in
// Khan Younis (ps-khan-younis) with the IDF (idf), fakeReport() covers ev-1 from Reuters.
import { typeClaim } from '../../src/core/claims';
import {
  PACK_FORMAT,
  PACK_SCHEMA_VERSION,
  type ActorRecord,
  type Claim,
  type EventRecord,
  type OutletRecord,
  type Pack,
  type PackMeta,
  type PlaceRecord,
  type ReportRecord,
  type SeriesRecord,
  type SourceAttribution,
} from '../../src/core/types';

export function fakePlace(overrides: Partial<PlaceRecord> = {}): PlaceRecord {
  return {
    id: 'ps-khan-younis',
    name: 'Khan Younis',
    aliases: ['Khan Yunis', 'خان يونس'],
    country: 'PS',
    kind: 'city',
    lat: 31.34018,
    lon: 34.30627,
    parent: null,
    broad: false,
    ...overrides,
  };
}

export function fakeActor(overrides: Partial<ActorRecord> = {}): ActorRecord {
  return { id: 'idf', name: 'Israel Defense Forces', aliases: ['IDF', 'Israeli army'], type: 'org', ...overrides };
}

export function fakeOutlet(overrides: Partial<OutletRecord> = {}): OutletRecord {
  return { id: 'reuters', name: 'Reuters', domains: ['reuters.com'], kind: 'wire', ...overrides };
}

export function fakeClaim(overrides: Partial<Claim> = {}): Claim {
  return typeClaim({ kind: 'killed', value: 38, qualifier: 'at least', subject: 'people killed', attributedTo: 'Gaza Health Ministry', asOf: '2024-07-22', ...overrides });
}

export function fakeEvent(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'ev-1',
    title: 'Strikes on eastern Khan Younis',
    summary: 'Air strikes hit the east of Khan Younis during a ground incursion.',
    date: '2024-07-22',
    dateEnd: null,
    precision: 'day',
    category: 'airstrike',
    places: [{ id: 'ps-khan-younis', relation: 'east of the city' }],
    actors: ['idf'],
    keywords: ['Khan Younis', 'incursion'],
    parent: null,
    related: [],
    notes: [],
    ...overrides,
  };
}

export function fakeReport(overrides: Partial<ReportRecord> = {}): ReportRecord {
  return {
    id: 'ev-1#1',
    eventId: 'ev-1',
    outlet: 'Reuters',
    outletId: 'reuters',
    url: 'https://www.reuters.com/world/middle-east/example-2024-07-22/',
    published: '2024-07-22',
    language: 'en',
    gist: 'Health officials counted dozens killed in strikes on the east of Khan Younis.',
    claims: [fakeClaim()],
    ...overrides,
  };
}

export function fakeSeries(overrides: Partial<SeriesRecord> = {}): SeriesRecord {
  return {
    id: 'gaza-killed',
    title: 'Gaza: people killed since 7 October 2023',
    region: 'ps-gaza-strip',
    measure: 'killed',
    cumulative: true,
    reportedBy: 'Gaza Ministry of Health',
    source: 'tfp',
    since: '2023-10-07',
    points: [
      { date: '2024-07-21', value: 39006 },
      { date: '2024-07-22', value: 39090, reportedBy: 'Gaza Government Media Office' },
    ],
    ...overrides,
  };
}

export function fakeSource(overrides: Partial<SourceAttribution> = {}): SourceAttribution {
  return { id: 'tfp', name: 'Tech for Palestine', licence: 'Public domain', url: 'https://github.com/TechForPalestine/palestine-datasets', attribution: 'Daily figures compiled by Tech for Palestine.', ...overrides };
}

export function fakeMeta(overrides: Partial<PackMeta> = {}): PackMeta {
  return { id: 'test', version: '1.0.0', title: 'Test pack', description: 'A small pack for tests.', builtAt: '2024-07-23T00:00:00Z', sources: [fakeSource()], ...overrides };
}

/** Two events, three reports, one series, and the places, actors and outlets they refer to. */
export function fakePack(overrides: Partial<Pack> = {}): Pack {
  return {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    meta: fakeMeta(),
    events: [
      fakeEvent(),
      fakeEvent({ id: 'ev-2', title: 'Evacuation order for al-Qarara', date: '2024-07-01', dateEnd: '2024-07-02', places: [{ id: 'ps-qarara' }], category: 'other', related: [] }),
    ],
    reports: [
      fakeReport(),
      fakeReport({ id: 'ev-1#2', outlet: 'Dunya News (Reuters)', outletId: null, url: 'https://dunyanews.tv/en/example', claims: [fakeClaim({ value: 42, qualifier: '' })] }),
      fakeReport({ id: 'ev-2#1', eventId: 'ev-2', published: null, claims: [] }),
    ],
    series: [fakeSeries()],
    places: [
      fakePlace({ id: 'ps-gaza-strip', name: 'Gaza Strip', aliases: ['Gaza'], kind: 'region', lat: null, lon: null, broad: true }),
      fakePlace({ parent: 'ps-gaza-strip' }),
      fakePlace({ id: 'ps-qarara', name: 'al-Qarara', aliases: ['Qarara', 'القرارة'], kind: 'town', parent: 'ps-khan-younis' }),
    ],
    actors: [fakeActor()],
    outlets: [fakeOutlet()],
    ...overrides,
  };
}
