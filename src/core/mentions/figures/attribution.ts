// Who a sentence cites: "according to the health ministry", "the IDF said", "hospital officials
// told Reuters" (the officials are the source; Reuters is the outlet), "..., said the ministry",
// "a hospital source said", "selon le ministère", "ifølge helsedepartementet". Shared by the figure
// refiner and by the sourcing stage.
import type { Lexicon } from './lexicon';
import type { Sentence, Tok } from './model';
import { matchAt } from './phrases';

export interface AttributionText {
  text: string;
  toks: readonly Tok[];
  sents: readonly Sentence[];
  lex: Lexicon;
}

export interface Attribution {
  /** Token range of the whole phrase ("according to the ministry", "the IDF said"). */
  first: number;
  next: number;
  /** Token range of the source's words. */
  srcFirst: number;
  srcNext: number;
  source: string;
  anonymous: boolean;
  /** Token of the verb or marker, to measure distance to a figure. */
  anchor: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'le', 'les', 'der', 'die', 'das', 'dem', 'des', 'o', 'os', 'il', 'lo', 'gli', 'i']);
const DEFINITE = new Set(['the', 'el', 'la', 'los', 'las', 'le', 'les', 'der', 'die', 'das', 'dem', 'den', 'il', 'lo', 'gli']);
// Function words allowed inside a source's name ("director of the hospital", "officials in Gaza").
const INNER = new Set(['of', 'from', 'for', 'in', 'at', 'de', 'del', 'des', 'du', 'della', 'di', 'do', 'da', 'dos', 'von', 'af', 'av', 'fra', "'"]);
const STOP_FWD = new Set(['on', 'as', 'which', 'who', 'that', 'when', 'after', 'while', 'and', 'but', 'to', 'with', 'by', 'since', 'amid', 'told', 'said']);
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun but and meanwhile earlier later'.split(' '),
);
const DESCRIPTIVE = new Set(['what', 'lo', 'ce']);
const DEMONYM = /(?:ian|ians|i|is|ese|ish)$/;
const MAX_WORDS = 8;

export function attributionsIn(t: AttributionText, sent: number): Attribution[] {
  const s = t.sents[sent];
  if (!s) return [];
  const { toks, lex } = t;
  const out: Attribution[] = [];
  for (let k = s.first; k < s.next; k++) {
    const tok = toks[k]!;
    if (!tok.word) continue;
    const acc = matchAt(lex.according, toks, k, s.next);
    if (acc) {
      const src = forward(t, acc.end, s.next);
      if (src) {
        out.push(make(t, acc.start, src[1], src[0], src[1], k));
        k = src[1] - 1;
        continue;
      }
    }
    if (lex.accordingAfter.has(tok.low)) {
      const src = backward(t, k - 1, s.first);
      if (src) out.push(make(t, src[0], k + 1, src[0], src[1], k));
      continue;
    }
    const say = matchAt(lex.sayVerbs, toks, k, s.next);
    // "reports of deaths" is a noun, not a verb of saying.
    if (!say || lex.of.has(toks[say.end]?.low ?? '')) continue;
    const back = backward(t, k - 1, s.first);
    if (back) {
      // "in what Israel said was a strike on ...": a claim about the event, not a source for figures.
      if (!DESCRIPTIVE.has(toks[back[0] - 1]?.low ?? '')) out.push(make(t, back[0], say.end, back[0], back[1], k));
      continue;
    }
    // Inverted: "..., said the ministry", "a indiqué le ministère".
    const prev = toks[k - 1];
    if (k === s.first || prev?.text === ',' || prev?.text === '"' || prev?.text === '”' || lex.lang !== 'en') {
      const fwd = forward(t, say.end, s.next);
      if (fwd) out.push(make(t, k, fwd[1], fwd[0], fwd[1], k));
    }
  }
  return out;
}

function make(t: AttributionText, first: number, next: number, srcFirst: number, srcNext: number, anchor: number): Attribution {
  const { toks, lex, text } = t;
  let from = srcFirst;
  // "the ministry" and "ministry" are the same source; "a source" keeps its article (it is anonymous).
  if (DEFINITE.has(toks[from]?.low ?? '') && from + 1 < srcNext) from++;
  const source = text.slice(toks[from]!.start, toks[srcNext - 1]!.end);
  const head = toks[srcNext - 1]!;
  let anonymous = lex.anonymous.has(head.low);
  for (let k = srcFirst; k < srcNext && anonymous; k++) {
    const w = toks[k]!;
    if (w.cap && k !== t.sents[w.sent]?.first && !DEMONYM.test(w.low)) anonymous = false;
  }
  return { first, next, srcFirst, srcNext, source, anonymous, anchor };
}

function validSource(t: AttributionText, first: number, next: number): boolean {
  if (next <= first) return false;
  const { toks, lex } = t;
  for (let k = first; k < next; k++) {
    const w = toks[k]!;
    // A capital that only marks the start of the sentence ("The latest toll adds") names nobody.
    if (!w.word || NOT_NAMES.has(w.low) || lex.months.has(w.low) || DETERMINERS.has(w.low)) continue;
    if (lex.sources.has(w.low) || (w.cap && !lex.pronouns.has(w.low))) return true;
  }
  return false;
}

/** The source phrase ending at token j, reading backwards; [first, next) or null. */
function backward(t: AttributionText, j: number, floor: number): [number, number] | null {
  const { toks, lex } = t;
  let end = j;
  // "the director of the hospital, Dr Ahmed Saleh, said": read through the apposition.
  let apposition = -1;
  if (toks[end]?.text === ',') {
    let k = end - 1;
    while (k > floor && k > end - 7 && (toks[k]!.word || toks[k]!.text === '-')) k--;
    if (toks[k]?.text !== ',' || k === end - 1) return null;
    apposition = k;
    end -= 1;
  }
  const head = toks[end];
  if (!head?.word || lex.pronouns.has(head.low) || lex.aux.has(head.low) || lex.stop.has(head.low)) return null;
  let i = end;
  let words = 0;
  while (i >= floor && words < MAX_WORDS) {
    const w = toks[i]!;
    const joined = toks[i - 1]?.end === w.start && toks[i + 1]?.start === w.end;
    if ((w.text === "'" || w.text === '-' || w.text === '.' || w.text === ',') && joined) {
      i--;
      continue;
    }
    if (i === apposition) {
      i--;
      continue;
    }
    if (!w.word || lex.pronouns.has(w.low)) break;
    if (DETERMINERS.has(w.low)) {
      i--;
      break;
    }
    if ((lex.stop.has(w.low) && !INNER.has(w.low)) || lex.aux.has(w.low) || matchAt(lex.after, toks, i)) break;
    i--;
    words++;
  }
  let first = i + 1;
  while (first <= end && INNER.has(toks[first]!.low)) first++;
  return validSource(t, first, end + 1) ? [first, end + 1] : null;
}

/** The source phrase starting at token i, reading forwards; [first, next) or null. */
function forward(t: AttributionText, i: number, limit: number): [number, number] | null {
  const { toks, lex } = t;
  let k = i;
  let words = 0;
  while (k < limit && words < MAX_WORDS) {
    const w = toks[k]!;
    const joined = toks[k - 1]?.end === w.start && toks[k + 1]?.start === w.end;
    if ((w.text === "'" || w.text === '-' || w.text === '.') && joined && k > i) {
      k++;
      continue;
    }
    if (!w.word || STOP_FWD.has(w.low) || lex.aux.has(w.low) || matchAt(lex.sayVerbs, toks, k)) break;
    if (lex.stop.has(w.low) && !INNER.has(w.low) && !DETERMINERS.has(w.low)) break;
    // "the ministry in a statement": the place of the words, not the source.
    if (INNER.has(w.low) && DETERMINERS.has(toks[k + 1]?.low ?? '') && toks[k + 1]?.low !== 'the') break;
    k++;
    words++;
  }
  let next = k;
  while (next > i && (INNER.has(toks[next - 1]!.low) || DETERMINERS.has(toks[next - 1]!.low))) next--;
  return validSource(t, i, next) ? [i, next] : null;
}
