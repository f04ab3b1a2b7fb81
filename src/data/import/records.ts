// Imported rows → pack records. Each row is one event with one report by the dataset itself (UCDP GED
// or ACLED), which carries the typed death claims, and one report per source the dataset coded the
// event from. The source reports carry no claims: the figures are the dataset's coding, and copying
// them onto each source would make one coder's number look like several outlets agreeing.
import { typeClaim } from '../../core/claims';
import { fold } from '../../core/text/fold';
import type { ActorRecord, Claim, EventRecord, OutletRecord, PlaceRecord, ReportRecord, SourceAttribution } from '../../core/types';
import { slug } from '../pack/slug';
import { ImportGazetteer } from './places';
import type { ImportedRow, ImportFormat } from './row';

interface Dataset {
  outlet: OutletRecord;
  label: string; // outlet name on reports and in texts
  attributedTo: string;
  url: (key: string) => string;
  source: SourceAttribution;
}

export const DATASETS: Record<ImportFormat, Dataset> = {
  ged: {
    outlet: { id: 'ucdp-ged', name: 'UCDP Georeferenced Event Dataset', domains: ['ucdp.uu.se'], kind: 'reference' },
    label: 'UCDP GED',
    attributedTo: 'UCDP',
    url: (key) => `https://ucdp.uu.se/downloads/#ged-${key}`,
    source: {
      id: 'ucdp-ged',
      name: 'UCDP Georeferenced Event Dataset (GED)',
      licence: 'CC BY 4.0',
      url: 'https://ucdp.uu.se/downloads/',
      attribution:
        'Event dates, places, sides, sources and death estimates from the Uppsala Conflict Data Program (UCDP) Georeferenced Event Dataset, licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Cite: Sundberg & Melander, "Introducing the UCDP Georeferenced Event Dataset", Journal of Peace Research 50(4), 2013; and Davies, Pettersson & Öberg, Journal of Peace Research, for the GED version used. Titles and summaries are composed by Corroborate from the fields.',
    },
  },
  acled: {
    outlet: { id: 'acled', name: 'Armed Conflict Location & Event Data (ACLED)', domains: ['acleddata.com'], kind: 'reference' },
    label: 'ACLED',
    attributedTo: 'ACLED',
    url: (key) => `https://acleddata.com/#${key}`,
    source: {
      id: 'acled',
      name: 'ACLED export (the user\'s own)',
      licence: "ACLED's terms of use; the user's own export, not distributed with Corroborate",
      url: 'https://acleddata.com/',
      attribution:
        "Event dates, places, actors, sources and fatality figures from the pack builder's own export of the Armed Conflict Location & Event Data Project (ACLED), used under ACLED's terms of use (cite Raleigh, Linke, Hegre & Karlsen, \"Introducing ACLED\", Journal of Peace Research 47(5), 2010). ACLED's notes are not copied; titles and summaries are composed by Corroborate.",
    },
  },
};

export interface ImportedEvent {
  event: EventRecord;
  reports: ReportRecord[];
}

const SHORT = 300;
const clip = (s: string, n = SHORT) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function where(row: ImportedRow): string {
  const name = row.location || row.admin[row.admin.length - 1] || '';
  return name ? `${name}, ${row.country}` : row.country;
}

function title(row: ImportedRow): string {
  const [a = 'unnamed actor', b] = row.actors;
  const dead = `${row.deaths.best} dead`;
  if (row.format === 'ged') {
    return row.kind === 'one-sided' || !b ? `${a} violence against civilians in ${where(row)}: ${dead}` : `Fighting between ${a} and ${b} in ${where(row)}: ${dead}`;
  }
  return `${row.kind || 'Event'} in ${where(row)}${row.actors.length ? ` (${row.actors.join(' / ')})` : ''}: ${dead}`;
}

function summary(row: ImportedRow, label: string): string {
  const span = row.dateEnd ? `from ${row.date} to ${row.dateEnd}` : `on ${row.date}`;
  const estimate = row.deaths.low === row.deaths.high ? `${row.deaths.best} deaths` : `${row.deaths.best} deaths (estimates from ${row.deaths.low} to ${row.deaths.high})`;
  const sides = row.actors.length ? ` involving ${row.actors.join(' and ')}` : '';
  return `${label} codes ${row.kind ? `a ${row.kind} event` : 'an event'}${sides} in ${where(row)} ${span}, with ${estimate}, from ${row.sources.length} source${row.sources.length === 1 ? '' : 's'}.`;
}

function claims(row: ImportedRow, by: string): Claim[] {
  const killed = (value: number, qualifier: string, subject: string, max: number | null = null) =>
    typeClaim({ kind: 'killed', value, max, qualifier, subject, attributedTo: by, asOf: null, people: 'people', scope: 'incident', subset: false });
  if (row.format === 'acled') return [killed(row.deaths.best, '', 'fatalities')];
  const out = [killed(row.deaths.best, '', 'deaths, best estimate')];
  // A range only when the estimates differ: "between 7 and 7" says nothing the best value does not.
  if (row.deaths.high > row.deaths.low) out.push(killed(row.deaths.low, 'range', 'deaths, low to high estimate', row.deaths.high));
  return out;
}

export class ImportedRecords {
  readonly gazetteer: ImportGazetteer;
  private readonly actors = new Map<string, ActorRecord>();
  private readonly outletIds = new Map<string, string>();
  private readonly formats = new Set<ImportFormat>();

  constructor(base: { places?: PlaceRecord[]; outlets?: OutletRecord[] } = {}) {
    this.gazetteer = new ImportGazetteer(base.places ?? []);
    for (const o of base.outlets ?? []) for (const n of [o.name, ...(o.aliases ?? [])]) if (!this.outletIds.has(fold(n))) this.outletIds.set(fold(n), o.id);
  }

  private readonly actorIds = new Map<string, string>();

  private actorFor(name: string, format: ImportFormat): string {
    const known = this.actorIds.get(`${format}:${name}`);
    if (known) return known;
    const id = `${format}-${slug(name).slice(0, 120) || 'actor'}`;
    this.actorIds.set(`${format}:${name}`, id);
    if (!this.actors.has(id)) this.actors.set(id, { id, name: clip(name), aliases: [], type: /^(?:Government of |Military Forces of )/.test(name) ? 'state' : 'group' });
    return id;
  }

  add(row: ImportedRow): ImportedEvent {
    const d = DATASETS[row.format];
    this.formats.add(row.format);
    const id = `${row.format}-${slug(row.key)}`;
    const url = d.url(row.key);
    const event: EventRecord = {
      id,
      title: clip(title(row), 500),
      summary: clip(summary(row, d.label), 4000),
      date: row.date,
      dateEnd: row.dateEnd,
      precision: 'day',
      category: row.category,
      places: this.gazetteer.placesFor(row),
      actors: row.actors.map((a) => this.actorFor(a, row.format)),
      keywords: row.actors.map((a) => clip(a)),
      parent: null,
      related: [],
      notes: [],
    };
    const reports: ReportRecord[] = [
      {
        id: `${id}#${row.format}`,
        eventId: id,
        outlet: d.label,
        outletId: d.outlet.id,
        url,
        published: null,
        language: 'en',
        gist: `${d.label} event ${row.key}: ${row.deaths.best} deaths${row.deaths.low === row.deaths.high ? '' : `, low ${row.deaths.low}, high ${row.deaths.high}`}.`,
        claims: claims(row, d.attributedTo),
      },
      ...row.sources.map((s, i) => ({
        id: `${id}#${row.format}-s${i + 1}`,
        eventId: id,
        outlet: clip(s.outlet),
        outletId: this.outletIds.get(fold(s.outlet)) ?? null,
        url: `${url}-s${i + 1}`,
        published: s.published,
        language: 'en',
        gist: clip(s.headline ? `${s.headline} (as cited by ${d.label})` : `A source ${d.label} coded event ${row.key} from.`, 4000),
        claims: [],
      })),
    ];
    return { event, reports };
  }

  places(): PlaceRecord[] {
    return this.gazetteer.places();
  }

  actorRecords(): ActorRecord[] {
    return [...this.actors.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  }

  /** The datasets' own outlets and attributions, for the formats seen. */
  outlets(): OutletRecord[] {
    return [...this.formats].sort().map((f) => DATASETS[f].outlet);
  }

  sources(): SourceAttribution[] {
    return [...this.formats].sort().map((f) => DATASETS[f].source);
  }
}
