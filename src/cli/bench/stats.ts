// Small statistics for benchmark figures.

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: number[]) => percentile(values, 50);
export const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

/** Runs f n times after one warm-up and returns the median duration in milliseconds. */
export async function timeMedian(n: number, f: () => unknown | Promise<unknown>, clock: () => number): Promise<number> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = clock();
    await f();
    times.push(clock() - t0);
  }
  return median(times);
}
