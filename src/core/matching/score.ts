// Features → a calibrated confidence. A logistic model: the weights are fitted on training pairs
// made from the dataset's own reports (each report's gist, dated at its publication, against its
// event and the hard neighbours the index returns for it) — see src/cli/calibrate.ts — and never on
// the evaluation cases.
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
