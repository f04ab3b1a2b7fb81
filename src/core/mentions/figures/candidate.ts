// Building a candidate from a parser's match, with defaults the refiners fill in later.
import type { FigureKind } from '../../types';
import type { Candidate, Ctx, Quantity, SubjectClass } from './model';

export function addCandidate(
  ctx: Ctx,
  q: Quantity,
  c: { kind: FigureKind | null; first: number; next: number; subject: string; subjectClass: SubjectClass; subset?: boolean },
): Candidate {
  const cand: Candidate = {
    q,
    kind: c.kind,
    first: Math.min(c.first, q.first),
    next: Math.max(c.next, q.next),
    subject: c.subject,
    subjectClass: c.subjectClass,
    subset: c.subset ?? false,
    sent: ctx.toks[q.numFirst]!.sent,
    scope: { period: 'unknown' },
    attributedTo: null,
  };
  q.claimed = true;
  ctx.candidates.push(cand);
  return cand;
}

/** Quantities a parser may still take, in text order. */
export function* openQuantities(ctx: Ctx): Generator<Quantity> {
  for (const q of ctx.quantities) if (!q.dropped && !q.claimed) yield q;
}

export function sentenceOf(ctx: Ctx, tokenIndex: number): { first: number; next: number } {
  const s = ctx.sents[ctx.toks[tokenIndex]?.sent ?? -1];
  return s ?? { first: 0, next: ctx.toks.length };
}
