// Which report claims count the same thing as an article's figure. Who a claim counts and over what
// scope are typed at pack build (core/claims.ts); here they are mapped onto the classes the figure
// extractor gives the article's counts.
import { figureClassOf } from '../../claims';
import type { Claim, FigureMention, ReportRecord } from '../../types';
import { foldWords } from '../../text/fold';
import { stem } from '../../matching/terms';

/** The figure class of who a claim counts, from its typed people (the builder read them once). */
export function claimClass(claim: Claim): string {
  return figureClassOf(claim.people);
}

// What happened to the people a count-type claim counts, read from its subject (or from the
// article's clause around a figure).
const DOING: [RegExp, FigureMention['kind']][] = [
  [/\b(?:killed|dead|died|deaths|bodies|presumed dead)\b/i, 'killed'],
  [/\bmissing\b/i, 'missing'],
  [/\b(?:released|releases?|freed|frees|hand(?:ed|ing|s)? over|set free|rescued|returned)\b|\bto be (?:released|freed)\b/i, 'released'],
  [/\b(?:taken|abducted|seized|kidnapped|held|still in|remain)\b/i, 'hostages'],
  [/\b(?:arrested|detained|detentions?)\b/i, 'arrested'],
  [/\b(?:displaced|fled|uprooted)\b/i, 'displaced'],
  [/\bevacuat/i, 'evacuated'],
  [/\baffected\b/i, 'affected'],
];

export function doingOf(subject: string): FigureMention['kind'] | null {
  for (const [re, kind] of DOING) if (re.test(subject)) return kind;
  return null;
}

const GENERIC = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'people', 'person', 'killed', 'dead', 'injured', 'wounded', 'total', 'number', 'gaza', 'israel', 'israeli', 'palestinian', 'palestinians', 'strike', 'attack', 'report', 'reported', 'were', 'that', 'with', 'from', 'into', 'released', 'freed', 'hostage', 'hostages', 'expected', 'return']);

function specificWords(s: string): Set<string> {
  return new Set(foldWords(s).filter((w) => w.length > 3 && !GENERIC.has(w) && !/^\d/.test(w)).map((w) => stem(w).replace(/e?[sd]$/, '')));
}

export interface Counted {
  lo: number;
  hi: number;
  /** "at least", "more than", "over": the count is a floor, consistent with anything above it. */
  lowerBound: boolean;
  claim: Claim;
  report: ReportRecord;
}

/** A claim's numbers: 35, "35-45", "11 or 12"; null for words ("hundreds") or nothing countable. */
export function claimRange(claim: Claim): Omit<Counted, 'claim' | 'report'> | null {
  const lowerBound = /^(?:at least|more than|over|upwards of)$/i.test(claim.qualifier.trim());
  if (typeof claim.value !== 'number') return null;
  if (claim.max !== null) return { lo: claim.value, hi: claim.max, lowerBound: false };
  return { lo: claim.value, hi: lowerBound ? Infinity : claim.value, lowerBound };
}

const CASUALTY_KINDS = new Set(['killed', 'injured', 'missing']);

/** The clause of a sentence a figure sits in: "13 Israelis and 10 Thai nationals" are two. */
export function clauseAround(sentence: { text: string; start: number }, f: { start: number; end: number }): string {
  const rel = f.start - sentence.start;
  const relEnd = f.end - sentence.start;
  const before = sentence.text.slice(0, rel);
  const after = sentence.text.slice(relEnd);
  const cut = /[,;:()]|\s(?:and|while|but|as well as|plus)\s/gi;
  let from = 0;
  for (const m of before.matchAll(cut)) from = m.index + m[0].length;
  cut.lastIndex = 0;
  const stop = cut.exec(after);
  return sentence.text.slice(from, relEnd + (stop ? stop.index : after.length));
}

export function comparableCounts(f: FigureMention, clause: string, sentence: string, reports: ReportRecord[]): Counted[] {
  const casualty = CASUALTY_KINDS.has(f.kind);
  const cls = f.subjectClass === 'civilians' ? 'people' : f.subjectClass;
  const out: Counted[] = [];
  for (const report of reports) {
    for (const claim of report.claims) {
      if (casualty ? claim.kind !== f.kind : claim.kind !== 'count') continue;
      if (claim.scope !== 'incident') continue;
      // Reports carry side facts: "10 killed in a separate strike in Bureij" is not this count.
      if (/\b(?:separate|another|other|elsewhere|earlier|previous)\b/i.test(claim.subject)) continue;
      if (claimClass(claim) !== cls) continue;
      if (!casualty) {
        // A count of people or things: the same doing (released, held, killed...) on both sides, and
        // at least one specific word in common between the figure's clause and the claim ("Thai",
        // "prisoners", "map").
        // The verb of the clause (or, failing that, of the sentence) says what happened to them:
        // "handing over 14 hostages" is a release, "those released were 13 Israelis" too.
        const theirs = doingOf(claim.subject);
        const mine = doingOf(clause) ?? doingOf(sentence) ?? (f.kind === 'count' ? null : f.kind);
        if (theirs !== mine) continue;
        const words = specificWords(claim.subject);
        // The figure's own noun phrase decides when it is specific ("Thai nationals"); a generic one
        // ("hostages", "people") borrows the words of its clause.
        const noun = specificWords(f.subject);
        if (!words.size) {
          // A generic record ("hostages to be released") counts everyone it names: comparable with a
          // generic count of the same doing, never with one group of them.
          if (noun.size) continue;
        } else {
          const own = noun.size ? noun : specificWords(clause);
          if (![...words].some((w) => own.has(w))) continue;
        }
      }
      const range = claimRange(claim);
      // A zero is a "none reported yet", not a count of the event.
      if (range && range.hi > 0) out.push({ ...range, claim, report });
    }
  }
  return out;
}
