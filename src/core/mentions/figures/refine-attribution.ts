// Refiner: the source each figure is attributed to — the nearest attribution in its sentence
// (after it first: "..., the ministry said"), else one in the next sentence when that sentence only
// continues this one ("That is according to the civil defence."). A subset without its own takes
// its total's.
import { attributionsIn, type Attribution } from './attribution';
import type { Candidate, Ctx } from './model';
import { matchAt } from './phrases';

const SHORT_SENTENCE = 12;
const LEAD_GAP = 2; // "the army said that 5 ..."
// Words after the attribution in a sentence that only attributes ("... confirmed the figure").
const AFTER_ATTRIBUTION = 3;

export function refineAttribution(ctx: Ctx): void {
  const cache = new Map<number, Attribution[]>();
  const inSent = (s: number) => cache.get(s) ?? cache.set(s, attributionsIn(ctx, s)).get(s)!;
  const sentsWithFigures = new Set(ctx.candidates.map((c) => c.sent));
  for (const c of ctx.candidates) {
    const own = pick(inSent(c.sent), c, ctx.candidates);
    if (own) {
      c.attributedTo = own.source;
      continue;
    }
    const next = c.sent + 1;
    if (!sentsWithFigures.has(next) && continues(ctx, next, inSent(next))) c.attributedTo = inSent(next)[0]?.source ?? null;
  }
  for (const c of ctx.candidates) {
    if (c.attributedTo === null && c.parent) c.attributedTo = c.parent.attributedTo;
  }
}

function pick(attrs: readonly Attribution[], c: Candidate, all: readonly Candidate[]): Attribution | undefined {
  // An attribution inside the figure's own words is not about it.
  const outside = attrs.filter((a) => a.next <= c.q.first || a.first >= c.q.next);
  // "..., while the army said 5 militants died": an attribution that leads straight into another
  // figure belongs to that figure, not to the one before it.
  const leadsOther = (a: Attribution) => all.some((o) => o !== c && o.sent === c.sent && o.first >= a.next && o.first <= a.next + LEAD_GAP);
  return outside.find((a) => a.anchor >= c.next && !leadsOther(a)) ?? outside.filter((a) => a.anchor < c.first).pop();
}

/**
 * Does the next sentence only say where this one's figures came from? "That is according to the
 * civil defence." or "Officials confirmed the figure." do; "Hamas said the claim was false." is a
 * statement of its own, however short.
 */
function continues(ctx: Ctx, sent: number, attrs: readonly Attribution[]): boolean {
  const s = ctx.sents[sent];
  if (!s) return false;
  if (matchAt(ctx.lex.continuations, ctx.toks, s.first) !== null) return true;
  if (s.next - s.first > SHORT_SENTENCE) return false;
  const words = (from: number) => ctx.toks.slice(from, s.next).filter((t) => t.word).length;
  return attrs.some((a) => words(a.next) <= AFTER_ATTRIBUTION);
}
