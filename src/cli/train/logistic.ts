// The learning behind `npm run train`: L2-regularised logistic regression fitted by Newton's method,
// folds that keep every example of one event (or page) together, and the figures that say whether a
// confidence means what it says. Deterministic: the same data and seed give the same model.

export interface Fit {
  bias: number;
  weights: number[];
  iterations: number;
}

/** Solve A x = b for a small dense symmetric positive-definite A (Gaussian elimination, pivoting). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) throw new Error('singular system: a feature never varies, or two are the same');
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / p;
      if (f === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function predict(fit: Fit, x: number[]): number {
  let z = fit.bias;
  for (let j = 0; j < x.length; j++) z += fit.weights[j]! * x[j]!;
  return sigmoid(z);
}

/**
 * Maximum a-posteriori logistic regression: log-likelihood minus lambda/2 · |w|² (the bias is not
 * penalised). Example weights let a few hand-labelled pages count beside many generated ones.
 */
export function fitLogistic(xs: number[][], ys: number[], opts: { lambda: number; sampleWeights?: number[]; maxIter?: number }): Fit {
  if (!xs.length) throw new Error('no training examples');
  const d = xs[0]!.length;
  const n = d + 1; // index 0 is the bias
  let beta = new Array<number>(n).fill(0);
  const sw = opts.sampleWeights ?? xs.map(() => 1);
  let iterations = 0;
  for (; iterations < (opts.maxIter ?? 50); iterations++) {
    const grad = new Array<number>(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    xs.forEach((x, i) => {
      const row = [1, ...x];
      let z = 0;
      for (let j = 0; j < n; j++) z += beta[j]! * row[j]!;
      const p = sigmoid(z);
      const w = sw[i]!;
      for (let j = 0; j < n; j++) {
        grad[j]! += w * (ys[i]! - p) * row[j]!;
        for (let k = j; k < n; k++) hess[j]![k]! += w * p * (1 - p) * row[j]! * row[k]!;
      }
    });
    for (let j = 0; j < n; j++) for (let k = 0; k < j; k++) hess[j]![k] = hess[k]![j]!;
    for (let j = 1; j < n; j++) {
      grad[j]! -= opts.lambda * beta[j]!;
      hess[j]![j]! += opts.lambda;
    }
    hess[0]![0]! += 1e-9;
    const step = solve(hess, grad);
    beta = beta.map((b, j) => b + step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: beta[0]!, weights: beta.slice(1), iterations };
}

/** A small seeded generator (mulberry32), so folds are the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number per group, groups shuffled with the seed and dealt round-robin into k folds. */
export function groupFolds(groups: string[], k: number, seed: number): Map<string, number> {
  const unique = [...new Set(groups)].sort();
  const rand = seeded(seed);
  for (let i = unique.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [unique[i], unique[j]] = [unique[j]!, unique[i]!];
  }
  return new Map(unique.map((g, i) => [g, i % k]));
}

export interface Bucket {
  from: number;
  to: number;
  count: number;
  observed: number;
}

/** Predicted probability bucket → how often the prediction was right. */
export function reliability(preds: number[], labels: number[], edges = [0, 0.1, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]): Bucket[] {
  const out: Bucket[] = [];
  for (let b = 0; b < edges.length - 1; b++) {
    const from = edges[b]!;
    const to = edges[b + 1]!;
    let count = 0;
    let pos = 0;
    preds.forEach((p, i) => {
      if (p >= from && p < to) {
        count++;
        pos += labels[i]!;
      }
    });
    out.push({ from, to: Math.min(to, 1), count, observed: count ? pos / count : NaN });
  }
  return out;
}
