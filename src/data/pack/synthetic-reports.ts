// Reports and official series for synthetic events: 2–8 reports per event from Zipf-chosen outlets,
// tolls that climb towards the final figure as the asOf date moves on, an outlier now and then, and a
// daily and a cumulative series per invented country.
import { typeClaim } from '../../core/claims';
import type { Claim, EventRecord, ReportRecord, SeriesRecord } from '../../core/types';
import type { Random, Zipf } from './synthetic-random';
import type { World } from './synthetic-world';

export const START = '2014-01-01';
export const MAX_OFFSET = 60; // days between an event and its last report
const QUALIFIERS = ['', '', 'at least', 'at least', 'more than', 'about', 'nearly'];
const LANGUAGES = ['en', 'en', 'en', 'en', 'fr', 'ar', 'de', 'es'];

export function reportsFor(r: Random, world: World, event: EventRecord, day: number, days: string[], toll: number, country: World['countries'][number], outletZipf: Zipf): ReportRecord[] {
  const count = Math.min(8, 2 + Math.floor(r.exponential(1.4)));
  const offsets = Array.from({ length: count }, () => Math.min(MAX_OFFSET, Math.floor(r.exponential(2)))).sort((a, b) => a - b);
  const sources = [country.health.name, 'local officials', `${country.name}n army`, 'medics', ''];
  return offsets.map((offset, j): ReportRecord => {
    const outlet = world.outlets[outletZipf.sample(r)] ?? world.outlets[0];
    const asOf = days[day + offset] as string;
    // Tolls climb towards the final figure as days pass; one report in twelve is an outlier.
    let killed = Math.round(toll * Math.min(1, 0.45 + 0.2 * offset + 0.1 * r.next()));
    if (r.chance(1 / 12)) killed = r.chance(0.5) ? killed * 3 + r.int(10) : Math.floor(killed / 3);
    const attributedTo = r.pick(sources);
    const claims: Claim[] = [typeClaim({ kind: 'killed', value: killed, qualifier: r.pick(QUALIFIERS), subject: 'people killed', attributedTo, asOf })];
    if (r.chance(0.45)) claims.push(typeClaim({ kind: 'injured', value: Math.round(killed * (1.5 + r.next() * 2)), qualifier: r.pick(QUALIFIERS), subject: 'people injured', attributedTo, asOf }));
    const wire = r.chance(0.2) ? r.pick(world.wires) : null;
    const name = outlet?.name ?? 'Unknown';
    return {
      id: `${event.id}#${j + 1}`,
      eventId: event.id,
      outlet: wire && wire.id !== outlet?.id ? `${name} (with ${wire.name})` : name,
      outletId: outlet?.id ?? null,
      url: `https://${outlet?.domains[0] ?? 'news.example'}/${asOf.slice(0, 7).replace('-', '/')}/${event.id.slice(6)}-${j + 1}`,
      published: r.chance(0.1) ? null : asOf,
      language: r.pick(LANGUAGES),
      gist: `${name} puts the dead at ${killed}${attributedTo ? `, citing ${attributedTo}` : ''}.`,
      claims,
    };
  });
}

export function seriesFor(world: World, tolls: Map<number, Map<string, number>>): SeriesRecord[] {
  return world.countries.flatMap((c, i) => {
    const byDay = tolls.get(i);
    if (!byDay?.size) return [];
    const days = [...byDay.keys()].sort();
    let total = 0;
    const base = { region: c.place.id, reportedBy: c.health.name, source: 'synthetic', measure: 'killed' } as const;
    return [
      { ...base, id: `syn-${c.code.toLowerCase()}-killed-daily`, title: `${c.name}: people killed per day`, cumulative: false, points: days.map((d) => ({ date: d, value: byDay.get(d) ?? 0 })) },
      { ...base, id: `syn-${c.code.toLowerCase()}-killed`, title: `${c.name}: people killed, cumulative`, cumulative: true, since: START, points: days.map((d) => ({ date: d, value: (total += byDay.get(d) ?? 0) })) },
    ];
  });
}
