// Who a number counts: the noun phrase right after it ("13 children", "42 Palestinian prisoners",
// "members of the al-Farra family"). The head is the last known noun before a function word, a
// kind word ("killed") or punctuation; modifiers before it stay in the subject text.
import type { Ctx, NounPhrase, SubjectClass, Tok } from './model';
import { matchAt } from './phrases';

const MAX_WORDS = 5;
// Heads whose class depends on a modifier: "aid workers" are staff, "Hamas members" fighters.
const MODIFIER_CLASSES: [RegExp, SubjectClass][] = [
  [/^(?:aid|health|medical|relief|humanitarian|rescue|un|unrwa|hospital|staff|crew|civil|emergency|ngo)$/, 'staff'],
  [/^(?:hamas|hezbollah|houthi|militant|jihad|qassam|isis|armed)$/, 'fighters'],
  [/^(?:family|families)$/, 'family'],
  [/^(?:police|security|army|military)$/, 'soldiers'],
  [/^(?:media|press)$/, 'journalists'],
];
const FAMILY_NOUNS = new Set(['family', 'families', 'clan', 'familie', 'familia', 'famille', 'família', 'famiglia', 'familien']);
const DEMONYM = /^\p{Lu}\p{L}+(?:ians|ans|is|ese)$/u;

export function emptyPhrase(at: number): NounPhrase {
  return { first: at, next: at, text: '', cls: null, thing: false, sourceHead: false };
}

/** The subject noun phrase starting at token i, within the sentence; empty when there is none. */
export function readSubject(ctx: Ctx, i: number): NounPhrase {
  const { toks, lex } = ctx;
  const sentNext = ctx.sents[toks[i]?.sent ?? -1]?.next ?? toks.length;
  let head = -1;
  let j = i;
  let count = 0;
  while (j < sentNext && count < MAX_WORDS) {
    const t = toks[j]!;
    if (!t.word) {
      // Hyphens and apostrophes inside a word: "al-Farra", "non-combatants".
      if ((t.text === '-' || t.text === "'") && j > i && t.start === toks[j - 1]!.end && toks[j + 1]?.start === t.end) {
        j++;
        continue;
      }
      break;
    }
    if (lex.stop.has(t.low) || lex.aux.has(t.low) || matchAt(lex.after, toks, j) || matchAt(lex.sayVerbs, toks, j)) {
      // "dead"/"wounded" can head a phrase only as its first word ("38 dead"): handled by the caller.
      break;
    }
    if (lex.people.has(t.low) || lex.kindNouns.has(t.low) || lex.things.has(t.low) || DEMONYM.test(t.text)) head = j;
    j++;
    count++;
  }
  if (head < 0) {
    // An unknown head still counts people when a kind word follows ("5 shepherds were killed"):
    // the caller decides; here it gets no class.
    const last = toks[j - 1];
    if (j === i || !last) return emptyPhrase(i);
    // "38 more were killed": the modifiers are skipped, the subject stays unstated.
    if (lex.modifiers.has(last.low)) return { ...emptyPhrase(i), next: j };
    return phrase(ctx, i, j, null, last);
  }
  const headTok = toks[head]!;
  let next = head + 1;
  let cls: SubjectClass | null = lex.people.get(headTok.low) ?? (DEMONYM.test(headTok.text) ? 'people' : null);
  // "members of the al-Farra family", "relatives of the Abu Nasr family"
  if ((headTok.low === 'members' || headTok.low === 'relatives') && lex.of.has(toks[next]?.low ?? '')) {
    for (let k = next + 1; k < Math.min(next + 7, sentNext); k++) {
      const t = toks[k]!;
      if (FAMILY_NOUNS.has(t.low)) {
        next = k + 1;
        cls = 'family';
        break;
      }
      if (!t.word && t.text !== '-' && t.text !== "'") break;
    }
  }
  if (cls === 'people' || headTok.low === 'workers' || headTok.low === 'officers') {
    cls = classFromModifiers(toks, i, head) ?? cls;
  }
  return phrase(ctx, i, next, cls, headTok);
}

function classFromModifiers(toks: readonly Tok[], from: number, head: number): SubjectClass | null {
  for (let k = head; k >= from; k--) {
    const low = toks[k]!.low;
    for (const [re, cls] of MODIFIER_CLASSES) if (re.test(low)) return cls;
  }
  return null;
}

function phrase(ctx: Ctx, first: number, next: number, cls: SubjectClass | null, head: Tok): NounPhrase {
  const { toks, lex, text } = ctx;
  const kn = lex.kindNouns.get(head.low);
  const np: NounPhrase = {
    first,
    next,
    text: text.slice(toks[first]!.start, toks[next - 1]!.end),
    cls: kn && !kn[1] ? 'people' : cls,
    thing: lex.things.has(head.low) && !lex.people.has(head.low),
    sourceHead: lex.sources.has(head.low) && !lex.people.has(head.low),
  };
  if (kn) np.kindNoun = { kind: kn[0], isSubject: kn[1] };
  return np;
}

/** The subject text to report: kind nouns that only say what happened ("38 deaths") report ''. */
export function subjectText(np: NounPhrase): string {
  return np.kindNoun && !np.kindNoun.isSubject ? '' : np.text;
}
