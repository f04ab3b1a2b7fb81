// npm run -s curate -- check
//     validates data/incidents/*.json and data/places/*.json (see data/incidents/README.md); lists
//     every rejection with file and event, exits 1 when there is one.
// npm run -s curate -- add-place --file data/places/x.json --name "…" --kind site
//     --parent <id> [--country XX (default: the parent's)] [--alias "…" (repeatable)] [--lat N --lon N]
//     [--source URL] [--id ID]
//     appends one place, after checking its id, parent and name against the gazetteer.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { checkCuration, type CuratedFile, type PlaceFile } from '../data/curate/check';
import { Gazetteer } from '../data/pack/build/geonames';
import { addedPlaceFiles, AddedPlacesFile, EVENT_FILES, EventsFile, incidentFiles, type AddedPlace } from '../data/pack/build/inputs';
import { DATA_DIR, readJson } from '../data/pack/build/io';
import { slug } from '../data/pack/slug';

const ROOT = join(DATA_DIR, '..');
const rel = (p: string) => relative(ROOT, p);

interface Aliases {
  places: { id: string; name: string; country: string | null; kind: string; broad: boolean; parent: string | null; aliases: string[] }[];
}

function readAliases(): Aliases {
  return JSON.parse(readFileSync(join(DATA_DIR, 'aliases.json'), 'utf8')) as Aliases;
}

function check(): number {
  const shapeErrors: string[] = [];
  const read = <T,>(path: string, fn: () => T): T | null => {
    try {
      return fn();
    } catch (e) {
      shapeErrors.push(`${rel(path)}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  };
  const legacy: CuratedFile[] = EVENT_FILES.map((f) => join(DATA_DIR, 'events', f)).map((path) => ({ path, events: readJson(path, EventsFile).events }));
  const incidents = incidentFiles(DATA_DIR).flatMap((path) => {
    const got = read(path, () => readJson(path, EventsFile).events);
    return got ? [{ path, events: got }] : [];
  });
  const added: PlaceFile[] = addedPlaceFiles(DATA_DIR).flatMap((path) => {
    const got = read(path, () => readJson(path, AddedPlacesFile).places);
    return got ? [{ path, places: got }] : [];
  });
  const curatedPlaces = readAliases().places.map((p) => ({ ...p, kind: p.kind as 'site' }));
  const countries = new Set(['PS', 'IL', 'LB', 'SY', 'YE', 'IR', 'JO', 'EG']);
  const gazetteer = Gazetteer.load(countries);
  const result = checkCuration({
    legacy,
    incidents,
    curatedPlaces,
    added,
    isGeoNamesTown: (name, country) => {
      const found = gazetteer.find(name, [], country);
      return found.city !== null || found.ambiguous;
    },
  });
  for (const s of shapeErrors) console.log(`✗ ${s.replace(/\n/g, '\n    ')}`);
  for (const e of result.errors) console.log(`✗ ${rel(e.file)} · ${e.where}: ${e.message}`);
  for (const w of result.warnings) console.log(`! ${rel(w.file)} · ${w.where}: ${w.message}`);
  const bad = shapeErrors.length + result.errors.length;
  console.log(
    `${incidents.length} incident files · ${result.incidents} incidents · ${result.reports} reports · ${result.claims} claims · ${added.reduce((n, f) => n + f.places.length, 0)} added places — ${bad} rejected, ${result.warnings.length} warnings`,
  );
  return bad ? 1 : 0;
}

function addPlace(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      name: { type: 'string' },
      country: { type: 'string' },
      kind: { type: 'string', default: 'site' },
      parent: { type: 'string' },
      alias: { type: 'string', multiple: true },
      lat: { type: 'string' },
      lon: { type: 'string' },
      source: { type: 'string', default: '' },
      id: { type: 'string' },
    },
  });
  if (!values.file || !values.name) throw new Error('add-place needs --file data/places/<file>.json and --name "…"');
  const path = resolve(ROOT, values.file);
  if (!rel(path).startsWith('data/places/') || !path.endsWith('.json')) throw new Error('--file must be a .json file in data/places/');
  const file = existsSync(path) ? readJson(path, AddedPlacesFile) : { places: [] };
  const others = addedPlaceFiles(DATA_DIR)
    .filter((f) => resolve(f) !== path)
    .map((p) => ({ path: p, places: readJson(p, AddedPlacesFile).places }));
  const curatedPlaces = readAliases().places;
  // A site lies in its parent's country unless told otherwise (a Lebanese village under a Lebanese
  // district, not the default of the first incidents curated).
  const parentCountry = values.parent
    ? ([...curatedPlaces, ...file.places, ...others.flatMap((o) => o.places)].find((p) => p.id === values.parent)?.country ?? null)
    : null;
  const given = values.country ?? parentCountry;
  if (!given) throw new Error('add-place needs --country XX when the place has no --parent the gazetteer knows');
  const country = given.toUpperCase();
  const lat = values.lat === undefined ? null : Number(values.lat);
  const lon = values.lon === undefined ? null : Number(values.lon);
  const place: AddedPlace = {
    id: values.id ?? `${country.toLowerCase()}-${slug(values.name)}`,
    name: values.name.trim(),
    aliases: (values.alias ?? []).map((a) => a.trim()).filter(Boolean),
    country,
    kind: values.kind as AddedPlace['kind'],
    parent: values.parent ?? null,
    lat: lat !== null && Number.isFinite(lat) ? lat : null,
    lon: lon !== null && Number.isFinite(lon) ? lon : null,
    source: values.source,
  };
  const parsed = v.safeParse(AddedPlacesFile, { places: [place] });
  if (!parsed.success) throw new Error(`not a valid place: ${parsed.issues.map((i) => i.message).join('; ')}`);
  // The same checks as `check`, on the gazetteer with this place added.
  const result = checkCuration({
    legacy: [],
    incidents: [],
    curatedPlaces: curatedPlaces.map((p) => ({ ...p, kind: p.kind as 'site' })),
    added: [...others, { path, places: [...file.places, place] }],
    isGeoNamesTown: () => false,
  });
  const mine = result.errors.filter((e) => e.where.endsWith(` ${place.id}`));
  if (mine.length) {
    for (const e of mine) console.log(`✗ ${e.message}`);
    return 1;
  }
  file.places.push(place);
  file.places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  writeFileSync(path, `{"places": [\n${file.places.map((p) => `  ${JSON.stringify(p)}`).join(',\n')}\n]}\n`);
  console.log(`added ${place.id} to ${rel(path)}`);
  return 0;
}

function main(): number {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'check') return check();
  if (command === 'add-place') return addPlace(rest);
  console.log('usage: npm run -s curate -- check | add-place --file data/places/<file>.json --name "…" [--kind site] [--parent ID] ...');
  return 2;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`curate: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
