// Stage 2: numbers that are not counts. Ages, years, dates, times, money, measures, identifiers
// ("Resolution 1701", "F-16", "COVID-19"), phone numbers and pronoun "one". Each rule names its
// reason so a failing test says which rule fired.
import type { Ctx, Quantity, Tok } from './model';

const JOIN_BEFORE = new Set(['$', '€', '£', '¥', '₪', '#', '+', '/', ':', '№', '.', ',']);
const JOIN_AFTER = new Set(['%', '/', ':', '°', '‰']);
const DASHES = new Set(['-', '–', '‑']);
const ONE_PRONOUN_BEFORE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'someone', 'anyone']);
const ONE_PRONOUN_AFTER = new Set(['of', 'another', 'day', 'time', 'way', 'side']);

export function dropNonFigures(ctx: Ctx): void {
  for (const q of ctx.quantities) {
    const reason = nonFigureReason(ctx, q);
    if (reason) q.dropped = reason;
  }
}

function nonFigureReason(ctx: Ctx, q: Quantity): string | null {
  const { toks, lex } = ctx;
  const first = toks[q.numFirst]!;
  const last = toks[q.numNext - 1]!;
  const prev = toks[q.numFirst - 1];
  const prev2 = toks[q.numFirst - 2];
  const next = toks[q.numNext];
  const afterQ = toks[q.next];
  const joinedBefore = prev !== undefined && prev.end === first.start;
  const joinedAfter = next !== undefined && next.start === last.end;

  // Glued to letters or symbols: F-16, COVID-19, G7, 3km, 7th, $5, 12%, 10:30, 24/7, +972.
  if (joinedBefore && (prev.word || JOIN_BEFORE.has(prev.text))) return 'code';
  if (joinedBefore && DASHES.has(prev.text) && prev2?.end === prev.start && (prev2.word || prev2.num)) return 'code';
  if (joinedAfter && (next.word || JOIN_AFTER.has(next.text))) return 'unit';
  if (joinedAfter && next.text === '.' && toks[q.numNext + 1]?.num && toks[q.numNext + 1]!.start === next.end) return 'date';
  // "15-year-old", "a 3-day truce": a dash then a unit.
  const afterDash = next && DASHES.has(next.text) && joinedAfter ? toks[q.numNext + 1] : undefined;
  if (afterDash && lex.units.has(afterDash.low)) return 'age-or-measure';
  // Measures and ages after the number (or after the range end): "24 hours", "64 years old", "3 km".
  if (afterQ && lex.units.has(afterQ.low) && !lex.people.has(afterQ.low)) return 'unit';
  if (next && next !== afterQ && lex.units.has(next.low)) return 'unit';
  if (afterQ?.low === 'per' || afterQ?.low === 'por' || afterQ?.low === 'pour') return 'unit';
  if (prev && lex.ageBefore.has(prev.low)) return 'age';
  if (isApposedAge(toks, q)) return 'age';
  if (isDate(ctx, q)) return 'date';
  if (isYear(ctx, q)) return 'year';
  // "Resolution 1701", "Flight 370", "No. 7"
  if (prev && lex.identifiers.has(prev.low)) return 'identifier';
  if (prev?.text === '.' && prev2 && lex.identifiers.has(prev2.low)) return 'identifier';
  if (isPhoneLike(toks, q)) return 'phone';
  // "page 2 of 5": the second number of "N of M".
  if (prev?.low === 'of' && prev2?.num) return 'of-number';
  if (q.value === 1 && q.form === 'words' && !q.explicitQualifier) {
    if (prev && ONE_PRONOUN_BEFORE.has(prev.low)) return 'pronoun';
    if (next && ONE_PRONOUN_AFTER.has(next.low)) return 'pronoun';
  }
  if (!Number.isInteger(q.value) || q.value <= 0) return 'not-a-count';
  return null;
}

/** "Ahmed Saleh, 15, was among ..." or "Saleh (15)". */
function isApposedAge(toks: readonly Tok[], q: Quantity): boolean {
  if (q.form !== 'digits' || q.value >= 120 || q.first !== q.numFirst) return false;
  const before = toks[q.first - 1];
  const name = toks[q.first - 2];
  const after = toks[q.next];
  if (!before || !name || !after) return false;
  const comma = before.text === ',' && (after.text === ',' || after.text === '.' || after.text === ')');
  const paren = before.text === '(' && after.text === ')';
  return (comma || paren) && name.cap && name.word;
}

function isMonth(ctx: Ctx, t: Tok | undefined): boolean {
  if (!t || !t.word || !ctx.lex.months.has(t.low)) return false;
  // English months are capitalised; "may" and "march" are also verbs.
  return t.cap || ctx.lex.lang !== 'en';
}

/** "October 7", "7 October", "7. oktober", "7 de octubre", "le 7 octobre". */
function isDate(ctx: Ctx, q: Quantity): boolean {
  const { toks } = ctx;
  const prev = toks[q.first - 1];
  if (isMonth(ctx, prev)) return true;
  if (prev?.text === '.' && isMonth(ctx, toks[q.first - 2])) return true; // "Oct. 7"
  let k = q.next;
  if (toks[k]?.text === '.' || toks[k]?.low === 'de' || toks[k]?.low === 'di') k++;
  return isMonth(ctx, toks[k]);
}

/** A bare four-digit year: "in 2023", "the 1967 war", "since 2014". */
function isYear(ctx: Ctx, q: Quantity): boolean {
  const t = ctx.toks[q.numFirst]!;
  if (q.form !== 'digits' || !/^\d{4}$/.test(t.text) || q.value < 1800 || q.value > 2100) return false;
  const prev = ctx.toks[q.first - 1];
  if (prev && ctx.lex.yearBefore.has(prev.low)) return true;
  // "2000 people were killed" stays a count; "2023 saw" does not.
  const next = ctx.toks[q.next];
  return !(q.explicitQualifier || (next && (ctx.lex.people.has(next.low) || ctx.lex.kindNouns.has(next.low))));
}

/** Three or more digit groups in a row: "+972 8 123 4567", "555-123-4567". */
function isPhoneLike(toks: readonly Tok[], q: Quantity): boolean {
  let groups = 1;
  for (let k = q.numFirst; k > 0 && groups < 3; k -= 2) {
    const sep = toks[k - 1];
    const g = toks[k - 2];
    if (!sep || !g?.num || (sep.text !== '-' && sep.text !== '.' && sep.text !== '(' && sep.text !== ')')) break;
    groups++;
  }
  for (let k = q.numNext; groups < 3; k += 2) {
    const sep = toks[k];
    const g = toks[k + 1];
    if (!sep || !g?.num || (sep.text !== '-' && sep.text !== '.' && sep.text !== ')')) break;
    groups++;
  }
  const prev = toks[q.numFirst - 1];
  return groups >= 3 || prev?.text === '+';
}
