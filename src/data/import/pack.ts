// A pack of curated events plus the events of an imported file: rows are turned into records as
// they arrive, then merged with the curated events (merge.ts) and wrapped with the base pack's
// sources and the dataset's attribution. Browser-safe; the engines that read files are Node only.
import type { Pack } from '../../core/types';
import { PACK_FORMAT, PACK_SCHEMA_VERSION } from '../../core/types';
import { mergeImported } from './merge';
import { ImportedRecords, type ImportedEvent } from './records';
import type { ImportedRow } from './row';
import type { RowProblem } from './rows';

export interface PackImportResult {
  pack: Pack;
  imported: number;
  /** Imported event id → curated event id it was attached to. */
  attached: Map<string, string>;
}

export class PackImport {
  private readonly records: ImportedRecords;
  private readonly events: ImportedEvent[] = [];
  private readonly lineOf = new Map<string, number>();

  constructor(private readonly base: Pack) {
    this.records = new ImportedRecords(base);
  }

  /** Adds a row; a second row with the same dataset id is a problem, not a second event. */
  add(row: ImportedRow): RowProblem | null {
    const key = `${row.format}:${row.key}`;
    const first = this.lineOf.get(key);
    if (first !== undefined) return { line: row.line, error: `event ${row.key} appears again (first on line ${first})` };
    this.lineOf.set(key, row.line);
    this.events.push(this.records.add(row));
    return null;
  }

  finish(meta: { id: string; title?: string; description?: string }): PackImportResult {
    const base = this.base;
    const imported = [...this.events].sort((a, b) => (a.event.id < b.event.id ? -1 : 1));
    const places = this.records.places();
    const merged = mergeImported(base, imported, places);
    const latest = imported.reduce((d, e) => ((e.event.dateEnd ?? e.event.date) > d ? (e.event.dateEnd ?? e.event.date) : d), base.meta.builtAt.slice(0, 10));
    const sources = this.records.sources();
    const names = sources.map((s) => s.name).join(' and ');
    const pack: Pack = {
      format: PACK_FORMAT,
      schemaVersion: PACK_SCHEMA_VERSION,
      meta: {
        id: meta.id,
        version: base.meta.version,
        title: meta.title ?? `${base.meta.title} with imported events`,
        description:
          meta.description ??
          `${base.events.length} curated events and ${imported.length} events imported from ${names || 'a file'}; ${merged.attached.size} of them were curated events already and were added to those as reports.`,
        builtAt: latest > base.meta.builtAt.slice(0, 10) ? `${latest}T00:00:00Z` : base.meta.builtAt,
        sources: [...base.meta.sources, ...sources.filter((s) => !base.meta.sources.some((b) => b.id === s.id))],
      },
      events: merged.events,
      reports: merged.reports,
      series: base.series,
      places: [...base.places, ...places],
      actors: [...base.actors, ...this.records.actorRecords()],
      outlets: [...base.outlets, ...this.records.outlets().filter((o) => !base.outlets.some((b) => b.id === o.id))],
    };
    return { pack, imported: imported.length, attached: merged.attached };
  }
}
