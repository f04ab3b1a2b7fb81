// Checks that need the whole pack: every id a record points at exists, no id is used twice, dates
// agree with each other. Run after the schema, so the records are known to have the right shape.
import type { Pack } from '../../core/types';
import { precisionOf } from './dates';
import type { Problems } from './problems';

/** Ids of one collection, with the index each was first seen at; duplicates are reported. */
function indexIds(name: string, items: { id: string }[], problems: Problems): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else problems.add(`${name}[${i}].id: ${JSON.stringify(item.id)} is used twice (also ${name}[${seen}])`);
  });
  return new Set(first.keys());
}

function dangling(where: string, id: string, what: string): string {
  return `${where}: ${JSON.stringify(id)} does not match any ${what}`;
}

export function checkIntegrity(pack: Pack, problems: Problems): void {
  const events = indexIds('events', pack.events, problems);
  indexIds('reports', pack.reports, problems);
  indexIds('series', pack.series, problems);
  const places = indexIds('places', pack.places, problems);
  const actors = indexIds('actors', pack.actors, problems);
  const outlets = indexIds('outlets', pack.outlets, problems);
  const sources = indexIds('meta.sources', pack.meta.sources, problems);

  pack.events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (precisionOf(e.date) !== e.precision) {
      problems.add(`${at}.date: ${JSON.stringify(e.date)} is not written at the event's precision "${e.precision}"`);
    }
    if (e.dateEnd !== null && e.dateEnd < e.date) {
      problems.add(`${at}.dateEnd: ${JSON.stringify(e.dateEnd)} is before the event's date ${JSON.stringify(e.date)}`);
    }
    e.places.forEach((p, j) => {
      if (!places.has(p.id)) problems.add(dangling(`${at}.places[${j}].id`, p.id, 'place'));
    });
    e.actors.forEach((a, j) => {
      if (!actors.has(a)) problems.add(dangling(`${at}.actors[${j}]`, a, 'actor'));
    });
    if (e.parent !== null && !events.has(e.parent)) problems.add(dangling(`${at}.parent`, e.parent, 'event'));
    e.related.forEach((r, j) => {
      if (!events.has(r)) problems.add(dangling(`${at}.related[${j}]`, r, 'event'));
    });
  });

  pack.reports.forEach((r, i) => {
    if (!events.has(r.eventId)) problems.add(dangling(`reports[${i}].eventId`, r.eventId, 'event'));
    if (r.outletId !== null && !outlets.has(r.outletId)) {
      problems.add(dangling(`reports[${i}].outletId`, r.outletId, 'outlet'));
    }
  });

  pack.series.forEach((s, i) => {
    if (!places.has(s.region)) problems.add(dangling(`series[${i}].region`, s.region, 'place'));
    if (!sources.has(s.source)) problems.add(dangling(`series[${i}].source`, s.source, 'source in meta.sources'));
    // Points are kept in date order, one per day, so readers can binary-search them.
    for (let j = 1; j < s.points.length; j++) {
      const prev = s.points[j - 1]?.date ?? '';
      const date = s.points[j]?.date ?? '';
      if (date <= prev) {
        problems.add(`series[${i}].points[${j}].date: ${JSON.stringify(date)} does not come after the previous point's ${JSON.stringify(prev)}`);
        break;
      }
    }
  });

  pack.places.forEach((p, i) => {
    if (p.parent === null) return;
    if (p.parent === p.id) problems.add(`places[${i}].parent: a place cannot be its own parent`);
    else if (!places.has(p.parent)) problems.add(dangling(`places[${i}].parent`, p.parent, 'place'));
  });
}
