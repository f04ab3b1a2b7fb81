// The checks both engines make before reading a file (Node only): it exists, it is a file, it is
// not empty, and its first record is a header of the expected layout. Errors name the file.
import { createReadStream, statSync } from 'node:fs';
import { CsvTokenizer, isProblem, type CsvItem, type CsvRecord } from '../csv';
import { HeaderError } from '../header';

export class ImportFileError extends Error {}

export function checkFile(path: string): void {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ImportFileError(`${path}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw new ImportFileError(`${path}: no such file`);
  }
  if (size === 0) throw new ImportFileError(`${path}: the file is empty`);
}

/** The first record (the header) and the line the first data record can start on. */
export async function readHeader(path: string): Promise<{ header: CsvRecord; nextLine: number }> {
  const tok = new CsvTokenizer();
  const items: CsvItem[] = [];
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) {
      tok.feed(chunk as string, items);
      if (items.length > 1) break;
    }
    if (items.length < 2) tok.end(items);
  } finally {
    stream.destroy();
  }
  const [first, second] = items;
  if (!first) throw new HeaderError('the file is empty: it has no header row');
  if (isProblem(first)) throw new HeaderError(`line ${first.line}: the header cannot be read (${first.error})`);
  return { header: first, nextLine: second?.line ?? first.line + 1 };
}
