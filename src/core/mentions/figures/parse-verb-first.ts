// Parser 2: a verb or nominalisation before the number — "killed 38 people", "killing at least 21",
// "wounding 289 others", "claimed the lives of 12", "the release of 42 Palestinian prisoners",
// "mató a 38 personas", "tötete mindestens 38 Menschen".
import { addCandidate, openQuantities, sentenceOf } from './candidate';
import type { Ctx } from './model';
import { readSubject, subjectText } from './noun-phrase';
import { matchEndingAt } from './phrases';

export function parseVerbFirst(ctx: Ctx): void {
  const { toks, lex } = ctx;
  for (const q of openQuantities(ctx)) {
    const floor = sentenceOf(ctx, q.numFirst).first;
    // The verb may end right before the number ("mató a 38") or before a filler ("killed another 5").
    const filler = matchEndingAt(lex.fillers, toks, q.first - 1, floor);
    const verb =
      matchEndingAt(lex.before, toks, q.first - 1, floor) ??
      (filler ? matchEndingAt(lex.before, toks, filler.start - 1, floor) : null);
    if (!verb) continue;
    const k = q.vague && lex.of.has(toks[q.next]?.low ?? '') ? q.next + 1 : q.next;
    const np = readSubject(ctx, k);
    if (np.thing) continue;
    addCandidate(ctx, q, {
      kind: verb.value,
      first: verb.start,
      next: np.text ? np.next : q.next,
      subject: subjectText(np),
      subjectClass: np.cls ?? 'people',
    });
  }
}
