// Features → a confidence: a logistic model whose bias, weights and threshold are learned by
// `npm run train` (src/cli/train.ts) from the dataset's own reports and the project's labelled pages,
// with cross-validation by event, and stored in model.json. Nothing here is typed by hand.
import type { Features } from './features';
import trained from './model.json';

export interface Model {
  bias: number;
  weights: Features;
  /**
   * Maps the candidate model's log-odds z to the confidence shown: σ(a·z + b), fitted so that of the
   * articles whose best event shows 0.8, about 80% are about it (on folds the model never saw).
   */
  calibration: { a: number; b: number };
  /** The confidence at which an event is linked. */
  threshold: number;
}

export const MODEL: Model = { bias: trained.bias, weights: trained.weights as Features, calibration: trained.calibration, threshold: trained.threshold };

export const THRESHOLD = MODEL.threshold;

export function confidence(f: Features, model: Model = MODEL): number {
  let z = model.bias;
  for (const k of Object.keys(model.weights) as (keyof Features)[]) z += model.weights[k] * f[k];
  return 1 / (1 + Math.exp(-(model.calibration.a * z + model.calibration.b)));
}
