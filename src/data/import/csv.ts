// An RFC 4180 CSV tokenizer that is fed text in chunks of any size and hands back whole records, so
// a file of any length is read in constant memory. Quoted fields may hold commas, doubled quotes and
// line breaks; CRLF and LF both end a record; a UTF-8 byte-order mark before the first field is
// dropped; blank lines are skipped. Each record carries the line it starts on, so a bad row can be
// named. Browser-safe (plain strings); the Node stream around it is in read-stream.ts.

export interface CsvRecord {
  line: number;
  cells: string[];
}
export interface CsvProblem {
  line: number;
  error: string;
}
export type CsvItem = CsvRecord | CsvProblem;

export const isProblem = (item: CsvItem): item is CsvProblem => 'error' in item;

/** A quoted field longer than this is taken as a quote never closed, not as a huge field. */
export const MAX_RECORD_CHARS = 1_000_000;

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export class CsvTokenizer {
  private buf = '';
  private line = 1;
  private started = false;

  /** Adds a chunk of text; the records it completes are pushed onto `out`. */
  feed(chunk: string, out: CsvItem[]): void {
    if (!this.started && chunk.length) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buf = this.buf ? this.buf + chunk : chunk;
    this.parse(false, out);
  }

  /** The end of the text: the last record needs no line break after it. */
  end(out: CsvItem[]): void {
    this.parse(true, out);
    this.buf = '';
  }

  private parse(final: boolean, out: CsvItem[]): void {
    const s = this.buf;
    const n = s.length;
    let pos = 0; // start of the record being read
    for (;;) {
      // Blank lines are not records.
      while (pos < n && (s.charCodeAt(pos) === LF || (s.charCodeAt(pos) === CR && s.charCodeAt(pos + 1) === LF))) {
        pos += s.charCodeAt(pos) === CR ? 2 : 1;
        this.line++;
      }
      if (pos >= n || (!final && pos === n - 1 && s.charCodeAt(pos) === CR)) break;
      const r = readRecord(s, pos, final);
      if (r === null) {
        if (n - pos > MAX_RECORD_CHARS) {
          // A quote that never closes would swallow the rest of the file: report it and go on
          // from the next line, as if the record were that one line.
          out.push({ line: this.line, error: `a quoted field is not closed within ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters` });
          const next = s.indexOf('\n', pos);
          pos = next < 0 ? n : next + 1;
          this.line++;
          continue;
        }
        break;
      }
      if (r.unclosed) out.push({ line: this.line, error: 'a quoted field is not closed before the end of the file' });
      else if (r.stray !== null) out.push({ line: this.line, error: `text after a closing quote in field ${r.stray + 1}` });
      else out.push({ line: this.line, cells: r.cells });
      this.line += r.newlines;
      pos = r.end;
    }
    this.buf = pos >= n ? '' : s.slice(pos);
  }
}

interface Read {
  cells: string[];
  end: number; // index after the record's line break
  newlines: number; // line breaks consumed, inside quotes and at the end
  stray: number | null; // index of a field with text after its closing quote
  unclosed: boolean;
}

/** One record from `start`, or null when the buffer ends before the record does (and more may come). */
function readRecord(s: string, start: number, final: boolean): Read | null {
  const n = s.length;
  const cells: string[] = [];
  let i = start;
  let newlines = 0;
  let stray: number | null = null;
  for (;;) {
    if (s.charCodeAt(i) === QUOTE) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const q = s.indexOf('"', from);
        if (q < 0) {
          if (!final) return null;
          return { cells, end: n, newlines: newlines + countLf(s, from, n), stray, unclosed: true };
        }
        if (q + 1 >= n && !final) return null; // a doubled quote may straddle the chunk boundary
        newlines += countLf(s, from, q);
        if (s.charCodeAt(q + 1) === QUOTE) {
          value += s.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += s.slice(from, q);
        i = q + 1;
        break;
      }
      // After the closing quote: a comma, the end of the line, or the end of the text.
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === COMMA || c === LF || (c === CR && s.charCodeAt(j + 1) === LF)) break;
        j++;
      }
      if (j >= n && !final) return null; // the text after the quote may go on in the next chunk
      if (j > i && !(j === n && j === i + 1 && s.charCodeAt(i) === CR)) stray ??= cells.length;
      cells.push(value);
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const c = s.charCodeAt(j);
        if (c === COMMA || c === LF) break;
        j++;
      }
      // CR LF ends the record; so does a CR that ends the text.
      const atEnd = j < n ? s.charCodeAt(j) === LF : final;
      const cellEnd = atEnd && j > i && s.charCodeAt(j - 1) === CR ? j - 1 : j;
      cells.push(s.slice(i, cellEnd));
      i = j;
    }
    if (i >= n) {
      if (!final) return null;
      return { cells, end: n, newlines, stray, unclosed: false };
    }
    const c = s.charCodeAt(i);
    if (c === COMMA) {
      i++;
      if (i >= n) {
        if (!final) return null;
        cells.push('');
        return { cells, end: n, newlines, stray, unclosed: false };
      }
      continue;
    }
    // LF, or CR LF after a quoted field
    const end = c === CR ? i + 2 : i + 1;
    return { cells, end, newlines: newlines + 1, stray, unclosed: false };
  }
}

function countLf(s: string, from: number, to: number): number {
  let k = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) k++;
  return k;
}

/** Splits a whole text at once (tests, small files). */
export function parseCsv(text: string): CsvItem[] {
  const out: CsvItem[] = [];
  const t = new CsvTokenizer();
  t.feed(text, out);
  t.end(out);
  return out;
}
