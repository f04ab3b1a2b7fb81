// A small dataset for linking and rule tests: real places and people, events written for the
// tests (the dates and counts are chosen to exercise the rules, not copied from any report).
import type { Pack } from '../../../src/core/types';
import { fakeActor, fakeClaim, fakeEvent, fakePack, fakePlace, fakeReport, fakeSeries } from '../factories';

export const places = [
  fakePlace({ id: 'ps-gaza-strip', name: 'Gaza Strip', aliases: ['Gaza'], kind: 'region', lat: null, lon: null, broad: true }),
  fakePlace({ id: 'ps-khan-younis', name: 'Khan Younis', aliases: ['Khan Yunis'], parent: 'ps-gaza-strip', lat: 31.3462, lon: 34.3063 }),
  fakePlace({ id: 'ps-mawasi', name: 'al-Mawasi', aliases: ['Mawasi'], kind: 'district', parent: 'ps-khan-younis', lat: 31.35, lon: 34.26 }),
  fakePlace({ id: 'ps-jabalia', name: 'Jabalia', aliases: ['Jabaliya'], kind: 'camp', parent: 'ps-gaza-strip', lat: 31.5319, lon: 34.4831 }),
  fakePlace({ id: 'ps-gaza-city', name: 'Gaza City', aliases: [], kind: 'city', parent: 'ps-gaza-strip', lat: 31.5017, lon: 34.4668 }),
  fakePlace({ id: 'lb-beirut', name: 'Beirut', aliases: [], country: 'LB', kind: 'city', lat: 33.8938, lon: 35.5018 }),
  fakePlace({ id: 'lb-dahiyeh', name: 'Dahiyeh', aliases: ['Dahieh', 'southern suburbs of Beirut'], country: 'LB', kind: 'district', parent: 'lb-beirut', lat: 33.85, lon: 35.51 }),
];

export const actors = [
  fakeActor(),
  fakeActor({ id: 'hamas', name: 'Hamas', aliases: [], type: 'group' }),
  fakeActor({ id: 'hezbollah', name: 'Hezbollah', aliases: ['Hizbullah'], type: 'group' }),
  fakeActor({ id: 'izz-al-din-kassab', name: 'Izz al-Din Kassab', aliases: ['Ezzedine Kassab'], type: 'person' }),
  fakeActor({ id: 'yahya-sinwar', name: 'Yahya Sinwar', aliases: [], type: 'person' }),
];

const kassab = fakeEvent({
  id: 'kassab',
  title: 'Israeli strike kills Hamas official Izz al-Din Kassab in Khan Younis',
  summary: 'A strike on a car near Khan Younis killed Izz al-Din Kassab and an aide.',
  date: '2024-11-01',
  category: 'targeted-killing',
  places: [{ id: 'ps-khan-younis' }],
  actors: ['idf', 'hamas', 'izz-al-din-kassab'],
  keywords: ['Izz al-Din Kassab', 'car strike', 'political bureau'],
});
const khanYounisWeekBefore = fakeEvent({
  id: 'ky-strikes',
  title: 'Air strikes on homes in Khan Younis kill dozens',
  summary: 'Strikes on residential blocks in Khan Younis killed dozens of people.',
  date: '2024-10-25',
  category: 'airstrike',
  places: [{ id: 'ps-khan-younis' }],
  actors: ['idf'],
  keywords: ['Khan Younis', 'homes', 'residential blocks'],
});
const beirut = fakeEvent({
  id: 'beirut-suburbs',
  title: 'Israeli strikes hit Beirut southern suburbs',
  summary: 'Overnight strikes hit buildings in the southern suburbs of Beirut.',
  date: '2024-11-01',
  category: 'airstrike',
  places: [{ id: 'lb-dahiyeh' }],
  actors: ['idf', 'hezbollah'],
  keywords: ['Dahiyeh', 'southern suburbs', 'Hezbollah'],
});
const sinwarHomes = fakeEvent({
  id: 'sinwar-homes',
  title: 'Israeli jets destroy the Khan Younis homes of Yahya Sinwar and his brother',
  summary: 'Air strikes destroyed the houses of Hamas leader Yahya Sinwar and his brother in Khan Younis.',
  date: '2021-05-16',
  category: 'airstrike',
  places: [{ id: 'ps-khan-younis' }],
  actors: ['idf', 'yahya-sinwar', 'hamas'],
  keywords: ['Yahya Sinwar', 'homes', 'brother'],
});
const mawasi = fakeEvent({
  id: 'mawasi-strike',
  title: 'Strike on tents in al-Mawasi kills dozens',
  summary: 'A strike on the coastal tent area of al-Mawasi killed dozens of displaced people.',
  date: '2024-07-13',
  category: 'airstrike',
  places: [{ id: 'ps-mawasi', relation: 'coastal area west of Khan Younis' }, { id: 'ps-khan-younis' }],
  actors: ['idf'],
  keywords: ['al-Mawasi', 'tents', 'displaced'],
});

export const reports = [
  fakeReport({ id: 'kassab#1', eventId: 'kassab', outlet: 'Wire A', published: '2024-11-01', gist: 'The army said a strike killed Kassab, whom it called a political bureau member.',
    claims: [
      fakeClaim({ kind: 'killed', value: 2, qualifier: '', subject: 'Hamas officials killed', attributedTo: 'Israeli military', asOf: '2024-11-01' }),
      fakeClaim({ kind: 'role', value: 'member of the Hamas political bureau', qualifier: '', subject: 'Kassab', attributedTo: 'Israeli military', asOf: '2024-11-01' }),
      fakeClaim({ kind: 'role', value: 'a local official, not a member of the political bureau', qualifier: '', subject: 'Kassab', attributedTo: 'Hamas sources', asOf: '2024-11-01' }),
    ] }),
  fakeReport({ id: 'kassab#2', eventId: 'kassab', outlet: 'Paper B', published: '2024-11-02', gist: 'Hamas mourned Kassab and an aide killed when their car was hit near Khan Younis.', claims: [] }),
  fakeReport({ id: 'ky#1', eventId: 'ky-strikes', outlet: 'Wire A', published: '2024-10-25', gist: 'Health officials said strikes on homes in Khan Younis killed 38.',
    claims: [
      fakeClaim({ kind: 'killed', value: 38, qualifier: 'at least', subject: 'people killed', attributedTo: 'Gaza health ministry', asOf: '2024-10-25' }),
      fakeClaim({ kind: 'killed', value: 13, qualifier: '', subject: 'children among the dead', attributedTo: 'Gaza health ministry', asOf: '2024-10-25' }),
    ] }),
  fakeReport({ id: 'ky#2', eventId: 'ky-strikes', outlet: 'Broadcaster C', published: '2024-10-26', gist: 'The toll from the Khan Younis strikes rose to 42.',
    claims: [fakeClaim({ kind: 'killed', value: 42, qualifier: '', subject: 'people killed', attributedTo: 'Gaza health ministry', asOf: '2024-10-26' })] }),
  fakeReport({ id: 'ky#3', eventId: 'ky-strikes', outlet: 'Wire D', published: '2024-10-25', gist: 'The army said fewer than 20 were killed, most of them fighters.',
    claims: [fakeClaim({ kind: 'killed', value: 18, qualifier: 'about', subject: 'people killed, fighters and civilians', attributedTo: 'Israeli military', asOf: '2024-10-25' })] }),
  fakeReport({ id: 'beirut#1', eventId: 'beirut-suburbs', outlet: 'Wire A', published: '2024-11-01', gist: 'Strikes hit several buildings in Beirut southern suburbs overnight.', claims: [] }),
  fakeReport({ id: 'sinwar#1', eventId: 'sinwar-homes', outlet: 'Wire A', published: '2021-05-16', gist: 'Jets struck the homes of Yahya Sinwar and his brother in Khan Younis.', claims: [] }),
  fakeReport({ id: 'mawasi#1', eventId: 'mawasi-strike', outlet: 'Wire A', published: '2024-07-13', gist: 'A strike hit tents in al-Mawasi, west of Khan Younis.',
    claims: [fakeClaim({ kind: 'place', value: 'al-Mawasi, west of Khan Younis', qualifier: '', subject: 'location', attributedTo: '', asOf: '2024-07-13' })] }),
];

/** A fresh copy each call: a test that adds a report changes its own world only. */
export function world(overrides: Partial<Pack> = {}): Pack {
  return fakePack({
    events: structuredClone([kassab, khanYounisWeekBefore, beirut, sinwarHomes, mawasi]),
    reports: structuredClone(reports),
    places: structuredClone(places),
    actors: structuredClone(actors),
    series: [fakeSeries({ region: 'ps-gaza-strip', points: [{ date: '2024-10-24', value: 42800 }, { date: '2024-10-25', value: 42847 }, { date: '2024-10-26', value: 42924 }] })],
    ...overrides,
  });
}
