// A fast yes/no check that a parsed value has the shape of PackSchema (src/data/pack/schema.ts).
// valibot walks a 100k-event pack in ~4 s because it builds an output copy and issue lists for
// every record; these plain functions take ~0.2 s (decode.ts runs them per record). They never
// explain anything: on a no, the caller runs the valibot schema, so the messages a user sees are
// always the schema's.
//
// Contract (tested against the schema): whenever this returns true, v.safeParse(PackSchema, value)
// succeeds and its output deep-equals the input. That is why objects must carry no keys beyond the
// schema's: valibot drops unknown keys, and such a pack goes the slow way so that what is stored is
// exactly what the schema would output.
import { CLAIM_KINDS, CLAIM_SCOPES, PACK_FORMAT, PACK_SCHEMA_VERSION, PEOPLE_CLASSES } from '../../core/types';
import { isIsoTimestamp } from '../pack/dates';
import { LIMITS } from '../pack/schema-fields';
import { isDate, isDay } from './iso-dates';

type Obj = Record<string, unknown>;

const PRECISIONS = new Set(['day', 'month', 'year']);
const CLAIM_KINDS_SET = new Set<string>(CLAIM_KINDS);
const PEOPLE_SET = new Set<string>(PEOPLE_CLASSES);
const SCOPE_SET = new Set<string>(CLAIM_SCOPES);
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const MEASURES = new Set(['killed', 'injured', 'killed-children', 'killed-women', 'missing']);
const PLACE_KINDS = new Set(['country', 'region', 'city', 'town', 'camp', 'district', 'site']);
const ACTOR_TYPES = new Set(['person', 'group', 'org', 'state']);
const OUTLET_KINDS = new Set(['wire', 'broadcaster', 'newspaper', 'online', 'aggregator', 'state-media', 'agency', 'reference', 'unknown']);
const COUNTRY = /^[A-Z]{2}$/;
const VERSION = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Enumerable keys, without allocating Object.keys() for a million records. JSON.parse makes plain
 * objects, so these are own keys; an inherited enumerable key could only raise the count, which
 * sends the pack the slow (exact) way.
 */
function keyCount(o: Obj): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

const str = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;
const id = (v: unknown): boolean => typeof v === 'string' && v.length >= 1 && v.length <= LIMITS.id;
const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isoDate = (v: unknown): boolean => typeof v === 'string' && isDate(v);
const isoDay = (v: unknown): boolean => typeof v === 'string' && isDay(v);
const optional = (o: Obj, key: string): number => (o[key] === undefined ? 0 : 1);

function list(v: unknown, item: (x: unknown) => boolean, max: number = LIMITS.perRecordList): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
  return true;
}

const shortText = (v: unknown) => str(v, LIMITS.shortText);

function eventPlace(p: unknown): boolean {
  if (!isObj(p) || !id(p.id)) return false;
  if (p.relation !== undefined && !str(p.relation, LIMITS.text)) return false;
  return keyCount(p) === 1 + optional(p, 'relation');
}

function noteValue(x: unknown): boolean {
  return isObj(x) && shortText(x.outlet) && shortText(x.value) && keyCount(x) === 2;
}

function note(n: unknown): boolean {
  return isObj(n) && shortText(n.kind) && str(n.summary, LIMITS.text) && list(n.values, noteValue) && typeof n.timingOnly === 'boolean' && keyCount(n) === 4;
}

function event(e: unknown): boolean {
  return (
    isObj(e) &&
    id(e.id) &&
    str(e.title, LIMITS.title) &&
    str(e.summary, LIMITS.text) &&
    isoDate(e.date) &&
    (e.dateEnd === null || isoDate(e.dateEnd)) &&
    PRECISIONS.has(e.precision as string) &&
    shortText(e.category) &&
    list(e.places, eventPlace) &&
    list(e.actors, id) &&
    list(e.keywords, shortText) &&
    (e.parent === null || id(e.parent)) &&
    list(e.related, id) &&
    list(e.notes, note) &&
    keyCount(e) === 13
  );
}

function claim(c: unknown): boolean {
  return (
    isObj(c) &&
    CLAIM_KINDS_SET.has(c.kind as string) &&
    (num(c.value) || shortText(c.value)) &&
    (c.max === null || num(c.max)) &&
    shortText(c.qualifier) &&
    shortText(c.subject) &&
    (c.people === null || PEOPLE_SET.has(c.people as string)) &&
    typeof c.subset === 'boolean' &&
    (c.scope === null || SCOPE_SET.has(c.scope as string)) &&
    (c.since === null || isoDay(c.since)) &&
    shortText(c.attributedTo) &&
    (c.asOf === null || isoDate(c.asOf)) &&
    (c.asOfTime === null || (typeof c.asOfTime === 'string' && HH_MM.test(c.asOfTime))) &&
    keyCount(c) === 12
  );
}

function report(r: unknown): boolean {
  return (
    isObj(r) &&
    id(r.id) &&
    id(r.eventId) &&
    shortText(r.outlet) &&
    (r.outletId === null || id(r.outletId)) &&
    str(r.url, LIMITS.url) &&
    (r.published === null || (typeof r.published === 'string' && (isDate(r.published) || isIsoTimestamp(r.published)))) &&
    str(r.language, 35) &&
    str(r.gist, LIMITS.text) &&
    list(r.claims, claim) &&
    keyCount(r) === 9
  );
}

function point(p: unknown): boolean {
  if (!isObj(p) || !isoDay(p.date) || !num(p.value)) return false;
  if (p.reportedBy !== undefined && !shortText(p.reportedBy)) return false;
  if (p.periodHours !== undefined && !num(p.periodHours)) return false;
  return keyCount(p) === 2 + optional(p, 'reportedBy') + optional(p, 'periodHours');
}

function series(s: unknown): boolean {
  return (
    isObj(s) &&
    id(s.id) &&
    str(s.title, LIMITS.title) &&
    id(s.region) &&
    MEASURES.has(s.measure as string) &&
    typeof s.cumulative === 'boolean' &&
    shortText(s.reportedBy) &&
    id(s.source) &&
    (s.since === undefined || isoDay(s.since)) &&
    list(s.points, point, LIMITS.points) &&
    keyCount(s) === 8 + optional(s, 'since')
  );
}

const between = (v: unknown, lo: number, hi: number): boolean => num(v) && (v as number) >= lo && (v as number) <= hi;

function place(p: unknown): boolean {
  return (
    isObj(p) &&
    id(p.id) &&
    shortText(p.name) &&
    list(p.aliases, shortText) &&
    (p.country === null || (typeof p.country === 'string' && COUNTRY.test(p.country))) &&
    PLACE_KINDS.has(p.kind as string) &&
    (p.lat === null || between(p.lat, -90, 90)) &&
    (p.lon === null || between(p.lon, -180, 180)) &&
    (p.parent === null || id(p.parent)) &&
    typeof p.broad === 'boolean' &&
    keyCount(p) === 9
  );
}

function actor(a: unknown): boolean {
  return isObj(a) && id(a.id) && shortText(a.name) && list(a.aliases, shortText) && ACTOR_TYPES.has(a.type as string) && keyCount(a) === 4;
}

function outlet(o: unknown): boolean {
  return (
    isObj(o) &&
    id(o.id) &&
    shortText(o.name) &&
    list(o.domains, (d) => str(d, 253)) &&
    OUTLET_KINDS.has(o.kind as string) &&
    (o.aliases === undefined || list(o.aliases, shortText)) &&
    keyCount(o) === 4 + optional(o, 'aliases')
  );
}

function source(s: unknown): boolean {
  return isObj(s) && id(s.id) && shortText(s.name) && shortText(s.licence) && (s.url === null || str(s.url, LIMITS.url)) && str(s.attribution, LIMITS.text) && keyCount(s) === 5;
}

function meta(m: unknown): boolean {
  return (
    isObj(m) &&
    id(m.id) &&
    typeof m.version === 'string' &&
    VERSION.test(m.version) &&
    str(m.title, LIMITS.title) &&
    str(m.description, LIMITS.text) &&
    typeof m.builtAt === 'string' &&
    isIsoTimestamp(m.builtAt) &&
    list(m.sources, source, LIMITS.sources) &&
    keyCount(m) === 6
  );
}

/** Checks of the top-level members, one per key of a pack (the big arrays per element). */
export const memberChecks = {
  format: (v: unknown) => v === PACK_FORMAT,
  schemaVersion: (v: unknown) => v === PACK_SCHEMA_VERSION,
  meta,
  series: (v: unknown) => list(v, series, LIMITS.series),
  places: (v: unknown) => list(v, place, LIMITS.places),
  actors: (v: unknown) => list(v, actor, LIMITS.actors),
  outlets: (v: unknown) => list(v, outlet, LIMITS.outlets),
} as const;

export const isEventRecord = event;
export const isReportRecord = report;

/** True only for a value PackSchema accepts unchanged (see the contract above). */
export function looksLikeValidPack(value: unknown): boolean {
  return (
    isObj(value) &&
    memberChecks.format(value.format) &&
    memberChecks.schemaVersion(value.schemaVersion) &&
    meta(value.meta) &&
    list(value.events, event, LIMITS.events) &&
    list(value.reports, report, LIMITS.reports) &&
    memberChecks.series(value.series) &&
    memberChecks.places(value.places) &&
    memberChecks.actors(value.actors) &&
    memberChecks.outlets(value.outlets) &&
    keyCount(value) === 9
  );
}
