// Shared helpers for the figure tests: run the extractor and check the invariant every figure must
// keep (its text is exactly the slice it claims), so each test can focus on its own pattern.
import { expect } from 'vitest';
import { extractFigures } from '../../../../../src/core/mentions/figures';
import type { FigureMention } from '../../../../../src/core/types';

export function figuresIn(text: string): FigureMention[] {
  const figures = extractFigures(text);
  for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  return figures;
}

/** The one figure of a sentence; fails when there are none or several. */
export function onlyFigure(text: string): FigureMention {
  const figures = figuresIn(text);
  expect(figures, JSON.stringify(figures, null, 1)).toHaveLength(1);
  return figures[0]!;
}

/** An expected figure: the fields a test cares about, on top of sensible defaults. */
export function fig(overrides: Partial<FigureMention> = {}): Partial<FigureMention> {
  return { qualifier: 'exact', ...overrides };
}

/** [kind, value] pairs, for sentences with several figures. */
export function kindsAndValues(text: string): [string, number][] {
  return figuresIn(text).map((f) => [f.kind, f.value]);
}
