import { describe, expect, it } from 'vitest';
import { CsvTokenizer, MAX_RECORD_CHARS, parseCsv, type CsvItem } from '../../../../src/data/import/csv';

/** Feeds the text in pieces of `size` characters, as a stream would. */
function chunked(text: string, size: number): CsvItem[] {
  const t = new CsvTokenizer();
  const out: CsvItem[] = [];
  for (let i = 0; i < text.length; i += size) t.feed(text.slice(i, i + size), out);
  t.end(out);
  return out;
}

describe('the CSV tokenizer', () => {
  it('splits plain records on commas and line breaks, numbering the lines', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', '2', '3'] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const items = parseCsv('id,text\n1,"Khan Younis, east"\n2,"he said ""no"""\n3,"two\nlines"\n4,x\n');
    expect(items).toEqual([
      { line: 1, cells: ['id', 'text'] },
      { line: 2, cells: ['1', 'Khan Younis, east'] },
      { line: 3, cells: ['2', 'he said "no"'] },
      { line: 4, cells: ['3', 'two\nlines'] },
      { line: 6, cells: ['4', 'x'] },
    ]);
  });

  it('reads CRLF files and a last record without a line break', () => {
    expect(parseCsv('a,b\r\n"1",2\r\n3,"4"')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('drops a byte-order mark before the first header name, and only there', () => {
    expect(parseCsv('\uFEFFid,name\n1,\uFEFFx\n')).toEqual([
      { line: 1, cells: ['id', 'name'] },
      { line: 2, cells: ['1', '\uFEFFx'] },
    ]);
  });

  it('skips blank lines but keeps counting them', () => {
    expect(parseCsv('a\n\n\r\nb\n')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 4, cells: ['b'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n')).toEqual([{ line: 1, cells: ['a', '', 'c', ''] }]);
  });

  it('gives the same records whatever size the chunks are', () => {
    const text = '\uFEFFid,text,n\r\n1,"a, ""b""\r\nc",2\r\n\r\n3,"",4\n5,"x"\n';
    const whole = parseCsv(text);
    for (const size of [1, 2, 3, 5, 7, 64]) expect(chunked(text, size)).toEqual(whole);
  });

  it('reports text after a closing quote as a problem on its line, and goes on', () => {
    expect(parseCsv('a,b\n"x"y,2\n3,4\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, error: 'text after a closing quote in field 1' },
      { line: 3, cells: ['3', '4'] },
    ]);
  });

  it('reports a quote still open at the end of the file', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, error: 'a quoted field is not closed before the end of the file' },
    ]);
  });

  it('gives up on a quote that stays open for more than the record limit and resumes on the next line', () => {
    const filler = 'x'.repeat(MAX_RECORD_CHARS + 10);
    const items = chunked(`a\n"${filler}\nb\n`, 65536);
    expect(items[0]).toEqual({ line: 1, cells: ['a'] });
    expect(items[1]).toMatchObject({ line: 2, error: expect.stringMatching(/not closed within/) });
    expect(items[2]).toEqual({ line: 3, cells: ['b'] });
  });

  it('does not read a quote inside an unquoted field as the start of a quoted one', () => {
    expect(parseCsv('5 "km" east,b\n')).toEqual([{ line: 1, cells: ['5 "km" east', 'b'] }]);
  });
});
