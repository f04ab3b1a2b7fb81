// UCDP GED events (as linked to news articles in the ucdp-aec corpus) as a pack: a real-world format
// and scale test for storage and matching. Each record becomes an event with one synthetic report,
// "UCDP GED", whose claims are UCDP's low, best and high death estimates. Titles and summaries are
// composed from the fields with the project's own templates. Browser-safe; reading files is in
// build/ucdp-read.ts.
import * as v from 'valibot';
import type { ActorRecord, EventRecord, Pack, ReportRecord } from '../../core/types';
import { PACK_FORMAT, PACK_SCHEMA_VERSION } from '../../core/types';
import { typeClaim } from '../../core/claims';
import { describeIssue } from './issues';
import { slug } from './slug';
import { countryName } from './ucdp-countries';
import { UcdpGazetteer } from './ucdp-places';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const UcdpRecordSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  deaths_side_a: count,
  deaths_side_b: count,
  deaths_civilian: count,
  deaths_unknown: count,
  deaths_low: count,
  deaths_high: count,
  side_a_name: v.string(),
  side_b_name: v.string(),
  location_root_name: v.pipe(v.string(), v.minLength(1)),
  location_adm1_name: v.string(),
  location_adm2_name: v.string(),
  location_where_name: v.string(),
  start_date: v.pipe(v.string(), v.isoDate()),
  end_date: v.pipe(v.string(), v.isoDate()),
});
export type UcdpRecord = v.InferOutput<typeof UcdpRecordSchema>;

/** Checks one parsed jsonl record; `where` ("train.jsonl:12") goes into the error. */
export function parseUcdpRecord(value: unknown, where: string): UcdpRecord {
  const parsed = v.safeParse(UcdpRecordSchema, value);
  if (!parsed.success) throw new Error(`${where}: ${parsed.issues.slice(0, 3).map(describeIssue).join('; ')}`);
  return parsed.output;
}

const CIVILIANS = 'Civilians'; // UCDP's side b in one-sided violence
const OUTLET = { id: 'ucdp-ged', name: 'UCDP Georeferenced Event Dataset', domains: ['ucdp.uu.se'], kind: 'reference' as const };
const DATASET_URL = 'https://github.com/ltgoslo/ucdp-aec';

function actorFor(name: string, actors: Map<string, ActorRecord>): string {
  const id = `ucdp-${slug(name) || 'actor'}`;
  if (!actors.has(id)) actors.set(id, { id, name, aliases: [], type: /^Government of /.test(name) ? 'state' : 'group' });
  return id;
}

function label(r: UcdpRecord): string {
  const where = r.location_where_name || r.location_adm2_name || r.location_adm1_name;
  const country = countryName(r.location_root_name);
  return where ? `${where}, ${country}` : country;
}

export function ucdpPack(records: UcdpRecord[]): Pack {
  const gazetteer = new UcdpGazetteer();
  const actors = new Map<string, ActorRecord>();
  const events: EventRecord[] = [];
  const reports: ReportRecord[] = [];
  let latest = '';
  for (const r of [...records].sort((a, b) => a.id - b.id)) {
    const best = r.deaths_side_a + r.deaths_side_b + r.deaths_civilian + r.deaths_unknown;
    const oneSided = r.side_b_name === CIVILIANS;
    const sides = [r.side_a_name, r.side_b_name].filter((s) => s && s !== CIVILIANS);
    const id = `ucdp-${r.id}`;
    const where = label(r);
    const title = oneSided
      ? `${r.side_a_name} violence against civilians in ${where}: ${best} dead`
      : `Fighting between ${r.side_a_name} and ${r.side_b_name} in ${where}: ${best} dead`;
    const span = r.end_date !== r.start_date ? `from ${r.start_date} to ${r.end_date}` : `on ${r.start_date}`;
    events.push({
      id,
      title,
      summary: `UCDP codes ${best} deaths ${span} (estimates from ${r.deaths_low} to ${r.deaths_high}): ${r.side_a_name} ${r.deaths_side_a}, ${r.side_b_name} ${r.deaths_side_b}, civilians ${r.deaths_civilian}, unknown ${r.deaths_unknown}.`,
      date: r.start_date,
      dateEnd: r.end_date !== r.start_date ? r.end_date : null,
      precision: 'day',
      category: oneSided ? 'attack' : 'armed-clash',
      places: gazetteer.placesFor(r),
      actors: sides.map((s) => actorFor(s, actors)),
      keywords: sides,
      parent: null,
      related: [],
      notes: [],
    });
    const claim = (value: number, qualifier: string, subject: string) => typeClaim({ kind: 'killed', value, qualifier, subject, attributedTo: 'UCDP', asOf: null });
    reports.push({
      id: `${id}#1`,
      eventId: id,
      outlet: 'UCDP GED',
      outletId: OUTLET.id,
      url: `${DATASET_URL}#ged-${r.id}`,
      published: null,
      language: 'en',
      gist: `UCDP GED event ${r.id}: best estimate ${best} deaths, low ${r.deaths_low}, high ${r.deaths_high}.`,
      claims: [claim(best, '', 'deaths, best estimate'), claim(r.deaths_low, 'at least', 'deaths, low estimate'), claim(r.deaths_high, 'up to', 'deaths, high estimate')],
    });
    if (r.end_date > latest) latest = r.end_date;
  }
  return {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    meta: {
      id: 'ucdp-aec',
      version: '1.0.0',
      title: 'UCDP GED events linked to news (ucdp-aec)',
      description: `${events.length} organised-violence events, 1989–2023, with UCDP's death estimates; for format and scale tests.`,
      builtAt: `${latest || '1970-01-01'}T00:00:00Z`,
      sources: [
        {
          id: 'ucdp',
          name: 'UCDP Georeferenced Event Dataset, via ltgoslo/ucdp-aec',
          licence: 'CC BY 4.0',
          url: 'https://ucdp.uu.se/',
          attribution:
            'Event dates, places, sides and death estimates from the Uppsala Conflict Data Program (UCDP) Georeferenced Event Dataset (Sundberg & Melander, Journal of Peace Research 50(4), 2013), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as selected in the ucdp-aec corpus (https://github.com/ltgoslo/ucdp-aec).',
        },
      ],
    },
    events,
    reports,
    series: [],
    places: gazetteer.places(),
    actors: [...actors.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    outlets: [OUTLET],
  };
}
