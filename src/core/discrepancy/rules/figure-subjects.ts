// Which report claims count the same thing as an article's figure. A claim's subject is free text
// in the dataset ("children killed in the strike", "hostages to be released", "total killed in Gaza
// since 7 October"); it is read into the classes the figure extractor gives the article's counts.
import type { Claim, FigureMention, ReportRecord } from '../../types';
import { foldWords } from '../../text/fold';
import { stem } from '../../matching/terms';

const CLASSES: [RegExp, string][] = [
  [/\b(?:children|child|minors?|kids|boys|girls|infants|babies|teenagers)\b/i, 'children'],
  [/\bwomen\b/i, 'women'],
  [/\b(?:soldiers?|troops|servicem[ae]n|reservists?)\b/i, 'soldiers'],
  [/\b(?:fighters?|militants?|combatants?|gunmen|operatives?)\b/i, 'fighters'],
  [/\b(?:journalists?|reporters?|media workers)\b/i, 'journalists'],
  [/\bpatients?\b/i, 'patients'],
  [/\b(?:staff|medics|paramedics|doctors|nurses|aid workers|rescuers|employees)\b/i, 'staff'],
  [/\b(?:family|relatives)\b/i, 'family'],
];

// Nouns for people: a claim whose subject has none counts things (rockets, trucks, litres, blocks).
const PEOPLE = /\b(?:people|persons?|individuals|palestinians|israelis|lebanese|civilians|residents|victims|bodies|dead|hostages?|captives|prisoners|detainees|nationals|citizens|foreigners|workers|members|officials|students|refugees|worshippers|protesters|passengers|tourists|casualties|deaths|wounded|injured|killed|missing|survivors|men|adults|elderly)\b/i;

/** Class of who a claim counts; a class word after "including" only qualifies the count. */
export function classifyClaimSubject(subject: string): string {
  const head = subject.split(/\b(?:including|incl\.?|among them|of whom|plus|mostly)\b|\(/i)[0]!;
  // "combatants and non-combatants", "fighters and civilians": everyone, not a class.
  if (/\bnon-?combatants\b|\b(?:fighters|militants|combatants) and civilians\b|\bcivilians and (?:fighters|militants|combatants)\b/i.test(head)) return 'people';
  for (const [re, cls] of CLASSES) if (re.test(head)) return cls;
  return PEOPLE.test(head) ? 'people' : 'other';
}

/** Whether a claim counts one event, a day's reported total, or a running or combined total. */
export function claimPeriod(subject: string): 'event' | 'day' | 'cumulative' {
  if (/\b(?:24|48) hours\b|\bpast day\b|\bdaily\b/i.test(subject)) return 'day';
  if (/\b(?:total|overall|cumulative|combined|since|war toll|in the war|throughout|so far)\b/i.test(subject)) return 'cumulative';
  return 'event';
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
  if (typeof claim.value === 'number') return { lo: claim.value, hi: lowerBound ? Infinity : claim.value, lowerBound };
  const m = /^\s*(\d[\d,]*)\s*(?:-|–|to|or)\s*(\d[\d,]*)\s*$/.exec(claim.value);
  if (!m) return null;
  return { lo: Number(m[1]!.replace(/,/g, '')), hi: Number(m[2]!.replace(/,/g, '')), lowerBound: false };
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
      if (claimPeriod(claim.subject) !== 'event') continue;
      // Reports carry side facts: "10 killed in a separate strike in Bureij" is not this count.
      if (/\b(?:separate|another|other|elsewhere|earlier|previous)\b/i.test(claim.subject)) continue;
      if (classifyClaimSubject(claim.subject) !== cls) continue;
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
