// Record counts of a pack, for the CLI and for the options page's summary.
import type { Pack } from '../../core/types';

export interface PackCounts {
  events: number;
  reports: number;
  claims: number;
  series: number;
  points: number;
  places: number;
  actors: number;
  outlets: number;
}

export function packCounts(pack: Pack): PackCounts {
  let claims = 0;
  for (const r of pack.reports) claims += r.claims.length;
  let points = 0;
  for (const s of pack.series) points += s.points.length;
  return {
    events: pack.events.length,
    reports: pack.reports.length,
    claims,
    series: pack.series.length,
    points,
    places: pack.places.length,
    actors: pack.actors.length,
    outlets: pack.outlets.length,
  };
}
