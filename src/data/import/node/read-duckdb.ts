// Engine (b): DuckDB's CSV reader (read_csv, every column as text) with the result streamed chunk by
// chunk; the same checks as engine (a) then run on each record. Only the columns the layout reads
// cross into JavaScript, column by column (each value crossing costs far more than DuckDB's parse),
// with a count of the line breaks in the whole record worked out in SQL. DuckDB gives no line number for the
// records it returns, and the records it rejects (wrong field count, a broken quote) come from its
// reject table once the scan is done, numbered by record rather than by line (a line break inside
// quotes does not count). So each returned record keeps its position and the line breaks it holds,
// and a problem's file line is worked out at the end from those and the rejects. A record's own
// line, as given to the importer, is exact up to the first reject; blank lines inside the file are
// not seen, so lines after one are counted short.
import { DuckDBInstance } from '@duckdb/node-api';
import type { Layout } from '../header';
import { isRowProblem, RowReader, type RowItem, type RowProblem } from '../rows';
import { checkFile, readHeader } from './source-file';

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

function countLf(cells: (string | null)[]): number {
  let n = 0;
  for (const c of cells) if (c) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) n++;
  return n;
}

interface Reject {
  record: number; // DuckDB's "line": records and blank lines, the header being 1
  newlines: number;
  error: string;
}

/** Where returned records and rejects sit in the file; kept small (only multi-line records). */
class LineMap {
  private readonly multiK: number[] = []; // index of each returned record holding line breaks
  private readonly multiSum: number[] = []; // line breaks in returned records up to and including it
  private total = 0;

  constructor(private readonly headerLines: number) {}

  see(k: number, newlines: number): void {
    if (!newlines) return;
    this.total += newlines;
    this.multiK.push(k);
    this.multiSum.push(this.total);
  }

  /** Line breaks inside the first `k` returned records. */
  private before(k: number): number {
    let lo = 0;
    let hi = this.multiK.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.multiK[mid] as number) < k) lo = mid + 1;
      else hi = mid;
    }
    return lo ? (this.multiSum[lo - 1] as number) : 0;
  }

  /** The file line of returned record `k` (0-based), given all rejects. */
  lineOf(k: number, rejects: Reject[]): number {
    let record = 2 + k;
    let extra = 0;
    for (const r of rejects) {
      if (r.record > record) break;
      record++;
      extra += r.newlines;
    }
    return record + this.before(k) + extra + this.headerLines - 1;
  }

  /** The file line of a reject: its record number plus the line breaks of the records before it. */
  rejectLine(i: number, rejects: Reject[]): number {
    const r = rejects[i] as Reject;
    const returnedBefore = r.record - 2 - i;
    const rejectedBreaks = rejects.slice(0, i).reduce((n, x) => n + x.newlines, 0);
    return r.record + this.before(returnedBefore) + rejectedBreaks + this.headerLines - 1;
  }
}

export async function* duckdbRows(path: string, layout: Layout, opts: { threads?: number } = {}): AsyncGenerator<RowItem[]> {
  checkFile(path);
  const { header, nextLine } = await readHeader(path);
  const reader = new RowReader(layout);
  reader.header(header.cells);
  // Names as DuckDB needs them: unique and not empty (only our own checks read them, by position).
  const seen = new Set<string>();
  const names = header.cells.map((h, i) => {
    let n = h.trim() || `column${i}`;
    while (seen.has(n)) n = `${n}_${i}`;
    seen.add(n);
    return n;
  });
  const columns = `{${names.map((n) => `${sql(n)}: 'VARCHAR'`).join(', ')}}`;
  const instance = await DuckDBInstance.create(':memory:', opts.threads ? { threads: String(opts.threads) } : {});
  const conn = await instance.connect();
  try {
    const at = new Map(header.cells.map((h, i) => [h.trim().toLowerCase(), i] as const));
    const picked = layout.reads.filter((c) => at.has(c)).map((c) => at.get(c) as number);
    const all = names.map((n) => `coalesce("${n.replace(/"/g, '""')}", '')`).join(', ');
    const breaks = `length(concat(${all})) - length(replace(concat(${all}), chr(10), ''))`;
    const select = [...picked.map((i) => `"${(names[i] as string).replace(/"/g, '""')}"`), `${breaks} AS __breaks`].join(', ');
    const result = await conn.stream(
      `SELECT ${select} FROM read_csv(${sql(path)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${columns}, store_rejects = true)`,
    );
    const map = new LineMap(nextLine - 1);
    const pending: { k: number; error: string }[] = [];
    let k = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const cols = chunk.getColumns() as (string | number | bigint | null)[][];
      const out: RowItem[] = [];
      for (let r = 0; r < chunk.rowCount; r++) {
        const cells: string[] = new Array(names.length).fill('');
        picked.forEach((i, j) => {
          cells[i] = (cols[j]?.[r] as string | null) ?? '';
        });
        const item = reader.record(cells, map.lineOf(k, []));
        if (isRowProblem(item)) pending.push({ k, error: item.error });
        else out.push(item);
        map.see(k, Number(cols[picked.length]?.[r] ?? 0));
        k++;
      }
      if (out.length) yield out;
    }
    // One reject row per bad field: one problem per record, with the first reason.
    const rejected = await conn.runAndReadAll('SELECT line, first(csv_line), first(error_message) FROM reject_errors GROUP BY line ORDER BY line');
    const rejects: Reject[] = rejected.getRowsJS().map(([l, text, message]) => ({
      record: Number(l),
      newlines: countLf([String(text ?? '')]),
      error: (String(message ?? '').split('\n')[0] as string) || 'rejected by the CSV reader',
    }));
    const problems: RowProblem[] = [
      ...pending.map((p) => ({ line: map.lineOf(p.k, rejects), error: p.error })),
      ...rejects.map((r, i) => ({ line: map.rejectLine(i, rejects), error: r.error })),
    ].sort((a, b) => a.line - b.line);
    if (problems.length) yield problems;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
