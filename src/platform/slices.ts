// Long work on the page's main thread, given back to the page every few milliseconds: `step` is a
// core builder's step (a fixed amount of work, no clock), and the clock is kept here.

/** Longest stretch of our work between two chances for the page to run. */
export const SLICE_MS = 8;
/** Work units per call of `step` (see textMapBuilder and pageReader): well under a millisecond. */
const STEP_UNITS = 20_000;

/** Gives the page its thread back until the next task. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs `step` to the end in slices of about SLICE_MS; `cancelled` stops it between slices. */
export async function inSlices(step: (budget: number) => boolean, cancelled: () => boolean = () => false): Promise<boolean> {
  for (;;) {
    const until = performance.now() + SLICE_MS;
    let done = step(STEP_UNITS);
    while (!done && performance.now() < until) done = step(STEP_UNITS);
    if (done) return true;
    await yieldToPage();
    if (cancelled()) return false;
  }
}
