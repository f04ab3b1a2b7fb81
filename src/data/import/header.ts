// The header row decides where each column is: files may order or add columns freely, and a file
// without a column the layout needs is refused with the missing names, before any row is read.
import type { Cells, ImportedRow } from './row';

export interface Layout {
  name: string; // "UCDP GED"
  columns: readonly string[];
  required: readonly string[];
  /** Every column toRow reads (the required ones and the optional ones it uses). */
  reads: readonly string[];
  /** One record as a row; throws a RowError saying what is wrong with it. */
  toRow: (get: Cells, line: number) => ImportedRow;
}

export class HeaderError extends Error {}

const norm = (s: string) => s.trim().toLowerCase();

/** Column name → index, or a HeaderError naming what is missing or doubled. */
export function mapHeader(header: string[], layout: Layout): Map<string, number> {
  const at = new Map<string, number>();
  const doubled: string[] = [];
  header.forEach((h, i) => {
    const name = norm(h);
    if (!name) return;
    if (at.has(name)) doubled.push(name);
    else at.set(name, i);
  });
  const missing = layout.required.filter((c) => !at.has(c));
  if (missing.length) {
    // Most of the layout missing: another kind of file, so say what it starts with.
    const hint = missing.length > layout.required.length / 2 ? ` (it starts ${header.slice(0, 3).map((h) => JSON.stringify(h)).join(', ')}${header.length > 3 ? ', …' : ''}; is this the right file?)` : '';
    throw new HeaderError(`not in the ${layout.name} layout: the header has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}${hint}`);
  }
  const needed = doubled.filter((d) => layout.columns.includes(d));
  if (needed.length) throw new HeaderError(`the header names ${needed.join(', ')} more than once`);
  return at;
}

/** A getter over one record's cells. */
export function cellsOf(at: Map<string, number>, cells: string[]): Cells {
  return (column) => {
    const i = at.get(column);
    return i === undefined ? '' : (cells[i] ?? '');
  };
}
