import { describe, expect, it } from 'vitest';
import { GED_LAYOUT } from '../../../../src/data/import/ged';
import { isRowProblem, readRowsFromText } from '../../../../src/data/import/rows';
import { syntheticGedLines } from '../../../../src/data/import/synthetic-ged';

const text = (rows: number, seed: number, badEvery = 0) => [...syntheticGedLines({ rows, seed, badEvery })].join('');

describe('the synthetic GED generator', () => {
  it('writes the same file for the same seed and another for another seed', () => {
    expect(text(200, 7)).toBe(text(200, 7));
    expect(text(200, 8)).not.toBe(text(200, 7));
  });

  it('writes rows that all import, some with quoted commas and line breaks', () => {
    const t = text(500, 1);
    const items = readRowsFromText(t, GED_LAYOUT);
    expect(items.filter(isRowProblem)).toEqual([]);
    expect(items).toHaveLength(500);
    expect(t).toMatch(/"[^"\n]*,[^"\n]*"/);
    expect(t.split('\n').length - 1).toBeGreaterThan(501);
  });

  it('puts a bad date where asked, and only there', () => {
    const problems = readRowsFromText(text(500, 1, 100), GED_LAYOUT).filter(isRowProblem);
    expect(problems).toHaveLength(5);
    expect(new Set(problems.map((p) => p.error))).toEqual(new Set(['date_start "not a date" is not a date']));
  });
});
