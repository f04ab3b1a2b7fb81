// Last stage: candidates become FigureMentions, in text order, with `partOf` pointing at the index
// of the total in the returned array.
import type { FigureMention } from '../../types';
import type { Candidate, Ctx } from './model';

export function finalize(ctx: Ctx): FigureMention[] {
  const cands = [...ctx.candidates].sort((a, b) => a.first - b.first || a.q.first - b.q.first);
  const index = new Map<Candidate, number>(cands.map((c, i) => [c, i]));
  return cands.map((c) => {
    const start = ctx.toks[c.first]!.start;
    const end = ctx.toks[c.next - 1]!.end;
    const m: FigureMention = {
      text: ctx.text.slice(start, end),
      start,
      end,
      kind: c.kind ?? 'count',
      value: c.q.value,
      qualifier: c.q.qualifier,
      subject: c.subject,
      subjectClass: c.subjectClass,
      scope: c.scope,
      attributedTo: c.attributedTo,
    };
    if (c.q.max !== undefined) m.max = c.q.max;
    if (c.subset) {
      m.subset = true;
      const parent = c.parent ? index.get(c.parent) : undefined;
      if (parent !== undefined) m.partOf = parent;
    }
    return m;
  });
}
