// A synthetic pack at scale, for storage, index and matching benchmarks. Pure and seeded: the same
// options give the same pack. Events cluster in bursts (a war week, a flood season), most of them
// happen in a few places (Zipf), and each has 2–8 reports whose tolls rise with their asOf date, with
// the odd outlier — the shapes the real data has, at 100k events.
import type { EventRecord, Pack, ReportRecord } from '../../core/types';
import { PACK_FORMAT, PACK_SCHEMA_VERSION } from '../../core/types';
import { addDays } from './dates';
import { Random, Zipf } from './synthetic-random';
import { MAX_OFFSET, reportsFor, seriesFor, START } from './synthetic-reports';
import { buildWorld, type World } from './synthetic-world';

export interface SyntheticOptions {
  events: number;
  seed: number;
}

const SPAN_DAYS = 4000;
const CATEGORIES = ['airstrike', 'shelling', 'attack', 'clash', 'raid', 'explosion', 'flood', 'fire', 'landslide', 'protest'];

const TITLES: ((x: { cat: string; town: string; n: number; actor: string }) => string)[] = [
  (x) => `${cap(x.cat)} in ${x.town} kills ${x.n}`,
  (x) => `${x.n} dead after ${x.cat} hits ${x.town}`,
  (x) => `${x.actor} blamed for deadly ${x.cat} in ${x.town}`,
  (x) => `Toll from ${x.town} ${x.cat} reaches ${x.n}`,
  (x) => `${cap(x.cat)} near ${x.town}: officials count ${x.n} dead`,
];

/** ISO days from START, computed once: a Date per report would dominate the generation time. */
function dayTable(length: number): string[] {
  return Array.from({ length }, (_, i) => addDays(START, i));
}

function an(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function shuffle<T>(r: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Event days: most fall in bursts around a few hundred centres, the rest anywhere in the span. */
function dayPicker(r: Random, n: number): () => number {
  const centres = Array.from({ length: Math.max(5, Math.round(n / 200)) }, () => r.int(SPAN_DAYS));
  return () => {
    if (!r.chance(0.7)) return r.int(SPAN_DAYS);
    const d = r.pick(centres) + Math.round(r.exponential(4)) * (r.chance(0.5) ? 1 : -1);
    return Math.min(SPAN_DAYS - 1, Math.max(0, d));
  };
}

export function syntheticPack(options: SyntheticOptions): Pack {
  const r = new Random(options.seed);
  const world = buildWorld(r, options.events);
  // Zipf ranks over a shuffled order, so the busiest towns are spread over every country.
  const towns = shuffle(r, world.towns);
  const townZipf = new Zipf(towns.length);
  const outletZipf = new Zipf(world.outlets.length, 0.9);
  const actorZipfs = world.actorsByCountry.map((list) => new Zipf(list.length, 1.1));
  const day = dayPicker(r, options.events);
  const days = dayTable(SPAN_DAYS + MAX_OFFSET + 1);
  const width = String(options.events).length;
  const events: EventRecord[] = [];
  const reports: ReportRecord[] = [];
  const tolls = new Map<number, Map<string, number>>();

  for (let i = 0; i < options.events; i++) {
    const town = towns[townZipf.sample(r)] as World['towns'][number];
    const country = world.countries[town.country] as World['countries'][number];
    const actors = [...new Set(Array.from({ length: r.between(1, 3) }, () => world.actorsByCountry[town.country]?.[actorZipfs[town.country]?.sample(r) ?? 0]))].filter((a) => a !== undefined);
    const dayIndex = day();
    const date = days[dayIndex] as string;
    const cat = r.pick(CATEGORIES);
    const toll = 1 + Math.floor(r.exponential(14));
    const lead = actors[0]?.name ?? country.name;
    const places = [{ id: town.place.id }, ...(town.place.parent ? [{ id: town.place.parent, relation: 'district' }] : [])];
    const id = `syn-e-${String(i).padStart(width, '0')}`;
    const event: EventRecord = {
      id,
      title: r.pick(TITLES)({ cat, town: town.place.name, n: toll, actor: lead }),
      summary: `${cap(an(cat))} in ${town.place.name} on ${date}; reports give between ${Math.floor(toll / 2)} and ${toll} dead. Generated for testing.`,
      date,
      dateEnd: r.chance(0.1) ? (days[dayIndex + r.between(1, 5)] as string) : null,
      precision: 'day',
      category: cat,
      places,
      actors: actors.map((a) => a.id),
      keywords: [town.place.name, cat, ...actors.map((a) => a.name)],
      parent: null,
      related: [],
      notes: [],
    };
    events.push(event);
    reports.push(...reportsFor(r, world, event, dayIndex, days, toll, country, outletZipf));
    const byDay = tolls.get(town.country) ?? new Map<string, number>();
    byDay.set(date, (byDay.get(date) ?? 0) + toll);
    tolls.set(town.country, byDay);
  }

  const last = events.reduce((m, e) => (e.date > m ? e.date : m), START);
  return {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    meta: {
      id: 'synthetic',
      version: '1.0.0',
      title: `Synthetic test pack (${options.events} events, seed ${options.seed})`,
      description: 'Invented places, people, outlets and events for scale tests. Nothing in it happened.',
      builtAt: `${last}T00:00:00Z`,
      sources: [{ id: 'synthetic', name: 'Corroborate synthetic generator', licence: 'CC0 1.0 (generated data)', url: null, attribution: 'Generated by src/data/pack/synthetic.ts; no real-world source.' }],
    },
    events,
    reports,
    series: seriesFor(world, tolls),
    places: world.places,
    actors: world.actors,
    outlets: world.outlets,
  };
}
