// ACLED's export layout (the columns of its data export tool). One row is one event on one day at one
// location, with one fatality figure and the sources it was coded from (";"-separated). The file is
// the user's own export under ACLED's terms: nothing of it is kept in this repository, and the notes
// column (ACLED's own text) is not copied into the pack.
import type { PlaceKind } from '../../core/types';
import { importCountryCode } from './countries';
import { readCoordinate, readCount, readDay, readList } from './fields';
import type { Layout } from './header';
import { RowError, type Cells, type ImportedRow } from './row';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1',
  'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region',
  'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale',
  'notes', 'fatalities', 'tags', 'timestamp',
] as const;

const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'admin2', 'location', 'latitude', 'longitude', 'source', 'fatalities'];

export const ACLED_LAYOUT: Layout = {
  name: 'ACLED',
  columns: ACLED_COLUMNS,
  required: ACLED_REQUIRED,
  reads: [...ACLED_REQUIRED, 'admin3', 'civilian_targeting'],
  toRow: (get, line) => acledRow(get, line),
};

// Our categories for ACLED's sub-event types; the event type decides the rest.
const SUB_EVENT: Record<string, string> = {
  'air/drone strike': 'airstrike',
  'shelling/artillery/missile attack': 'shelling',
  'armed clash': 'armed-clash',
  attack: 'attack',
  'remote explosive/landmine/ied': 'explosion',
  'suicide bomb': 'explosion',
  grenade: 'explosion',
};
const EVENT_TYPE: Record<string, string> = {
  battles: 'armed-clash',
  'violence against civilians': 'attack',
  'explosions/remote violence': 'explosion',
  protests: 'protest',
  riots: 'protest',
};

export function acledRow(get: Cells, line: number): ImportedRow {
  const key = get('event_id_cnty').trim();
  if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new RowError(`event_id_cnty ${JSON.stringify(get('event_id_cnty'))} is not an ACLED event id`);
  const date = readDay('event_date', get('event_date'));
  const fatalities = readCount('fatalities', get('fatalities'));
  const country = get('country').trim();
  if (!country) throw new RowError('country is empty');
  const sub = get('sub_event_type').trim();
  const type = get('event_type').trim();
  const location = get('location').trim();
  return {
    format: 'acled',
    key,
    line,
    date,
    dateEnd: null,
    country,
    countryCode: importCountryCode(country),
    admin: [get('admin1'), get('admin2'), get('admin3')].map((s) => s.trim()).filter(Boolean),
    location,
    locationKind: 'town' as PlaceKind,
    lat: readCoordinate('latitude', get('latitude'), 90),
    lon: readCoordinate('longitude', get('longitude'), 180),
    actors: [get('actor1'), get('actor2')].map((s) => s.trim()).filter(Boolean),
    category: SUB_EVENT[sub.toLowerCase()] ?? EVENT_TYPE[type.toLowerCase()] ?? 'other',
    kind: sub || type,
    deaths: { best: fatalities, low: fatalities, high: fatalities },
    civilianTargeting: get('civilian_targeting').trim() !== '',
    sources: readList(get('source')).map((outlet) => ({ outlet, published: null, headline: '' })),
  };
}
