// The builder's inputs and their expected shapes. Checked on read, so a hand edit that breaks a
// curated file stops the build with the file and the field rather than producing an odd pack.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { CLAIM_KINDS, CLAIM_SCOPES, PEOPLE_CLASSES } from '../../../core/types';
import { readCsv, readJson } from './io';

const NamedEntry = { name: v.string(), aliases: v.array(v.string()) };

export const QUALIFIERS = ['', 'at least', 'more than', 'about', 'nearly', 'up to', 'fewer than', 'range'] as const;

// The typed fields are optional here: data/events predates them (the builder derives them from the
// claim's words once), data/incidents writes them out (curate/check.ts insists on it).
const SourceClaim = v.object({
  kind: v.picklist(CLAIM_KINDS),
  value: v.union([v.number(), v.string()]),
  max: v.optional(v.nullable(v.number())),
  qualifier: v.string(),
  subject: v.string(),
  people: v.optional(v.nullable(v.picklist(PEOPLE_CLASSES))),
  subset: v.optional(v.boolean()),
  scope: v.optional(v.nullable(v.picklist(CLAIM_SCOPES))),
  since: v.optional(v.nullable(v.string())),
  attributedTo: v.string(),
  asOf: v.nullable(v.string()),
  asOfTime: v.optional(v.nullable(v.string())),
});
export type SourceClaim = v.InferOutput<typeof SourceClaim>;

const SourceEvent = v.object({
  id: v.string(),
  title: v.string(),
  summary: v.string(),
  date: v.string(),
  dateEnd: v.nullable(v.string()),
  datePrecision: v.picklist(['day', 'month', 'year']),
  time: v.optional(v.nullable(v.string())),
  category: v.string(),
  area: v.optional(v.string()),
  places: v.array(v.object({ ...NamedEntry, country: v.string(), relation: v.optional(v.nullable(v.string())) })),
  actors: v.array(v.object({ ...NamedEntry, type: v.picklist(['person', 'group', 'org', 'state']) })),
  keywords: v.array(v.string()),
  provenance: v.optional(
    v.object({ candidate: v.string(), date: v.array(v.number()), places: v.array(v.number()), time: v.optional(v.array(v.number())) }),
  ),
  reports: v.array(
    v.object({
      url: v.string(),
      outlet: v.string(),
      published: v.nullable(v.string()),
      language: v.string(),
      gist: v.string(),
      claims: v.array(SourceClaim),
    }),
  ),
  discrepancies: v.array(
    v.object({
      kind: v.string(),
      summary: v.string(),
      values: v.array(v.object({ outlet: v.string(), value: v.string() })),
      timing_only: v.boolean(),
    }),
  ),
});
export type SourceEvent = v.InferOutput<typeof SourceEvent>;
export type SourcePlace = SourceEvent['places'][number];
export type SourceActor = SourceEvent['actors'][number];

const CuratedPlace = v.object({
  id: v.string(),
  name: v.string(),
  country: v.nullable(v.string()),
  kind: v.picklist(['country', 'region', 'city', 'town', 'camp', 'district', 'site']),
  broad: v.boolean(),
  parent: v.nullable(v.string()),
  aliases: v.array(v.string()),
  dropAliases: v.optional(v.array(v.string())),
  geonames: v.optional(v.object({ name: v.string(), country: v.optional(v.string()), admin1: v.optional(v.string()) })),
  admin2: v.optional(v.string()),
  /** Coordinates given by the curator (data/places), used when GeoNames has none. */
  coords: v.optional(v.object({ lat: v.number(), lon: v.number() })),
});
export type CuratedPlace = v.InferOutput<typeof CuratedPlace>;

/** A place added by curators in data/places/*.json: a site, camp or neighbourhood with a parent. */
const AddedPlace = v.object({
  id: v.string(),
  name: v.string(),
  aliases: v.array(v.string()),
  country: v.string(),
  kind: v.picklist(['region', 'town', 'camp', 'district', 'site']),
  parent: v.nullable(v.string()),
  lat: v.nullable(v.number()),
  lon: v.nullable(v.number()),
  source: v.string(),
});
export type AddedPlace = v.InferOutput<typeof AddedPlace>;
export const AddedPlacesFile = v.object({ places: v.array(AddedPlace) });
export const EventsFile = v.object({ events: v.array(SourceEvent) });

const CuratedActor = v.object({
  id: v.string(),
  name: v.string(),
  type: v.picklist(['person', 'group', 'org', 'state']),
  aliases: v.array(v.string()),
  dropAliases: v.optional(v.array(v.string())),
});
export type CuratedActor = v.InferOutput<typeof CuratedActor>;

const Aliases = v.object({ genericAliases: v.array(v.string()), places: v.array(CuratedPlace), actors: v.array(CuratedActor) });
export type AliasTable = v.InferOutput<typeof Aliases>;

const KnownOutlet = v.object({
  id: v.string(),
  name: v.string(),
  domains: v.array(v.string()),
  kind: v.picklist(['wire', 'broadcaster', 'newspaper', 'online', 'aggregator', 'state-media', 'agency', 'reference', 'unknown']),
  aliases: v.optional(v.array(v.string())),
});
export type KnownOutlet = v.InferOutput<typeof KnownOutlet>;

const PackInfo = v.object({ id: v.string(), version: v.string(), title: v.string(), description: v.string() });
export type PackInfo = v.InferOutput<typeof PackInfo>;

const num = v.optional(v.nullable(v.number()));
const GazaDay = v.object({
  report_date: v.string(),
  report_source: v.string(),
  report_period: v.number(),
  killed: num,
  killed_cum: num,
  injured_cum: num,
  killed_children_cum: num,
  killed_women_cum: num,
});
const LebanonDay = v.object({
  report_date: v.string(),
  report_source: v.string(),
  report_period: v.number(),
  phase: v.number(),
  killed_cum: v.number(),
  injured_cum: v.number(),
  killed_cum_reported: v.number(),
  injured_cum_reported: v.number(),
});
const WestBankDay = v.object({
  report_date: v.string(),
  flash_source: v.string(),
  killed_cum: v.number(),
  killed_children_cum: v.number(),
  injured_cum: v.number(),
  verified: v.optional(v.object({ killed_cum: num, killed_children_cum: num, injured_cum: num })),
});
export type GazaDay = v.InferOutput<typeof GazaDay>;
export type LebanonDay = v.InferOutput<typeof LebanonDay>;
export type WestBankDay = v.InferOutput<typeof WestBankDay>;

export const EVENT_FILES = ['events-2021-misc.json', 'events-2023-24.json', 'events-2024h2.json'];

export interface Inputs {
  info: PackInfo;
  /** data/events and data/incidents together, sorted by id. */
  events: SourceEvent[];
  /** aliases.json places first, then data/places/*.json (as curated places without GeoNames pins). */
  aliases: AliasTable;
  outlets: KnownOutlet[];
  gaza: GazaDay[];
  lebanon: LebanonDay[];
  westBank: WestBankDay[];
  info360: Record<string, string>[];
}

/** data/incidents/YYYY-MM.json, in name order. */
export function incidentFiles(dataDir: string): string[] {
  const dir = join(dataDir, 'incidents');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}\.json$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** data/places/*.json, in name order. */
export function addedPlaceFiles(dataDir: string): string[] {
  const dir = join(dataDir, 'places');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export function readAddedPlaces(dataDir: string): AddedPlace[] {
  return addedPlaceFiles(dataDir).flatMap((f) => readJson(f, AddedPlacesFile).places);
}

/** An added place as an entry of the curated table. */
export function asCuratedPlace(p: AddedPlace): CuratedPlace {
  const c: CuratedPlace = { id: p.id, name: p.name, country: p.country, kind: p.kind, broad: false, parent: p.parent, aliases: p.aliases };
  if (p.lat !== null && p.lon !== null) c.coords = { lat: p.lat, lon: p.lon };
  return c;
}

export function readInputs(dataDir: string): Inputs {
  const at = (p: string) => join(dataDir, p);
  const events = [...EVENT_FILES.map((f) => at(`events/${f}`)), ...incidentFiles(dataDir)].flatMap((f) => readJson(f, EventsFile).events);
  const aliases = readJson(at('aliases.json'), Aliases);
  return {
    info: readJson(at('pack.json'), PackInfo),
    // Sorted by id so the order of files and of events inside them never changes the output.
    events: events.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    aliases: { ...aliases, places: [...aliases.places, ...readAddedPlaces(dataDir).map(asCuratedPlace)] },
    outlets: readJson(at('outlets.json'), v.object({ outlets: v.array(KnownOutlet) })).outlets,
    gaza: readJson(at('tfp/casualties_daily.json'), v.array(GazaDay)),
    lebanon: readJson(at('tfp/lebanon_casualties_daily.json'), v.array(LebanonDay)),
    westBank: readJson(at('tfp/west_bank_daily.json'), v.array(WestBankDay)),
    info360: readCsv(at('360info/daily-killed-cumulative.csv')),
  };
}
