// One engine over one file in a process of its own, so its peak memory is its own:
// node --import tsx src/cli/bench/import-child.ts stream|duckdb|none FILE
// Rows become pack records (as the CLI makes them) and are then dropped. Prints one JSON line.
import { GED_LAYOUT } from '../../data/import/ged';
import { ImportedRecords } from '../../data/import/records';
import { isRowProblem, type RowItem } from '../../data/import/rows';

async function main(): Promise<void> {
  const [engine, file] = process.argv.slice(2);
  if (!engine || !file) throw new Error('usage: import-child.ts stream|duckdb|none FILE');
  const start = performance.now();
  let rows = 0;
  let problems = 0;
  if (engine !== 'none') {
    const read: (path: string, layout: typeof GED_LAYOUT) => AsyncGenerator<RowItem[]> =
      engine === 'duckdb' ? (await import('../../data/import/node/read-duckdb')).duckdbRows : (await import('../../data/import/node/read-stream')).streamRows;
    const records = new ImportedRecords();
    for await (const batch of read(file, GED_LAYOUT)) {
      for (const item of batch) {
        if (isRowProblem(item)) problems++;
        else {
          records.add(item);
          rows++;
        }
      }
    }
  }
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ engine, rows, problems, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
