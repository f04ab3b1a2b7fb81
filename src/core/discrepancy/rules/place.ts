// place: the article puts a place in the wrong direction from another ("al-Mawasi, east of Khan
// Younis" when it lies on the coast to the west). Evidence is the gazetteer's coordinates and the
// relations the records themselves state; where the records disagree among themselves (one outlet
// east, another west) the article agrees with one of them and nothing is flagged.
import type { Direction, Discrepancy, PlaceMention, PlaceRecord } from '../../types';
import { compileNames, findNames } from '../../mentions/names';
import { placeMentions } from '../../mentions/places';
import { withParents } from '../../matching/features';
import type { Rule, RuleInput } from '../rule';

const ANGLE: Partial<Record<Direction, number>> = {
  north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315,
};
const CONTRADICTION_DEGREES = 100;
// Below this distance (km) the places are one another's neighbourhoods: bearings mean little.
const MIN_DISTANCE_KM = 1.2;

function angleDiff(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

function bearing(from: PlaceRecord, to: PlaceRecord): { deg: number; km: number } | null {
  if (from.lat === null || from.lon === null || to.lat === null || to.lon === null) return null;
  const rad = Math.PI / 180;
  const dLon = (to.lon - from.lon) * rad;
  const y = Math.sin(dLon) * Math.cos(to.lat * rad);
  const x = Math.cos(from.lat * rad) * Math.sin(to.lat * rad) - Math.sin(from.lat * rad) * Math.cos(to.lat * rad) * Math.cos(dLon);
  const deg = ((Math.atan2(y, x) / rad) + 360) % 360;
  const km = Math.hypot((to.lat - from.lat) * 111, (to.lon - from.lon) * 111 * Math.cos(from.lat * rad));
  return { deg, km };
}

interface Stated {
  subject: string;
  of: string;
  direction: Direction;
  source: string;
  url: string | null;
}

/** Directions the records state, from event places' relation notes and place claims. */
function recordDirections(input: RuleInput): Stated[] {
  const compiled = compileNames(input.lexicon.places, input.lexicon.actors, input.lexicon);
  const broad = new Set(input.lexicon.places.filter((p) => p.broad).map((p) => p.id));
  const out: Stated[] = [];
  const read = (text: string, defaultSubject: string | null, source: string, url: string | null) => {
    for (const m of placeMentions(text, findNames(text, compiled), broad)) {
      const subject = m.relation?.subject ?? defaultSubject;
      if (m.relation && m.relation.kind === 'of' && subject && subject !== m.relation.of) {
        out.push({ subject, of: m.relation.of, direction: m.relation.direction, source, url });
      }
    }
  };
  for (const { bundle } of input.matches) {
    for (const p of bundle.event.places) if (p.relation) read(p.relation, p.id, 'the dataset', null);
    for (const r of bundle.reports) for (const c of r.claims) if (c.kind === 'place' && typeof c.value === 'string') read(c.value, null, r.outlet, r.url);
  }
  return out;
}

function describe(dir: Direction, of: string, places: ReadonlyMap<string, PlaceRecord>): string {
  return `${dir} of ${places.get(of)?.name ?? of}`;
}

export const placeRule: Rule = {
  kind: 'place',
  run(input) {
    if (!input.matches.length) return [];
    const eventPlaces = withParents(input.matches.flatMap((m) => m.bundle.event.places.map((p) => p.id)), input.places);
    const records = recordDirections(input);
    const out: Discrepancy[] = [];
    for (const m of input.mentions.places as PlaceMention[]) {
      const rel = m.relation;
      if (!rel || rel.kind !== 'of' || !rel.subject) continue;
      if (!eventPlaces.has(rel.subject) && !eventPlaces.has(rel.of)) continue;
      const said = ANGLE[rel.direction];
      if (said === undefined) continue;
      const stated = records.filter((r) => r.subject === rel.subject && r.of === rel.of && ANGLE[r.direction] !== undefined);
      if (stated.some((r) => angleDiff(ANGLE[r.direction]!, said) < CONTRADICTION_DEGREES)) continue;
      const subject = input.places.get(rel.subject);
      const ref = input.places.get(rel.of);
      const geo = subject && ref ? bearing(ref, subject) : null;
      const geoDisagrees = geo !== null && geo.km >= MIN_DISTANCE_KM && angleDiff(geo.deg, said) >= CONTRADICTION_DEGREES;
      if (!stated.length && !geoDisagrees) continue;
      const subjectName = subject?.name ?? rel.subject;
      const recordText = stated.length
        ? stated.map((r) => `${describe(r.direction, r.of, input.places)} (${r.source})`).join('; ')
        : `${subjectName} lies ${compass(geo!.deg)} of ${ref?.name ?? rel.of} (gazetteer coordinates, ${geo!.km.toFixed(1)} km)`;
      const eventId = input.matches.find((x) => x.bundle.event.places.some((p) => p.id === rel.subject || p.id === rel.of))?.bundle.event.id ?? input.matches[0]!.bundle.event.id;
      out.push({
        kind: 'place',
        eventId,
        quote: rel.text,
        start: m.end - rel.text.length,
        end: m.end,
        article: `${subjectName} is ${rel.text}`,
        record: recordText,
        severity: 'warning',
        message: `The article puts ${subjectName} ${rel.text}; ${stated.length ? 'the reports put it' : 'the map puts it'} ${stated.length ? stated.map((r) => describe(r.direction, r.of, input.places)).join(' / ') : `${compass(geo!.deg)} of ${ref?.name ?? rel.of}`}.`,
        evidence: stated.map((r) => ({ outlet: r.source, url: r.url, value: describe(r.direction, r.of, input.places), attributedTo: '', asOf: null })),
      });
    }
    return out;
  },
};

function compass(deg: number): Direction {
  const names: Direction[] = ['north', 'northeast', 'east', 'southeast', 'south', 'southwest', 'west', 'northwest'];
  return names[Math.round(deg / 45) % 8]!;
}
