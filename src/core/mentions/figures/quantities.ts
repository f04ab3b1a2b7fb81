// Stage 1: every number in the text with its qualifier and range. Nothing here decides whether the
// number is a figure; `negatives` and the parsers do.
import { readNumberAt, type Vagueness } from '../../text/numbers';
import type { Qualifier } from '../../types';
import type { Ctx, Quantity } from './model';
import { matchEndingAt } from './phrases';

const VAGUE_QUALIFIER: Record<Vagueness, Qualifier> = {
  about: 'about',
  dozens: 'dozens',
  scores: 'scores',
  hundreds: 'hundreds',
  thousands: 'thousands',
  millions: 'millions',
};

const DASHES = new Set(['-', '–', '—', '‑']);

// "since October 7, 2023 to 43,391" must not become a range starting at a year.
function yearLike(raw: string, value: number): boolean {
  return /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100;
}

export function findQuantities(ctx: Ctx): void {
  const { text, toks, lex } = ctx;
  const opts = { langs: ctx.numberLangs, preferThousands: true, spaceGroups: lex.spaceGroups };
  for (let i = 0; i < toks.length; ) {
    const tok = toks[i]!;
    const r = tok.num || tok.word ? readNumberAt(text, toks, i, opts) : null;
    if (!r) {
      i++;
      continue;
    }
    const q: Quantity = {
      first: i,
      numFirst: i,
      numNext: r.next,
      next: r.next,
      value: r.value,
      qualifier: r.vague ? VAGUE_QUALIFIER[r.vague] : 'exact',
      explicitQualifier: false,
      form: r.form,
      ...(r.vague ? { vague: r.vague } : {}),
    };
    const sentFloor = ctx.sents[tok.sent]?.first ?? 0;
    readRange(ctx, q, sentFloor);
    if (!q.explicitQualifier) {
      const qual = matchEndingAt(lex.qualifiers, toks, i - 1, sentFloor);
      // "handed over 14 hostages": the word is the verb's particle, not a qualifier.
      const particle = qual && qual.start === i - 1 && qual.start > sentFloor && lex.particleVerbs.has(toks[qual.start - 1]!.low);
      if (qual && !particle) {
        q.first = qual.start;
        q.qualifier = qual.value;
        q.explicitQualifier = true;
      }
    }
    ctx.quantities.push(q);
    ctx.quantityAt.set(q.first, q);
    if (q.first !== q.numFirst) ctx.quantityAt.set(q.numFirst, q);
    i = q.next;
  }
}

/** Extends q to "between 20 and 30", "20 to 30", "20-30" or "two or three" when the text says so. */
function readRange(ctx: Ctx, q: Quantity, sentFloor: number): void {
  const { text, toks, lex } = ctx;
  const opts = { langs: ctx.numberLangs, preferThousands: true, spaceGroups: lex.spaceGroups };
  const link = toks[q.numNext];
  if (!link) return;
  const between = matchEndingAt(lex.between, toks, q.numFirst - 1, sentFloor);
  if (between) {
    const end = link.low === between.value ? readNumberAt(text, toks, q.numNext + 1, opts) : null;
    if (end && end.value > q.value) {
      Object.assign(q, { max: end.value, next: end.next, qualifier: 'range', explicitQualifier: true, first: between.start });
    }
    return;
  }
  const dash = DASHES.has(link.text);
  // "rose from 20 to 30" is a change, not a range; "since 2023 to 43,000" starts at a year.
  if (!(dash || lex.rangeLinks.has(link.low)) || toks[q.numFirst - 1]?.low === 'from') return;
  if (yearLike(toks[q.numFirst]!.text, q.value)) return;
  // A dash joins only when it is tight ("20-30") or spaced on both sides ("20 – 30").
  const prevEnd = toks[q.numNext - 1]!.end;
  const after = toks[q.numNext + 1];
  const tight = link.start === prevEnd && after?.start === link.end;
  const spaced = link.start > prevEnd && after !== undefined && after.start > link.end;
  if (dash && !tight && !spaced) return;
  const end = readNumberAt(text, toks, q.numNext + 1, opts);
  if (end && end.value > q.value) Object.assign(q, { max: end.value, next: end.next, qualifier: 'range' });
}
