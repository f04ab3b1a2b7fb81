import { describe, expect, it } from 'vitest';
import { score, type CaseResult } from '../../../src/cli/eval/linking';

const page = (o: Partial<CaseResult>): CaseResult => ({ id: 'x', expected: [], predicted: [], discrepancies: [], reported: [], ms: 1, ...o });

describe('the eval score', () => {
  it('counts findings on faithful pages only (linked, nothing labelled), warnings apart', () => {
    const e = score('set', [
      page({ id: 'faithful', expected: ['a'], predicted: [{ eventId: 'a', confidence: 0.95 }], reported: [{ kind: 'figure', quote: '64', correct: false, severity: 'warning' }, { kind: 'date', quote: 'Tuesday', correct: false, severity: 'info' }] }),
      page({ id: 'quiet', expected: ['b'], predicted: [{ eventId: 'b', confidence: 0.85 }] }),
      page({ id: 'injected', expected: ['c'], predicted: [{ eventId: 'c', confidence: 0.75 }], discrepancies: [{ kind: 'figure', quote: '9', found: true }], reported: [{ kind: 'figure', quote: '9', correct: true, severity: 'warning' }] }),
      page({ id: 'negative', predicted: [{ eventId: 'd', confidence: 0.72 }] }),
    ]);
    expect(e.faithful).toEqual({ pages: 2, warnings: 1, findings: 2 });
    expect(e.calibration.filter((b) => b.count)).toEqual([
      { from: 0.7, to: 0.8, count: 2, right: 1 },
      { from: 0.8, to: 0.9, count: 1, right: 1 },
      { from: 0.9, to: 1, count: 1, right: 1 },
    ]);
    expect(e.linking.falseLinkRate).toBe(1);
  });
});
