// Tokens and sentences. Sentences bound every figure stage: qualifiers, nouns, attributions and
// scope cues are only looked for inside the figure's own sentence (plus one follow-up sentence for
// attributions). A line break always ends a sentence, so headlines and credit lines stand alone.
import { TOKEN_PATTERN } from '../../text/numbers';
import type { Sentence, Tok } from './model';
import { normalizeLow } from './phrases';

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen lt col sgt maj capt cpl pvt rev prof sen rep gov no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec approx ca u s k n e w inc ltd co corp jr sr fig'.split(' '),
);
// Same tokens as numbers.ts `tokenize`, read directly into the richer shape (one object per token).
const TOKEN_RE = new RegExp(TOKEN_PATTERN, 'gu');
const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;

export function tokenizeText(text: string): { toks: Tok[]; sents: Sentence[] } {
  const toks: Tok[] = [];
  const sents: Sentence[] = [];
  let sentFirst = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const b = { text: m[0], start: m.index, end: m.index + m[0].length };
    const i = toks.length;
    const prev = toks[i - 1];
    if (prev && (hasNewline(text, prev.end, b.start) || endsSentence(toks, i - 1, b.text, b.start > prev.end))) {
      sents.push({ first: sentFirst, next: i, start: toks[sentFirst]!.start, end: prev.end });
      sentFirst = i;
    }
    const c = b.text.charCodeAt(0);
    const before = b.start > 0 ? text.charCodeAt(b.start - 1) : 32;
    toks.push({
      text: b.text,
      low: normalizeLow(b.text.toLowerCase()),
      start: b.start,
      end: b.end,
      num: c >= 48 && c <= 57,
      word: LETTER.test(b.text),
      cap: UPPER.test(b.text),
      sp: before === 32 || before === 10 || before === 9 || before === 13 || before === 0xa0 || before === 0x202f || before === 0x2009,
      sent: sents.length,
    });
  }
  const last = toks[toks.length - 1];
  if (last && sentFirst < toks.length) sents.push({ first: sentFirst, next: toks.length, start: toks[sentFirst]!.start, end: last.end });
  return { toks, sents };
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Whether token j (already pushed) ends a sentence, given the text of the token after it. */
function endsSentence(toks: readonly Tok[], j: number, next: string, spaced: boolean): boolean {
  const t = toks[j]!;
  if (!spaced) return false;
  if (t.text === '!' || t.text === '?' || t.text === '…') return true;
  if (t.text !== '.') {
    // A closing quote after the full stop: ...killed." The ministry said
    if ((t.text === '"' || t.text === '”' || t.text === '’') && toks[j - 1]?.text === '.') return UPPER.test(next);
    return false;
  }
  const before = toks[j - 1];
  if (before && before.word && ABBREVIATIONS.has(before.low) && before.end === t.start) return false;
  return UPPER.test(next) || /^[\d"“'‘(]/.test(next);
}
