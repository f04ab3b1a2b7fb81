import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import model from '../../../src/core/matching/model.json';
import { trainingInputsHash } from '../../../src/cli/train/inputs-hash';

describe('the committed linking model', () => {
  it('was learned from the data, pages and feature code in the repo now (else: npm run train)', () => {
    expect((model as { inputsHash?: string }).inputsHash).toBe(trainingInputsHash(resolve(import.meta.dirname, '../../..')));
  });

  it('holds a weight for every feature and a threshold inside (0, 1)', () => {
    expect(Object.keys(model.weights).sort()).toEqual(['actor', 'figure', 'gist', 'late', 'lateStated', 'place', 'published', 'specific', 'stated', 'text', 'title']);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });
});
