// Engine (a): our tokenizer over a Node read stream, in constant memory: chunks of 1 MiB are split
// into records and checked as they arrive, and each batch is handed on before the next is read.
import { createReadStream } from 'node:fs';
import { CsvTokenizer, type CsvItem } from '../csv';
import { HeaderError, type Layout } from '../header';
import { RowReader, type RowItem } from '../rows';
import { checkFile } from './source-file';

export async function* streamRows(path: string, layout: Layout): AsyncGenerator<RowItem[]> {
  checkFile(path);
  const reader = new RowReader(layout);
  const tok = new CsvTokenizer();
  const items: CsvItem[] = [];
  const take = (): RowItem[] => {
    const out: RowItem[] = [];
    for (const item of items) {
      const r = reader.accept(item);
      if (r) out.push(r);
    }
    items.length = 0;
    return out;
  };
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    tok.feed(chunk as string, items);
    const batch = take();
    if (batch.length) yield batch;
  }
  tok.end(items);
  const last = take();
  if (!reader.hasHeader) throw new HeaderError('the file is empty: it has no header row');
  if (last.length) yield last;
}
