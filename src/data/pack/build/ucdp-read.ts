// Reads the UCDP AEC folder (Node only): dataset_info.json names the splits and fields; each split is
// a jsonl file. The folder is given at run time and never copied into the project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseUcdpRecord, UcdpRecordSchema, type UcdpRecord } from '../ucdp';

interface DatasetInfo {
  features?: Record<string, unknown>;
  splits?: Record<string, unknown>;
}

export function readUcdpDir(dir: string): UcdpRecord[] {
  const infoPath = join(dir, 'dataset_info.json');
  if (!existsSync(infoPath)) throw new Error(`${dir}: no dataset_info.json; expected the ucdp-aec folder`);
  const info = JSON.parse(readFileSync(infoPath, 'utf8')) as DatasetInfo;
  const missing = Object.keys(UcdpRecordSchema.entries).filter((f) => !(f in (info.features ?? {})));
  if (missing.length) throw new Error(`${infoPath}: the dataset has no ${missing.join(', ')} field(s); is this the ucdp-aec format?`);

  const seen = new Set<number>();
  const records: UcdpRecord[] = [];
  for (const split of Object.keys(info.splits ?? {})) {
    const file = join(dir, `${split}.jsonl`);
    if (!existsSync(file)) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const where = `${file}:${i + 1}`;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          throw new Error(`${where}: not JSON (${e instanceof Error ? e.message : String(e)})`);
        }
        const record = parseUcdpRecord(value, where);
        // The same GED event can be linked from articles in two splits; it is one event.
        if (seen.has(record.id)) return;
        seen.add(record.id);
        records.push(record);
      });
  }
  if (!records.length) throw new Error(`${dir}: no records found in ${Object.keys(info.splits ?? {}).join(', ') || 'any split'}`);
  return records;
}
