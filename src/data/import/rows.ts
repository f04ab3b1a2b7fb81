// Records of a CSV file → checked rows, whichever engine split the file: the first record is the
// header, each later one becomes an ImportedRow or a problem with its line. A bad row is reported
// and skipped; it never stops the import.
import { isProblem, parseCsv, type CsvItem } from './csv';
import { cellsOf, HeaderError, mapHeader, type Layout } from './header';
import { RowError, type ImportedRow } from './row';

export interface RowProblem {
  line: number;
  error: string;
}
export type RowItem = ImportedRow | RowProblem;
export const isRowProblem = (item: RowItem): item is RowProblem => 'error' in item;

export class RowReader {
  private at: Map<string, number> | null = null;
  private width = 0;
  rows = 0;

  constructor(readonly layout: Layout) {}

  /** Reads the header (throws a HeaderError when the layout's columns are not all there). */
  header(cells: string[]): void {
    this.at = mapHeader(cells, this.layout);
    this.width = cells.length;
  }

  get hasHeader(): boolean {
    return this.at !== null;
  }

  /** The header if none was read yet (then null), else the record as a row or a problem. */
  accept(item: CsvItem): RowItem | null {
    if (!this.at) {
      if (isProblem(item)) throw new HeaderError(`line ${item.line}: the header cannot be read (${item.error})`);
      this.header(item.cells);
      return null;
    }
    this.rows++;
    if (isProblem(item)) return item;
    return this.record(item.cells, item.line);
  }

  record(cells: string[], line: number): RowItem {
    if (!this.at) throw new Error('RowReader.record before the header');
    if (cells.length !== this.width) return { line, error: `${cells.length} fields; the header has ${this.width}` };
    try {
      return this.layout.toRow(cellsOf(this.at, cells), line);
    } catch (e) {
      if (e instanceof RowError) return { line, error: e.message };
      throw e;
    }
  }
}

/** A whole file's text at once (small files, tests): the checked rows and problems, in file order. */
export function readRowsFromText(text: string, layout: Layout): RowItem[] {
  const reader = new RowReader(layout);
  const out: RowItem[] = [];
  for (const item of parseCsv(text)) {
    const r = reader.accept(item);
    if (r) out.push(r);
  }
  if (!reader.hasHeader) throw new HeaderError('the file is empty: it has no header row');
  return out;
}
