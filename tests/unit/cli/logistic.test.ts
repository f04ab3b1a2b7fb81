import { describe, expect, it } from 'vitest';
import { fitLogistic, groupFolds, predict, reliability, seeded, solve } from '../../../src/cli/train/logistic';

describe('solve', () => {
  it('solves a small system and refuses a singular one', () => {
    expect(solve([[2, 1], [1, 3]], [3, 5]).map((x) => Math.round(x * 1e6) / 1e6)).toEqual([0.8, 1.4]);
    expect(() => solve([[1, 2], [2, 4]], [1, 2])).toThrow(/singular/);
  });
});

describe('fitLogistic', () => {
  it('learns a positive weight for a feature that predicts the label and ~0 for noise', () => {
    const rand = seeded(7);
    const xs: number[][] = [];
    const ys: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const signal = rand();
      const noise = rand();
      xs.push([signal, noise]);
      ys.push(rand() < 1 / (1 + Math.exp(-(8 * signal - 4))) ? 1 : 0);
    }
    const fit = fitLogistic(xs, ys, { lambda: 0.01 });
    expect(fit.weights[0]!).toBeGreaterThan(6);
    expect(fit.weights[0]!).toBeLessThan(10);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(1);
    expect(predict(fit, [0.9, 0.5])).toBeGreaterThan(0.9);
    expect(predict(fit, [0.1, 0.5])).toBeLessThan(0.1);
  });

  it('keeps weights finite on separable data through the penalty', () => {
    const fit = fitLogistic([[0], [0], [1], [1]], [0, 0, 1, 1], { lambda: 1 });
    expect(Number.isFinite(fit.weights[0]!)).toBe(true);
    expect(fit.weights[0]!).toBeGreaterThan(0);
  });
});

describe('groupFolds', () => {
  it('puts every example of a group in one fold, the same on every run, and uses every fold', () => {
    const groups = Array.from({ length: 50 }, (_, i) => `g${i % 20}`);
    const a = groupFolds(groups, 5, 42);
    expect(a).toEqual(groupFolds(groups, 5, 42));
    expect(new Set(a.values()).size).toBe(5);
    expect(a.size).toBe(20);
    expect(groupFolds(groups, 5, 43)).not.toEqual(a);
  });
});

describe('reliability', () => {
  it('gives the share of right predictions per bucket', () => {
    const table = reliability([0.05, 0.85, 0.86, 0.87, 0.88], [0, 1, 1, 1, 0]);
    const high = table.find((b) => b.from === 0.8)!;
    expect(high).toMatchObject({ count: 4, observed: 0.75 });
    expect(table.find((b) => b.from === 0)!).toMatchObject({ count: 1, observed: 0 });
    expect(Number.isNaN(table.find((b) => b.from === 0.5)!.observed)).toBe(true);
  });
});
