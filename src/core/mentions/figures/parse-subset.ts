// Parser 1: parts of a total — "including 13 children", "among them 7 women", "13 of them children",
// "13 children among the dead", "of the dead, 13 were children", "38 drept, 13 av dem barn". These go
// first so the counting parsers never read "13 children" as a total. The kind is filled in from the
// total by `link-subsets` unless the words say it ("among the dead").
import type { FigureKind } from '../../types';
import { addCandidate, openQuantities, sentenceOf } from './candidate';
import type { Candidate, Ctx, NounPhrase, Quantity } from './model';
import { readSubject, subjectText } from './noun-phrase';
import { matchAt, matchEndingAt } from './phrases';

const LIST_JOINERS = new Set([',', 'and', 'y', 'et', 'und', 'og', 'och', 'e']);
const COPULA = new Set(['were', 'was', 'are', 'is', 'fueron', 'eran', 'sont', 'étaient', 'waren', 'sind', 'var', 'er', 'är', 'foram', 'erano', 'sono']);

export function parseSubsets(ctx: Ctx): void {
  const { toks, lex } = ctx;
  let prev: Candidate | null = null;
  for (const q of openQuantities(ctx)) {
    const floor = sentenceOf(ctx, q.numFirst).first;
    let first = q.first;
    let kind: FigureKind | null = null;
    let matched = false;
    const marker = matchEndingAt(lex.subsetBefore, toks, q.first - 1, floor);
    const among = marker ? null : amongBefore(ctx, q, floor);
    if (marker) {
      matched = true;
      first = marker.start;
    } else if (among) {
      matched = true;
      kind = among.kind;
      first = among.start;
    } else if (prev && prev.next === q.first - 1 && LIST_JOINERS.has(toks[q.first - 1]?.low ?? '')) {
      // "including 13 children and 7 women"
      matched = true;
      kind = prev.kind;
    }
    let np: NounPhrase;
    let next: number;
    const after = matchAt(lex.subsetAfter, toks, q.next);
    if (after) {
      matched = true;
      const at = skipCopula(ctx, after.end);
      // "21 of whom were declared dead": the words say the kind.
      const said = matchAt(lex.after, toks, at);
      np = said ? readSubject(ctx, after.end) : readSubject(ctx, at);
      if (said) kind = said.value;
      next = Math.max(np.text ? np.next : after.end, said?.end ?? 0);
    } else {
      np = readSubject(ctx, lex.of.has(toks[q.next]?.low ?? '') && q.vague ? q.next + 1 : q.next);
      next = Math.max(np.next, q.next);
      const tail = amongAfter(ctx, next);
      if (tail) {
        matched = true;
        kind = tail.kind;
        next = tail.end;
      }
    }
    // "13 of the dead were children", "of the dead, 13 were children"
    const later = matched && !np.text ? subjectAfterCopula(ctx, next) : null;
    if (later) {
      np = later;
      next = later.next;
    }
    if (!matched || np.thing) continue;
    prev = addCandidate(ctx, q, { kind, first, next, subject: subjectText(np), subjectClass: np.cls ?? 'people', subset: true });
  }
}

function skipCopula(ctx: Ctx, i: number): number {
  return COPULA.has(ctx.toks[i]?.low ?? '') ? i + 1 : i;
}

/** The subject after a copula ("... 13 were children"), when there is one. */
function subjectAfterCopula(ctx: Ctx, at: number): NounPhrase | null {
  const k = skipCopula(ctx, at);
  if (k === at) return null;
  const np = readSubject(ctx, k);
  return np.text ? np : null;
}

/** "among the dead were 13", "of the dead, 13 were children" — the group ends right before q. */
function amongBefore(ctx: Ctx, q: Quantity, floor: number): { start: number; kind: FigureKind } | null {
  const { toks, lex } = ctx;
  let i = q.first - 1;
  if (COPULA.has(toks[i]?.low ?? '')) i--;
  if (toks[i]?.text === ',') i--;
  const g = matchEndingAt(lex.amongGroups, toks, i, floor);
  const prep = g ? toks[g.start - 1] : undefined;
  if (!g || !prep || !lex.amongPreps.has(prep.low)) return null;
  return { start: g.start - 1, kind: g.value };
}

/** "... among the dead", "... of the dead" right after the number and its noun. */
function amongAfter(ctx: Ctx, at: number): { end: number; kind: FigureKind } | null {
  const { toks, lex } = ctx;
  const i = skipCopula(ctx, at); // "13 children were among the dead"
  if (!lex.amongPreps.has(toks[i]?.low ?? '')) return null;
  const g = matchAt(lex.amongGroups, toks, i + 1);
  return g ? { end: g.end, kind: g.value } : null;
}
