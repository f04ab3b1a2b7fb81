// The shape of a dataset pack, as valibot schemas. This file checks each record on its own (types,
// dates, sizes); validate.ts adds what needs the whole pack (ids that must exist, ids used twice).
// Browser-safe: the options page validates imported packs with it before anything is stored.
import * as v from 'valibot';
import { CLAIM_KINDS, CLAIM_SCOPES, PACK_FORMAT, PACK_SCHEMA_VERSION, PEOPLE_CLASSES } from '../../core/types';
import { isIsoDate, isIsoTimestamp } from './dates';
import { count, date, id, isoDate, isoDay, LIMITS, list, str } from './schema-fields';

export { LIMITS } from './schema-fields';

export const EventPlaceSchema = v.object({ id, relation: v.optional(str(LIMITS.text)) });

export const CuratedDisagreementSchema = v.object({
  kind: str(LIMITS.shortText),
  summary: str(LIMITS.text),
  values: list(v.object({ outlet: str(LIMITS.shortText), value: str(LIMITS.shortText) })),
  timingOnly: v.boolean(),
});

export const EventSchema = v.object({
  id,
  title: str(LIMITS.title),
  summary: str(LIMITS.text),
  date: isoDate,
  dateEnd: v.nullable(isoDate),
  precision: v.picklist(['day', 'month', 'year']),
  category: str(LIMITS.shortText),
  places: list(EventPlaceSchema),
  actors: list(id),
  keywords: list(str(LIMITS.shortText)),
  parent: v.nullable(id),
  related: list(id),
  notes: list(CuratedDisagreementSchema),
});

export const ClaimSchema = v.object({
  kind: v.picklist(CLAIM_KINDS),
  value: v.union([count, str(LIMITS.shortText)]),
  max: v.nullable(count),
  qualifier: str(LIMITS.shortText),
  subject: str(LIMITS.shortText),
  people: v.nullable(v.picklist(PEOPLE_CLASSES)),
  subset: v.boolean(),
  scope: v.nullable(v.picklist(CLAIM_SCOPES)),
  since: v.nullable(isoDay),
  attributedTo: str(LIMITS.shortText),
  asOf: v.nullable(isoDate),
  asOfTime: v.nullable(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))),
});

export const ReportSchema = v.object({
  id,
  eventId: id,
  outlet: str(LIMITS.shortText),
  outletId: v.nullable(id),
  url: str(LIMITS.url),
  published: v.nullable(date((s) => isIsoDate(s) || isIsoTimestamp(s))),
  language: str(35), // BCP 47 tags are short
  gist: str(LIMITS.text),
  claims: list(ClaimSchema),
});

export const SeriesPointSchema = v.object({
  date: isoDay,
  value: count,
  reportedBy: v.optional(str(LIMITS.shortText)),
  periodHours: v.optional(count),
});

export const SeriesSchema = v.object({
  id,
  title: str(LIMITS.title),
  region: id,
  measure: v.picklist(['killed', 'injured', 'killed-children', 'killed-women', 'missing']),
  cumulative: v.boolean(),
  reportedBy: str(LIMITS.shortText),
  source: id,
  since: v.optional(isoDay),
  points: list(SeriesPointSchema, LIMITS.points),
});

const latitude = v.pipe(count, v.minValue(-90, 'is not a latitude'), v.maxValue(90, 'is not a latitude'));
const longitude = v.pipe(count, v.minValue(-180, 'is not a longitude'), v.maxValue(180, 'is not a longitude'));

export const PlaceSchema = v.object({
  id,
  name: str(LIMITS.shortText),
  aliases: list(str(LIMITS.shortText)),
  country: v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'is not a two-letter country code'))),
  kind: v.picklist(['country', 'region', 'city', 'town', 'camp', 'district', 'site']),
  lat: v.nullable(latitude),
  lon: v.nullable(longitude),
  parent: v.nullable(id),
  broad: v.boolean(),
});

export const ActorSchema = v.object({
  id,
  name: str(LIMITS.shortText),
  aliases: list(str(LIMITS.shortText)),
  type: v.picklist(['person', 'group', 'org', 'state']),
});

export const OutletSchema = v.object({
  id,
  name: str(LIMITS.shortText),
  domains: list(str(253)),
  kind: v.picklist(['wire', 'broadcaster', 'newspaper', 'online', 'aggregator', 'state-media', 'agency', 'reference', 'unknown']),
  aliases: v.optional(list(str(LIMITS.shortText))),
});

export const SourceSchema = v.object({
  id,
  name: str(LIMITS.shortText),
  licence: str(LIMITS.shortText),
  url: v.nullable(str(LIMITS.url)),
  attribution: str(LIMITS.text),
});

export const MetaSchema = v.object({
  id,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'is not a version like 1.2.0')),
  title: str(LIMITS.title),
  description: str(LIMITS.text),
  builtAt: date(isIsoTimestamp, 'an ISO timestamp'),
  sources: list(SourceSchema, LIMITS.sources),
});

export const PackSchema = v.object({
  format: v.literal(PACK_FORMAT),
  schemaVersion: v.literal(PACK_SCHEMA_VERSION),
  meta: MetaSchema,
  events: list(EventSchema, LIMITS.events),
  reports: list(ReportSchema, LIMITS.reports),
  series: list(SeriesSchema, LIMITS.series),
  places: list(PlaceSchema, LIMITS.places),
  actors: list(ActorSchema, LIMITS.actors),
  outlets: list(OutletSchema, LIMITS.outlets),
});
