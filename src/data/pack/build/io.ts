// File access for the builder (Node only). Inputs live in the project's data/ folder so a fresh clone
// builds the same pack without ../shared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describeIssue } from '../issues';

export const DATA_DIR = fileURLToPath(new URL('../../../../data/', import.meta.url));
export const DEFAULT_OUT = fileURLToPath(new URL('../../../../public/packs/core.pack.json.gz', import.meta.url));

/** Reads and checks a JSON input; a malformed input stops the build with the file and the field. */
export function readJson<T extends v.GenericSchema>(path: string, schema: T): v.InferOutput<T> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = v.safeParse(schema, value);
  if (!parsed.success) {
    const lines = parsed.issues.slice(0, 10).map((i) => `  ${describeIssue(i)}`);
    throw new Error(`${path} does not have the expected shape:\n${lines.join('\n')}`);
  }
  return parsed.output;
}

/** A small CSV reader for the plain comma-separated files we use (no quoted fields). */
export function readCsv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').split(',');
  return lines.map((line, i) => {
    if (line.includes('"')) throw new Error(`${path}:${i + 2}: quoted CSV fields are not supported`);
    const cells = line.split(',');
    return Object.fromEntries(header.map((h, j) => [h, cells[j] ?? '']));
  });
}

/** JSON with one record per line: small diffs when an upstream file gains rows. */
export function jsonLines(records: unknown[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
