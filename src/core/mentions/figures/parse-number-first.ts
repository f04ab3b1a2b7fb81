// Parser 4: the number comes first — "at least 38 people were killed", "289 others injured",
// "38 dead", "9 killed, 2,750 wounded", "38 deaths had been confirmed", "37 bodies", "14 hostages",
// "took 250 people hostage", "minst 38 drept". With no kind word, a count of people is a generic
// `count` ("42 Palestinian prisoners", "10 Thai nationals"). Counted things (rockets, homes) are a
// `count` with subjectClass 'other' only next to a verb that makes them a fact of the event
// ("fired 200 rockets", "destroyed 50 homes"); otherwise they are left out.
import { addCandidate, openQuantities, sentenceOf } from './candidate';
import type { Ctx, Quantity } from './model';
import { readSubject, subjectText } from './noun-phrase';
import { matchAt } from './phrases';

const ASIDE_OPEN: Record<string, string> = { ',': ',', '(': ')', '—': '—', '–': '–' };
const ASIDE_MAX = 14;
const PREP_MAX = 5;
const OBJECT_START = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three']);
// The last auxiliary is kept in the span only when it is a participle ("had been confirmed").
const PARTICIPLE = /(?:ed|found|taken|brought)$/;
// "12 people who were killed": a relative pronoun may open the verb group.
const RELATIVE = new Set(['who', 'that', 'which', 'que', 'qui', 'die', 'der', 'som', 'che']);
const THING_WINDOW = 6;
const RELATIVE_MAX = 16;
// Conjunctions start a new clause ("38 homes and injured 12"), not a phrase to skip.
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'y', 'o', 'et', 'ou', 'und', 'oder', 'og', 'eller', 'och', 'e']);

export function parseNumberFirst(ctx: Ctx): void {
  const { toks, lex } = ctx;
  for (const q of openQuantities(ctx)) {
    const sentNext = sentenceOf(ctx, q.numFirst).next;
    const k = q.vague && lex.of.has(toks[q.next]?.low ?? '') ? q.next + 1 : q.next;
    const np = readSubject(ctx, k);
    const j = skipRelativeClause(ctx, skipAside(ctx, Math.max(np.next, k), sentNext), sentNext);
    let a = j;
    if (RELATIVE.has(toks[a]?.low ?? '') && a < sentNext) a++;
    while (a < sentNext && isAux(ctx, a)) a++;
    if (a === j + 1 && RELATIVE.has(toks[j]?.low ?? '') && !matchAt(lex.after, toks, a)) a = j;
    const kindWord = matchAt(lex.after, toks, a, sentNext);
    let kind = kindWord?.value;
    let next = kindWord?.end ?? np.next;
    if (kindWord) {
      // "3 soldiers killed a militant": the number is the agent, not the toll.
      if (a === j && np.text && startsObject(ctx, kindWord.end)) continue;
    } else if (np.kindNoun) {
      kind = np.kindNoun.kind;
      if (a > j && PARTICIPLE.test(toks[a - 1]!.low)) next = a; // "38 deaths had been confirmed"
    } else if (np.cls && !np.sourceHead) {
      // "two officials said": the number counts speakers, not an outcome.
      if (matchAt(lex.sayVerbs, toks, a) || matchAt(lex.sayVerbs, toks, j)) continue;
      kind = 'count';
    } else if (np.thing && thingVerbNear(ctx, q, np.next)) {
      kind = 'count';
    }
    if (!kind) continue;
    // "left 12 dead"
    const first = toks[q.first - 1]?.low === 'left' && kindWord ? q.first - 1 : q.first;
    addCandidate(ctx, q, {
      kind,
      first,
      next,
      subject: subjectText(np),
      subjectClass: np.thing ? 'other' : (np.cls ?? 'people'),
    });
  }
}

function isAux(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i]!;
  if (!t.word) return false;
  return ctx.lex.aux.has(t.low) || (t.low.length > 5 && t.low.endsWith('ly'));
}

function startsObject(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t) return false;
  return OBJECT_START.has(t.low) || ctx.lex.people.has(t.low) || ctx.quantityAt.has(i);
}

/**
 * Skips what stands between a noun and its verb: an aside ("38 people, most of them women, were
 * killed") or a short prepositional phrase ("38 people in Khan Younis were killed"). Returns `from`
 * unless a kind word or auxiliary follows the skipped part.
 */
function skipAside(ctx: Ctx, from: number, sentNext: number): number {
  const { toks, lex } = ctx;
  const open = toks[from];
  if (!open) return from;
  const close = ASIDE_OPEN[open.text];
  const limit = Math.min(sentNext, from + (close ? ASIDE_MAX : PREP_MAX));
  if (!close && !(open.word && lex.stop.has(open.low) && !lex.aux.has(open.low) && !CONJUNCTIONS.has(open.low))) return from;
  for (let k = from + 1; k < limit; k++) {
    const t = toks[k]!;
    if (close) {
      if (t.text !== close) continue;
      return isAux(ctx, k + 1) || matchAt(lex.after, toks, k + 1) ? k + 1 : from;
    }
    if (!t.word || matchAt(lex.sayVerbs, toks, k)) return from;
    if (isAux(ctx, k) || matchAt(lex.after, toks, k)) return k;
  }
  return from;
}

/**
 * Skips a relative clause between a noun and its verb: "six members of a road crew who had been
 * filling potholes on the bridge are presumed dead". Only when an auxiliary followed by a kind word
 * closes it, with no clause break on the way; otherwise `from`.
 */
function skipRelativeClause(ctx: Ctx, from: number, sentNext: number): number {
  const { toks, lex } = ctx;
  // The pronoun may follow a short phrase: "members of a road crew who ...".
  let rel = from;
  while (rel < Math.min(sentNext, from + PREP_MAX) && toks[rel]!.word && !RELATIVE.has(toks[rel]!.low) && !isAux(ctx, rel)) rel++;
  if (!RELATIVE.has(toks[rel]?.low ?? '')) return from;
  // "who were killed": the ordinary case, read by the caller.
  let a = rel + 1;
  while (a < sentNext && isAux(ctx, a)) a++;
  if (a < sentNext && matchAt(lex.after, toks, a, sentNext)) return rel === from ? from : rel;
  const limit = Math.min(sentNext, rel + RELATIVE_MAX);
  for (let k = rel + 2; k < limit; k++) {
    const t = toks[k]!;
    if (!t.word) return from; // a comma or a dash: the clause goes elsewhere
    if (!isAux(ctx, k)) continue;
    let b = k;
    while (b < sentNext && isAux(ctx, b)) b++;
    if (matchAt(lex.after, toks, b, sentNext)) return k;
  }
  return from;
}

function thingVerbNear(ctx: Ctx, q: Quantity, npNext: number): boolean {
  const { toks, lex } = ctx;
  const s = sentenceOf(ctx, q.numFirst);
  for (let k = Math.max(s.first, q.first - THING_WINDOW); k < Math.min(s.next, npNext + THING_WINDOW); k++) {
    if (lex.thingVerbs.has(toks[k]!.low)) return true;
  }
  return false;
}
