// Builds the bundled pack from data/. Same inputs, same pack: inputs are read in a fixed order,
// records are sorted by id, and builtAt is the latest date in the data rather than the clock.
import { PACK_FORMAT, PACK_SCHEMA_VERSION, type Pack } from '../../../core/types';
import { isIsoDay } from '../dates';
import { validatePack } from '../validate';
import { buildActors } from './actors';
import { buildEvents } from './events';
import { Gazetteer } from './geonames';
import { readInputs } from './inputs';
import { DATA_DIR } from './io';
import { buildMeta } from './meta';
import { buildOutlets } from './outlets';
import { buildPlaces } from './places';
import { info360Series } from './series-360info';
import { gazaSeries, lebanonSeries, westBankSeries } from './series-tfp';

export interface CoreBuild {
  pack: Pack;
  /** Things a curator may want to look at (shared aliases, ambiguous GeoNames names). */
  notes: string[];
}

/** The latest full day mentioned anywhere in the pack, as midnight UTC. */
export function latestDay(pack: Omit<Pack, 'meta'>): string {
  let latest = '';
  const see = (d: string | null | undefined) => {
    if (d && isIsoDay(d.slice(0, 10)) && d.slice(0, 10) > latest) latest = d.slice(0, 10);
  };
  for (const e of pack.events) [e.date, e.dateEnd].forEach(see);
  for (const r of pack.reports) {
    see(r.published);
    r.claims.forEach((c) => see(c.asOf));
  }
  for (const s of pack.series) s.points.forEach((p) => see(p.date));
  return `${latest || '1970-01-01'}T00:00:00Z`;
}

/** Throws with every validation message: a pack that fails the schema is never written. */
export function assertValid(pack: Pack): Pack {
  const result = validatePack(pack);
  if (!result.ok) throw new Error(`The built pack is invalid:\n  ${result.errors.join('\n  ')}`);
  return pack;
}

export function buildCorePack(dataDir: string = DATA_DIR): CoreBuild {
  const inputs = readInputs(dataDir);
  const countries = new Set([...inputs.events.flatMap((e) => e.places.map((p) => p.country)), ...inputs.aliases.places.map((p) => p.country ?? ''), 'IL']);
  const places = buildPlaces(inputs.events, inputs.aliases, Gazetteer.load(countries));
  const actors = buildActors(inputs.events, inputs.aliases);
  const outlets = buildOutlets(
    inputs.events.flatMap((e) => e.reports),
    inputs.outlets,
  );
  const { events, reports } = buildEvents({
    events: inputs.events,
    placeIds: places.ids,
    actorIds: actors.ids,
    outletIdFor: outlets.idFor,
    broadPlaces: new Set(places.places.filter((p) => p.broad).map((p) => p.id)),
  });
  const series = [...gazaSeries(inputs.gaza), ...lebanonSeries(inputs.lebanon), ...westBankSeries(inputs.westBank), ...info360Series(inputs.info360)].sort(
    (a, b) => (a.id < b.id ? -1 : 1),
  );
  const body = { format: PACK_FORMAT, schemaVersion: PACK_SCHEMA_VERSION, events, reports, series, places: places.places, actors: actors.actors, outlets: outlets.outlets } as const;
  const pack: Pack = { ...body, meta: buildMeta(inputs.info, latestDay(body)) };
  return { pack: assertValid(pack), notes: [...places.notes, ...actors.notes] };
}
