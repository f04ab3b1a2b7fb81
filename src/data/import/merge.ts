// Imported events beside curated ones. An imported event on the same day as a curated event and at
// the same place — the same gazetteer place id, or the same folded name in the same country — is the
// same event: its reports are attached to the curated event, which keeps its own title, places,
// claims and reports untouched. Only the imported event's coded location counts as its place:
// sharing a country or a province says nothing about being the same incident. Browser-safe.
import { fold } from '../../core/text/fold';
import type { EventRecord, Pack, PlaceRecord, ReportRecord } from '../../core/types';
import type { ImportedEvent } from './records';

export interface Merged {
  events: EventRecord[];
  reports: ReportRecord[];
  /** Imported event id → the curated event its reports went to. */
  attached: Map<string, string>;
}

type Curated = Pick<Pack, 'events' | 'places'>;

export class CuratedIndex {
  private readonly byDay = new Map<string, { event: EventRecord; ids: Set<string>; names: Set<string> }[]>();
  private readonly places: Map<string, PlaceRecord>;

  constructor(curated: Curated, importedPlaces: PlaceRecord[] = []) {
    this.places = new Map([...curated.places, ...importedPlaces].map((p) => [p.id, p]));
    for (const event of [...curated.events].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      if (event.precision !== 'day') continue;
      const own = event.places.map((p) => this.places.get(p.id)).filter((p): p is PlaceRecord => !!p && !p.broad);
      const names = new Set(own.flatMap((p) => (p.country ? [p.name, ...p.aliases].map((n) => `${fold(n)}|${p.country}`) : [])));
      const list = this.byDay.get(event.date) ?? [];
      list.push({ event, ids: new Set(own.map((p) => p.id)), names });
      this.byDay.set(event.date, list);
    }
  }

  /** The curated event an imported one is, or null; the first by id when several fit. */
  match(imported: EventRecord): EventRecord | null {
    const candidates = this.byDay.get(imported.date);
    if (!candidates) return null;
    const at = imported.places.find((p) => p.relation === 'location');
    const place = at ? this.places.get(at.id) : undefined;
    if (!place || place.broad) return null;
    const name = place.country ? `${fold(place.name)}|${place.country}` : null;
    return candidates.find((c) => c.ids.has(place.id) || (name !== null && c.names.has(name)))?.event ?? null;
  }
}

/** Re-homes an imported event's reports on a curated event; ids stay unique by keeping the import's. */
function attach(reports: ReportRecord[], to: EventRecord): ReportRecord[] {
  return reports.map((r) => ({ ...r, id: `${to.id}#${r.id.replace('#', '-')}`, eventId: to.id }));
}

export function mergeImported(curated: Curated & { reports: ReportRecord[] }, imported: Iterable<ImportedEvent>, importedPlaces: PlaceRecord[]): Merged {
  const index = new CuratedIndex(curated, importedPlaces);
  const events = [...curated.events];
  const reports = [...curated.reports];
  const attached = new Map<string, string>();
  for (const { event, reports: own } of imported) {
    const same = index.match(event);
    if (same) {
      attached.set(event.id, same.id);
      reports.push(...attach(own, same));
    } else {
      events.push(event);
      reports.push(...own);
    }
  }
  return { events, reports, attached };
}
