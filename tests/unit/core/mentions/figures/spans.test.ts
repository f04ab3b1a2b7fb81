import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../../src/core/mentions/figures';
import { figuresIn } from './helpers';

// An article in our own words, ~4 KB, with the kinds of figures wire copy carries.
const PARAGRAPH = [
  'Strikes on two towns kill dozens as convoy waits at crossing',
  'Air strikes on two towns in the south killed at least 41 people overnight, including 12 children, and wounded more than 150 others, the health ministry said on Thursday.',
  'A hospital source told Reuters that nine members of the Abu Daqqa family were among those killed when a missile hit their home, 3 km east of the centre.',
  'In the past 24 hours, 67 people were killed and 212 wounded, the ministry said, bringing the overall toll since October 7, 2023 to 43,391.',
  'The military said its aircraft struck 40 targets and that troops killed about 20 militants. One soldier was seriously wounded.',
  'Rescuers recovered 14 bodies from a four-storey building, according to the civil defence, while an estimated 30 people remained missing.',
  'The United Nations said roughly 1.9 million people have been displaced since the war began. Resolution 2735, adopted in June, called for a ceasefire.',
].join('\n\n');
const ARTICLE = Array(5).fill(PARAGRAPH).join('\n\n').slice(0, 4096);

describe('spans', () => {
  it('makes every span the exact slice of the text it claims', () => {
    const figures = figuresIn(ARTICLE);
    expect(figures.length).toBeGreaterThan(10);
    for (const f of figures) {
      expect(f.start).toBeLessThan(f.end);
      expect(ARTICLE.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('keeps spans compact: the claim, not the sentence', () => {
    for (const f of figuresIn(ARTICLE)) expect(f.text.length).toBeLessThan(90);
  });

  it('returns figures in text order with valid partOf indexes', () => {
    const figures = figuresIn(ARTICLE);
    figures.forEach((f, i) => {
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(figures[i - 1]!.start);
      if (f.partOf !== undefined) {
        expect(figures[f.partOf]?.subset).toBeUndefined();
        expect(f.subset).toBe(true);
      }
    });
  });

  it('returns nothing for an empty text', () => {
    expect(extractFigures('')).toEqual([]);
  });
});

describe('speed', () => {
  it('reads a 4 KB article in well under 2 ms', () => {
    for (let i = 0; i < 100; i++) extractFigures(ARTICLE);
    // Best of several batches: other test files share the CPU, and a pause is not the code's cost.
    let best = Infinity;
    for (let batch = 0; batch < 8; batch++) {
      const t0 = performance.now();
      for (let i = 0; i < 25; i++) extractFigures(ARTICLE);
      best = Math.min(best, (performance.now() - t0) / 25);
    }
    expect(best).toBeLessThan(2);
  });
});
