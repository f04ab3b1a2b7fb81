// Refiner: what period a figure covers. Cues are looked for in the sentences that hold figures, and
// each cue goes to the figure nearest to it in its sentence, so "killed 8 people today, bringing the overall toll to
// 43,000" gives the 8 no period and the 43,000 a cumulative one. A figure without a cue of its own
// takes the period of the figures it is coordinated with ("50 killed and 120 wounded in the past 24
// hours") and a subset takes its total's.
import type { FigureScope } from '../../types';
import type { Candidate, Ctx } from './model';
import { parseSinceDate } from './since-date';
import { execAll, unicodeRegExp } from './unicode-re';

interface Cue {
  start: number;
  end: number;
  strength: number;
  scope: FigureScope;
}

const DAY = unicodeRegExp(
  [
    String.raw`\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+(?:24|twenty-four)\s+hours`,
    String.raw`\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+day\b`,
    String.raw`\bin\s+a\s+single\s+day\b`,
    String.raw`\ben\s+las\s+últimas\s+24\s+horas`,
    String.raw`\b(?:au\s+cours\s+des|ces|lors\s+des|en)\s+(?:dernières\s+)?24\s+(?:dernières\s+)?heures`,
    String.raw`\bin\s+den\s+(?:vergangenen|letzten)\s+24\s+stunden`,
    String.raw`\b(?:det\s+)?(?:siste|seneste|senaste)\s+(?:døgnet|døgn|dygnet|24\s+timene|24\s+timer|24\s+timmarna)`,
    String.raw`\bnas\s+últimas\s+24\s+horas`,
    String.raw`\bnelle\s+ultime\s+24\s+ore`,
  ].join('|'),
  'giu',
);
const CUMULATIVE = unicodeRegExp(
  [
    String.raw`\b(?:overall|in\s+total|in\s+all|cumulative|so\s+far|to\s+date|thus\s+far|total\s+(?:death\s+)?toll)\b`,
    String.raw`\b(?:throughout|during|over\s+the\s+course\s+of)\s+the\s+war\b`,
    String.raw`\bthe\s+war\s+(?:has|had)\b|\bwar's\s+(?:death\s+)?toll\b`,
    String.raw`\ben\s+total\b|\bhasta\s+(?:ahora|la\s+fecha)\b|\ben\s+lo\s+que\s+va\s+de\b`,
    String.raw`\bau\s+total\b|\ben\s+tout\b|\bjusqu'à\s+présent\b|\bà\s+ce\s+jour\b`,
    String.raw`\binsgesamt\b|\bbisher\b|\bbislang\b`,
    String.raw`\btotalt\b|\btil\s?sammen\b|\bi\s+alt\b|\bhittil\b|\bhittills\b|\bså\s+langt\b`,
    String.raw`\bno\s+total\b|\baté\s+(?:agora|o\s+momento)\b|\bin\s+totale\b|\bcomplessivamente\b|\bfinora\b`,
  ].join('|'),
  'giu',
);
const SINCE = unicodeRegExp(String.raw`\b(?:(?:since|desde|depuis|seit|siden|sedan|dal|dalla)\s+|dall')((?:[^,.;:()\n"“”]|,\s*(?=\d{4}\b)){1,80})`, 'giu');
const SINCE_STOP = unicodeRegExp(String.raw`\s+(?:and|while|when|but|according|as|which|who|with|amid|after|including|bringing|raising|killing|y|et|und|og|och|e|según|selon|laut|ifølge|enligt|secondo|segundo)\b.*$`, 'iu');
const WAR_WORDS = unicodeRegExp(String.raw`\b(?:then|war|conflict|fighting|offensive|hostilities|start|beginning|began|begun|outbreak|attack|invasion|escalation|guerra|conflicto|guerre|conflit|krieg|kriegsbeginn|krigen|kriget|konflikten|inicio|comienzo|début|início|inizio|beginn|starten)\b`, 'iu');
const SUPERLATIVE = unicodeRegExp(String.raw`\b(?:deadliest|worst|largest|biggest|highest|first|most|heaviest|bloodiest|lowest)\b[^.]{0,40}$`, 'iu');
const EVENT = unicodeRegExp(String.raw`\b(?:air\s?strike|drone\s+strike|strike|attack|bombing|blast|explosion|raid|massacre|shooting|stabbing|ambush|shelling|bombardment|ataque|bombardeo|explosión|atentado|frappe|attaque|bombardement|attentat|angriff|luftangriff|anschlag|angrep|angrepet|luftangrepet|luftangrep|eksplosjonen|angrebet|angreb|attacken|anfallet|bombardeio|explosão|attacco|bombardamento|esplosione|attentato)\b`, 'giu');
const WEAK_CUMULATIVE = unicodeRegExp(String.raw`\b(?:death\s+)?toll\s+(?:in|across|for|throughout)\s+(?:the\s+)?\p{Lu}`, 'gu');

/** Cues in text[from, to), with offsets into the whole text. */
function findCues(text: string, from: number, to: number, cues: Cue[]): void {
  const part = text.slice(from, to);
  const add = (m: RegExpExecArray, strength: number, scope: FigureScope) =>
    cues.push({ start: from + m.index, end: from + m.index + m[0].length, strength, scope });
  for (const m of execAll(DAY, part)) add(m, 4, { period: 'day' });
  for (const m of execAll(CUMULATIVE, part)) add(m, 3, { period: 'cumulative' });
  for (const m of execAll(SINCE, part)) {
    const words = (m[1] ?? '').replace(SINCE_STOP, '').trim().split(/\s+/).slice(0, 8).join(' ');
    const date = parseSinceDate(words);
    if (!date.isDate && !WAR_WORDS.test(words)) continue;
    if (SUPERLATIVE.test(part.slice(Math.max(0, m.index - 60), m.index))) continue;
    // Slightly above "overall" so a figure keeps the date its period starts from.
    add(m, 3.5, { period: 'cumulative', sinceText: words, ...(date.iso ? { since: date.iso } : {}) });
  }
  for (const m of execAll(EVENT, part)) add(m, 2, { period: 'event' });
  for (const m of execAll(WEAK_CUMULATIVE, part)) add(m, 1, { period: 'cumulative' });
}

export function refineScope(ctx: Ctx): void {
  // Subsets with a total take the total's period, so only the others own cues.
  const owners = ctx.candidates.filter((c) => !(c.subset && c.parent));
  const bySent = new Map<number, Candidate[]>();
  for (const c of owners) (bySent.get(c.sent) ?? bySent.set(c.sent, []).get(c.sent)!).push(c);
  // Only sentences with figures are scanned: cues elsewhere have no figure to belong to.
  const cues: Cue[] = [];
  for (const sent of bySent.keys()) {
    const s = ctx.sents[sent];
    if (s) findCues(ctx.text, s.start, s.end, cues);
  }
  const own = new Map<Candidate, Cue>();
  for (const cue of cues) {
    const inSent = bySent.get(sentenceAt(ctx, cue.start));
    if (!inSent) continue;
    for (const c of ownersOf(ctx, inSent, cue)) {
      const had = own.get(c);
      if (!had || cue.strength > had.strength) own.set(c, cue);
    }
  }
  for (const group of coordinated(ctx, owners)) {
    let best: Cue | undefined;
    for (const c of group) {
      const cue = own.get(c);
      if (cue && (!best || cue.strength > best.strength)) best = cue;
    }
    for (const c of group) {
      const cue = own.get(c) ?? best;
      if (cue) c.scope = { ...cue.scope };
    }
  }
  for (const c of ctx.candidates) if (c.subset && c.parent) c.scope = { ...c.parent.scope };
}

const CONJUNCTIONS = new Set(['and', 'y', 'et', 'und', 'og', 'och', 'e', 'while', 'with']);
const MAX_GAP = 4;

/**
 * Figures joined by a conjunction in one sentence ("50 killed and 120 wounded in the past 24 hours"):
 * a cue next to one of them is about all of them. Subsets between two figures do not break a group.
 */
function coordinated(ctx: Ctx, owners: readonly Candidate[]): Candidate[][] {
  const covered = new Set<number>();
  for (const c of ctx.candidates) if (c.subset) for (let k = c.first; k < c.next; k++) covered.add(k);
  const groups: Candidate[][] = [];
  let prev: Candidate | undefined;
  for (const c of owners) {
    let gap = 0;
    let conj = false;
    if (prev && prev.sent === c.sent) {
      for (let k = prev.next; k < c.first; k++) {
        if (covered.has(k)) continue;
        gap++;
        if (CONJUNCTIONS.has(ctx.toks[k]!.low)) conj = true;
      }
    }
    const last = groups[groups.length - 1];
    if (last && prev && prev.sent === c.sent && conj && gap <= MAX_GAP) last.push(c);
    else groups.push([c]);
    prev = c;
  }
  return groups;
}

/** Index of the sentence holding a character offset (binary search; -1 between sentences). */
function sentenceAt(ctx: Ctx, offset: number): number {
  let lo = 0;
  let hi = ctx.sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sents[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The figures a cue belongs to: those whose span holds it, else the nearer neighbour in its sentence. */
function ownersOf(ctx: Ctx, inSent: readonly Candidate[], cue: Cue): Candidate[] {
  const span = (c: Candidate) => [ctx.toks[c.first]!.start, ctx.toks[c.next - 1]!.end] as const;
  const holding = inSent.filter((c) => span(c)[0] <= cue.start && cue.end <= span(c)[1]);
  if (holding.length) return holding;
  let before: Candidate | undefined;
  let after: Candidate | undefined;
  for (const c of inSent) {
    const [a, b] = span(c);
    if (b <= cue.start && (!before || b > span(before)[1])) before = c;
    if (a >= cue.end && (!after || a < span(after)[0])) after = c;
  }
  if (!before || !after) return before ? [before] : after ? [after] : [];
  return cue.start - span(before)[1] < span(after)[0] - cue.end ? [before] : [after];
}
