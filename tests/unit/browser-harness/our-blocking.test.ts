// The hostile bench's main-thread measure, on a profile and a trace made up here.
import { describe, expect, it } from 'vitest';
import { ourBlocking, type CpuProfile, type TraceEvent } from '../../browser/hostile-visit';

const ID = 'abcdefghijklmnop';
const OURS = `chrome-extension://${ID}/content-scripts/article.js`;
// Node 1 is the root, 2 a page function, 3 ours, 4 a native call made from ours (child of 3).
const nodes: CpuProfile['nodes'] = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3] },
  { id: 2, callFrame: { url: 'https://news.example/app.js', functionName: 'layoutAll' } },
  { id: 3, callFrame: { url: OURS, functionName: 'step' }, children: [4] },
  { id: 4, callFrame: { url: '', functionName: 'getComputedStyle' } },
];
/** Samples every millisecond from t = 0 (µs clock), one node id a sample. */
const profile = (ids: number[]): CpuProfile => ({ nodes, startTime: 0, samples: ids, timeDeltas: ids.map((_, i) => (i === 0 ? 0 : 1000)) });
const task = (fromMs: number, toMs: number): TraceEvent => ({ name: 'RunTask', ph: 'X', ts: fromMs * 1000, dur: (toMs - fromMs) * 1000, pid: 1, tid: 2 });
const main: TraceEvent = { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 2, args: { name: 'CrRendererMain' } };

describe('ourBlocking', () => {
  it('charges our samples, and native work called from ours, to the task they ran in', () => {
    // 0–9 ms one task: 3 of ours, 4 native-from-ours, 3 page. 10–19 ms another: 2 of ours.
    const p = profile([3, 3, 3, 4, 4, 4, 4, 2, 2, 2, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1]);
    const r = ourBlocking(p, [main, task(0, 9.5), task(10, 19.5)], ID);
    expect(r.longest).toBeCloseTo(7);
    expect(r.total).toBeCloseTo(9);
  });

  it('does not run two of our tasks together when no sample fell between them', () => {
    const p = profile([3, 3, 3, 3, 3, 3]);
    const r = ourBlocking(p, [main, task(0, 2.9), task(2.95, 5.9)], ID);
    expect(r.longest).toBeCloseTo(3);
  });

  it("leaves the page's own time in a task to the page", () => {
    const p = profile([2, 2, 2, 2, 2, 2, 2, 2, 3, 2]);
    expect(ourBlocking(p, [main, task(0, 10)], ID).longest).toBeCloseTo(1);
  });

  it("charges our samples to the page's thread, not to another renderer's task that spans them", () => {
    const otherMain: TraceEvent = { ...main, tid: 7 };
    const script: TraceEvent = { name: 'EvaluateScript', ph: 'X', ts: 0, dur: 500, pid: 1, tid: 2, args: { data: { url: OURS } } };
    // Another renderer's long task spans everything; the page's own tasks split our samples in two.
    const p = profile([3, 3, 3, 3, 3, 3, 1]);
    const r = ourBlocking(p, [main, otherMain, script, { ...task(0, 10), tid: 7 }, task(0, 2.9), task(2.95, 5.9)], ID);
    expect(r.longest).toBeCloseTo(3);
  });

  it('ignores tasks nested in a task, and other threads', () => {
    const other: TraceEvent = { ...task(0, 10), tid: 9 };
    const p = profile([3, 3, 3, 3, 1]);
    const r = ourBlocking(p, [main, task(0, 3.9), { ...task(1, 2), name: 'ThreadControllerImpl::RunTask' }, other], ID);
    expect(r.longest).toBeCloseTo(4);
  });
});
