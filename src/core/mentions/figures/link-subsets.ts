// Refiner: ties each subset to the total it is part of — the nearest earlier total in the same
// sentence, else the last total of the previous sentence ("The strike killed 38. Among the dead were
// 13 children."). A subset takes its kind from the total when its own words do not say it; one with
// neither is dropped ("a family of six, including four children" is not a casualty figure).
import type { Candidate, Ctx } from './model';

export function linkSubsets(ctx: Ctx): void {
  ctx.candidates.sort((a, b) => a.q.first - b.q.first);
  const keep: Candidate[] = [];
  for (const c of ctx.candidates) {
    if (c.subset) {
      const parent = findParent(keep, c);
      if (parent) {
        c.parent = parent;
        c.kind ??= parent.kind;
      }
      if (!c.kind) continue;
    }
    keep.push(c);
  }
  ctx.candidates = keep;
}

function findParent(before: readonly Candidate[], c: Candidate): Candidate | undefined {
  for (const sent of [c.sent, c.sent - 1]) {
    for (let k = before.length - 1; k >= 0; k--) {
      const p = before[k]!;
      if (p.sent < sent) break;
      if (p.sent !== sent || p.subset) continue;
      // A generic count can hold a part of a stated kind ("179 casualties, 21 of whom ... dead").
      if (!c.kind || p.kind === c.kind || p.kind === 'count') return p;
    }
  }
  return undefined;
}
