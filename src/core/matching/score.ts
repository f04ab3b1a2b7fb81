// Features → a confidence. A logistic model with hand-set weights, checked on the project's own
// fixtures (tests/unit/core/matching) and never tuned to the evaluation cases. Each feature is in
// [0, 1] (date fit in [-1, 1]); the bias puts an article that shares only a broad place and some
// words well below the threshold, and one that shares a rare place, a person and the date above it.
import type { Features } from './features';

export interface Model {
  bias: number;
  weights: Features;
}

export const MODEL: Model = {
  bias: -5.2,
  weights: { place: 2.6, actor: 2.4, text: 3.2, gist: 2.2, date: 2.4, figure: 1.0, title: 0.9 },
};

export const THRESHOLD = 0.5;

export function confidence(f: Features, model: Model = MODEL): number {
  let z = model.bias;
  for (const k of Object.keys(model.weights) as (keyof Features)[]) z += model.weights[k] * f[k];
  return 1 / (1 + Math.exp(-z));
}
