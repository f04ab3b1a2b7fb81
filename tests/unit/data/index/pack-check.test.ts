import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isDate, isDay } from '../../../../src/data/index/iso-dates';
import { looksLikeValidPack } from '../../../../src/data/index/pack-check';
import { isIsoDate, isIsoDay } from '../../../../src/data/pack/dates';
import { PackSchema } from '../../../../src/data/pack/schema';
import { syntheticPack } from '../../../../src/data/pack/synthetic';
import { fakePack } from '../../factories';

/** A small deterministic generator (xorshift), so a failure can be replayed. */
function rng(seed: number) {
  let x = seed;
  return (n: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % n;
  };
}

const ODD_VALUES: unknown[] = [null, true, 0, -1, 1.5, 91, 1e308, '', 'x', 'x'.repeat(301), 'x'.repeat(4001), '2024-02-30', '2024-07-22', '2024', 'PS', [], [1], {}, { id: 'a' }];

/** Every path to a value inside `value`. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const [k, child] of Object.entries(value)) paths(child, [...at, Array.isArray(value) ? Number(k) : k], out);
  }
  out.push(at);
  return out;
}

function mutate(pack: unknown, pick: (n: number) => number): unknown {
  const copy = structuredClone(pack) as Record<string, unknown>;
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[pick(all.length)]!;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const what = pick(10);
  // (JSON gives no array a named key, nor a hole, so neither is tried on arrays.)
  if (what === 0 && !Array.isArray(parent)) delete parent[last];
  else if (what === 1 && !Array.isArray(parent)) parent[`extra${pick(3)}`] = 1;
  else parent[last] = structuredClone(ODD_VALUES[pick(ODD_VALUES.length)]);
  return copy;
}

describe('looksLikeValidPack', () => {
  it('accepts the packs the factories and the synthetic generator make', () => {
    expect(looksLikeValidPack(fakePack())).toBe(true);
    expect(looksLikeValidPack(syntheticPack({ events: 300, seed: 2 }))).toBe(true);
  });

  it('never accepts a value the schema rejects or would change, over 3000 random damages', () => {
    const base = JSON.parse(JSON.stringify(syntheticPack({ events: 4, seed: 5 }))) as unknown;
    const small = JSON.parse(JSON.stringify(fakePack())) as unknown;
    const pick = rng(42);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      let value = mutate(i % 2 ? base : small, pick);
      if (i % 3 === 0) value = mutate(value, pick);
      if (!looksLikeValidPack(value)) continue;
      accepted++;
      const parsed = v.safeParse(PackSchema, value);
      expect(parsed.success, JSON.stringify(parsed.issues?.[0]?.path?.map((p) => p.key))).toBe(true);
      expect(parsed.output).toEqual(value);
    }
    // Some damages keep a pack valid (a title changed to other text); they must have been tried.
    expect(accepted).toBeGreaterThan(50);
  });

  it('rejects unknown keys, which the schema would drop', () => {
    const pack = JSON.parse(JSON.stringify(fakePack())) as Record<string, unknown>;
    expect(looksLikeValidPack({ ...pack, extra: 1 })).toBe(false);
    expect(looksLikeValidPack(JSON.parse(JSON.stringify(fakePack()).replace('"id":"ev-1"', '"id":"ev-1","__proto__":{}')))).toBe(false);
  });
});

describe('the date checks of the quick road', () => {
  it('answer as isIsoDay and isIsoDate do', () => {
    const samples = ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2024-12-31', '2024-12-32', '2024-00-10', '2024-04-31', '2024-4-01', '2024-04-1', '2024/04/01', '20240401', '２０２４-01-01', '2024-01-01 ', ' 2024', '2024', '202', '2024-1', '2024-01', '2024-13', '2024-00', '0000-01-01', 'abcd', 'abcd-ef', '', '2024-01-01T00:00:00Z', '+024-01-01', '-024-01-01', '2024-1a'];
    const pick = rng(7);
    for (let i = 0; i < 2000; i++) {
      samples.push(Array.from({ length: [4, 7, 10][pick(3)]! }, () => '0123456789-x'[pick(12)]).join(''));
    }
    for (const s of samples) {
      expect(isDay(s), s).toBe(isIsoDay(s));
      expect(isDate(s), s).toBe(isIsoDate(s));
    }
  });
});
