import { describe, expect, it } from 'vitest';
import { encodePack } from '../../../../src/data/pack/codec';
import { packCounts } from '../../../../src/data/pack/stats';
import { syntheticPack } from '../../../../src/data/pack/synthetic';
import { validatePack } from '../../../../src/data/pack/validate';

describe('syntheticPack', () => {
  const pack = syntheticPack({ events: 500, seed: 42 });

  it('generates a valid pack of the requested size', () => {
    const result = validatePack(pack);
    expect(result.ok ? [] : result.errors).toEqual([]);
    const c = packCounts(pack);
    expect(c.events).toBe(500);
    expect(c.reports).toBeGreaterThanOrEqual(1000);
    expect(c.reports).toBeLessThanOrEqual(4000);
  });

  it('gives every event two to eight reports', () => {
    const perEvent = new Map<string, number>();
    for (const r of pack.reports) perEvent.set(r.eventId, (perEvent.get(r.eventId) ?? 0) + 1);
    expect(Math.min(...perEvent.values())).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perEvent.values())).toBeLessThanOrEqual(8);
  });

  it('concentrates events on a few places, as real coverage does', () => {
    const perPlace = new Map<string, number>();
    for (const e of pack.events) perPlace.set(e.places[0]?.id ?? '', (perPlace.get(e.places[0]?.id ?? '') ?? 0) + 1);
    const counts = [...perPlace.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(10 * (counts.at(-1) ?? 1));
  });

  it('has namesakes: places that share a name, people that share a family name', () => {
    const names = pack.places.map((p) => p.name);
    const families = pack.actors.filter((a) => a.type === 'person').map((a) => a.name.split(' ').at(-1));
    expect(new Set(names).size).toBeLessThan(names.length);
    expect(new Set(families).size).toBeLessThan(families.length);
  });

  it('is the same for the same seed and different for another', () => {
    const again = encodePack(syntheticPack({ events: 500, seed: 42 }));
    expect(Buffer.from(again).equals(Buffer.from(encodePack(pack)))).toBe(true);
    expect(syntheticPack({ events: 500, seed: 43 }).events[0]).not.toEqual(pack.events[0]);
  });
});
