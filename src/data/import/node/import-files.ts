// Imports GED and ACLED files into a pack beside a base pack's curated events (Node only): each file
// is read by the chosen engine, its bad rows collected with their lines, and a file that yields no
// event at all stops the import with the reason rather than making a pack without it.
import type { Pack } from '../../../core/types';
import { ACLED_LAYOUT } from '../acled';
import { GED_LAYOUT } from '../ged';
import { HeaderError, mapHeader, type Layout } from '../header';
import { PackImport, type PackImportResult } from '../pack';
import { isRowProblem, type RowItem, type RowProblem } from '../rows';
import { checkFile, ImportFileError, readHeader } from './source-file';
import { streamRows } from './read-stream';

export type EngineName = 'stream' | 'duckdb';
export interface ImportFile {
  format: 'ged' | 'acled';
  path: string;
}
export interface FileSummary {
  path: string;
  rows: number;
  problems: RowProblem[];
}

const LAYOUTS: Record<ImportFile['format'], Layout> = { ged: GED_LAYOUT, acled: ACLED_LAYOUT };

async function engineFor(name: EngineName): Promise<(path: string, layout: Layout) => AsyncGenerator<RowItem[]>> {
  if (name === 'stream') return streamRows;
  return (await import('./read-duckdb')).duckdbRows;
}

/** The checks that need no row read (file there, not empty, header of the layout), before any work. */
export async function checkImportFile(f: ImportFile): Promise<void> {
  try {
    checkFile(f.path);
    mapHeader((await readHeader(f.path)).header.cells, LAYOUTS[f.format]);
  } catch (e) {
    if (e instanceof HeaderError || e instanceof ImportFileError) throw new ImportFileError(e.message.startsWith(f.path) ? e.message : `${f.path}: ${e.message}`);
    throw e;
  }
}

export async function importFiles(base: Pack, files: ImportFile[], opts: { id: string; engine: EngineName }): Promise<PackImportResult & { files: FileSummary[] }> {
  const read = await engineFor(opts.engine);
  const imp = new PackImport(base);
  const summaries: FileSummary[] = [];
  for (const f of files) {
    const summary: FileSummary = { path: f.path, rows: 0, problems: [] };
    try {
      for await (const batch of read(f.path, LAYOUTS[f.format])) {
        for (const item of batch) {
          const problem = isRowProblem(item) ? item : imp.add(item);
          if (problem) summary.problems.push(problem);
          else summary.rows++;
        }
      }
    } catch (e) {
      if (e instanceof HeaderError || e instanceof ImportFileError) throw new ImportFileError(e.message.startsWith(f.path) ? e.message : `${f.path}: ${e.message}`);
      throw e;
    }
    if (summary.rows === 0) {
      const why = summary.problems.length ? `all ${summary.problems.length} rows are bad; the first: line ${summary.problems[0]?.line}: ${summary.problems[0]?.error}` : 'it has a header but no rows';
      throw new ImportFileError(`${f.path}: no event could be imported: ${why}`);
    }
    summaries.push(summary);
  }
  return { ...imp.finish({ id: opts.id }), files: summaries };
}
