// Canonical JSON: object keys sorted, no whitespace, undefined members left out. Two equal packs give
// equal bytes, which is what makes builds reproducible and lets the extension compare pack hashes.
import type { Pack } from '../../core/types';

const sortedKeys = new Map<string, string[]>();

/** A copy with every object's keys inserted in sorted order; JSON.stringify keeps that order. */
function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = sortedCopy(value[i]);
    return out;
  }
  // Records of one kind share their key list; sorting it once per shape keeps 100k-event packs fast.
  const keys = Object.keys(value);
  const shape = keys.join('\u0000');
  let sorted = sortedKeys.get(shape);
  if (!sorted) {
    sorted = [...keys].sort();
    if (sortedKeys.size < 1000) sortedKeys.set(shape, sorted);
  }
  const out: Record<string, unknown> = {};
  for (const key of sorted) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) out[key] = sortedCopy(member);
  }
  return out;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedCopy(value)) ?? 'null';
}

const BATCH = 2000;

/**
 * The same text as canonicalJson(pack), in pieces. A 100k-event pack is a few hundred megabytes of
 * JSON; building it as one string would come close to V8's string length limit, so the encoder
 * compresses it piece by piece instead.
 */
export function* canonicalPackChunks(pack: Pack): Generator<string> {
  const record = pack as unknown as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  yield '{';
  for (const [i, key] of keys.entries()) {
    const value = record[key];
    yield `${i ? ',' : ''}${JSON.stringify(key)}:`;
    if (!Array.isArray(value)) {
      yield canonicalJson(value);
      continue;
    }
    yield '[';
    for (let start = 0; start < value.length; start += BATCH) {
      const batch = value.slice(start, start + BATCH).map(canonicalJson).join(',');
      yield start ? `,${batch}` : batch;
    }
    yield ']';
  }
  yield '}';
}
