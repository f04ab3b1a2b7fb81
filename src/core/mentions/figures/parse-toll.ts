// Parser 3: toll nouns — "a death toll of 38", "the toll rose to 38", "bringing the death toll in
// Gaza to 43,000", "the number of injured reached 289", "el balance de muertos asciende a 38". The
// number must follow the noun closely and be introduced by a linking word, so "the toll is expected
// to rise as rescuers search 3 districts" does not read 3 as the toll.
import { addCandidate, sentenceOf } from './candidate';
import type { Ctx, Quantity } from './model';
import { readSubject, subjectText } from './noun-phrase';
import { matchAt } from './phrases';

const WINDOW = 12;
// A toll phrase may be followed by a long qualifier before its verb: "the number of people confirmed
// dead after the earthquake that struck the peninsula on New Year's Day rose to 84". Further out,
// only a number right after a verb of change counts.
const LONG_WINDOW = 32;
const CHANGE_VERBS = new Set(['rose', 'risen', 'climbed', 'jumped', 'increased', 'reached', 'stood', 'hit', 'passed', 'surpassed', 'topped']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'el', 'la', 'le', 'les', 'der', 'die', 'das', 'il', 'o', 'a']);
const TOLL_ADJECTIVES = new Set(['overall', 'total', 'official', 'new', 'latest', 'cumulative', 'final', 'updated', 'provisional']);
// Words that may introduce the toll's number even though they are function words elsewhere.
const LINKS = new Set(['of', 'to', 'at', 'is', 'was', 'has', 'had', 'now', 'de', 'a', 'en', 'à', 'auf', 'til', 'till', 'på', 'para', 'di', 'est', 'er', 'är', 'è', 'é', 'ist', ':', ',']);

export function parseTolls(ctx: Ctx): void {
  const { toks, lex } = ctx;
  for (let t = 0; t < toks.length; t++) {
    if (!toks[t]!.word) continue;
    const m = matchAt(lex.tolls, toks, t);
    if (!m) continue;
    const sentNext = sentenceOf(ctx, t).next;
    const q = tollNumber(ctx, m.end, Math.min(m.end + WINDOW, sentNext)) ?? afterChangeVerb(ctx, m.end, Math.min(m.end + LONG_WINDOW, sentNext));
    if (!q) continue;
    let first = m.start;
    if (TOLL_ADJECTIVES.has(toks[first - 1]?.low ?? '')) first--; // "the overall toll"
    if (DETERMINERS.has(toks[first - 1]?.low ?? '')) first--;
    const np = readSubject(ctx, q.next);
    addCandidate(ctx, q, {
      kind: m.value,
      first,
      next: np.cls ? np.next : q.next,
      subject: np.cls ? subjectText(np) : '',
      subjectClass: np.cls ?? 'people',
    });
    t = q.next - 1;
  }
}

function tollNumber(ctx: Ctx, from: number, limit: number): Quantity | null {
  const { toks, lex } = ctx;
  for (let k = from; k < limit; k++) {
    const q = ctx.quantityAt.get(k);
    if (!q || q.first !== k) continue;
    if (q.dropped || q.claimed) {
      k = q.next - 1;
      continue;
    }
    const before = toks[q.first - 1]!;
    // "rose from 30 to 38": the toll is the second number.
    if (before.low === 'from' && toks[q.next]?.low === 'to') {
      const later = ctx.quantityAt.get(q.next + 1);
      if (later && !later.dropped && !later.claimed) {
        q.claimed = true;
        return later;
      }
    }
    if (lex.stop.has(before.low) && !LINKS.has(before.low)) return null;
    return q;
  }
  return null;
}

/** The first number after a verb of change ("rose to 84", "stood at 95"), with no number before it. */
function afterChangeVerb(ctx: Ctx, from: number, limit: number): Quantity | null {
  const { toks } = ctx;
  for (let k = from; k < limit; k++) {
    const q = ctx.quantityAt.get(k);
    if (q && q.first === k) {
      if (q.dropped || q.claimed) return null;
      const before = toks[q.first - 1]?.low ?? '';
      const verb = before === 'to' || before === 'at' ? (toks[q.first - 2]?.low ?? '') : before;
      return CHANGE_VERBS.has(verb) ? q : null;
    }
  }
  return null;
}
