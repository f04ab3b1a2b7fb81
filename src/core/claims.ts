// Typing a report claim: what was counted (which people), over what scope, whether it is part of
// another toll, and the range it gives. The pack builder types every claim once (schema 2) — from the
// fields a curator wrote where there are some (data/incidents), else from the claim's words
// (data/events predates the typed fields). The analysis reads only the typed fields: it never
// re-reads a claim's subject to learn what it counts.
import type { BareClaim, Claim, ClaimScope, PeopleClass } from './types';

const CLASSES: [RegExp, PeopleClass][] = [
  [/\b(?:children|child|minors?|kids|boys|girls|infants|babies|teenagers)\b/i, 'children'],
  [/\bwomen\b/i, 'women'],
  [/\b(?:soldiers?|troops|servicem[ae]n|reservists?)\b/i, 'soldiers'],
  [/\bpolice(?:m[ae]n|officers?)?\b/i, 'police'],
  [/\b(?:fighters?|militants?|combatants?|gunmen|operatives?)\b/i, 'fighters'],
  [/\b(?:journalists?|reporters?|media workers)\b/i, 'journalists'],
  [/\bpatients?\b/i, 'patients'],
  [/\b(?:medics|paramedics|doctors|nurses|rescuers)\b/i, 'medics'],
  [/\baid workers?\b/i, 'aid-workers'],
  [/\b(?:staff|employees)\b/i, 'staff'],
  [/\b(?:family|relatives)\b/i, 'family'],
  [/\bcivilians?\b/i, 'civilians'],
];

// Nouns for people: a claim whose subject has none counts things (rockets, trucks, litres, blocks).
const PEOPLE = /\b(?:people|persons?|individuals|palestinians|israelis|lebanese|civilians|residents|victims|bodies|dead|hostages?|captives|prisoners|detainees|nationals|citizens|foreigners|workers|members|officials|students|refugees|worshippers|protesters|passengers|tourists|casualties|deaths|wounded|injured|killed|missing|survivors|men|adults|elderly)\b/i;

const PEOPLE_KINDS = new Set(['killed', 'injured', 'missing', 'detained', 'released', 'displaced', 'hostages']);

/** The head of a subject: a class word after "including" only qualifies the count. */
function head(subject: string): string {
  return subject.split(/\b(?:including|incl\.?|among them|of whom|plus|mostly)\b|\(/i)[0] as string;
}

/** Which people a subject counts, read from its words; null when it counts things. */
export function peopleOfSubject(subject: string): PeopleClass | null {
  const h = head(subject);
  // "combatants and non-combatants", "fighters and civilians": everyone, not a class.
  if (/\bnon-?combatants\b|\b(?:fighters|militants|combatants) and civilians\b|\bcivilians and (?:fighters|militants|combatants)\b/i.test(h)) return 'people';
  for (const [re, cls] of CLASSES) if (re.test(h)) return cls;
  return PEOPLE.test(h) ? 'people' : null;
}

/** Whether a subject counts one event, a day's reported total, or a running or combined total. */
export function scopeOfSubject(subject: string): ClaimScope {
  if (/\b(?:24|48) hours\b|\bpast day\b|\bdaily\b/i.test(subject)) return 'day';
  if (/\b(?:total|overall|cumulative|combined|since|war toll|in the war|throughout|so far)\b/i.test(subject)) return 'cumulative';
  return 'incident';
}

/** "children among the dead", "of them women": a part of another toll the report gives. */
function subsetOfSubject(subject: string): boolean {
  return /^\s*(?:including|of (?:them|whom)|among)\b|\bamong (?:the|them|those)\b/i.test(subject);
}

const RANGE = /^\s*(\d[\d,]*)\s*(?:-|–|to|or)\s*(\d[\d,]*)\s*$/;
const COUNT_KINDS = new Set([...PEOPLE_KINDS, 'count']);

/**
 * The claim with its typed fields. Fields the curator gave are kept as given; the rest are read
 * from the claim's words. Idempotent: typing a typed claim changes nothing.
 */
export function typeClaim(c: BareClaim & Partial<Claim>): Claim {
  const counts = COUNT_KINDS.has(c.kind);
  let value = c.value;
  let max = c.max ?? null;
  let qualifier = c.qualifier;
  // "35-45" or "11 or 12" written as text: a range, typed as one.
  const m = typeof value === 'string' && counts ? RANGE.exec(value) : null;
  if (m) {
    const lo = Number((m[1] as string).replace(/,/g, ''));
    const hi = Number((m[2] as string).replace(/,/g, ''));
    if (hi > lo) {
      value = lo;
      max = hi;
      if (!qualifier) qualifier = 'range';
    }
  }
  // A casualty count whose words name no people ("initial toll for two strikes") counts something
  // unnamed: class "other", which no article figure is compared with.
  const people = c.people !== undefined ? c.people : counts ? (PEOPLE_KINDS.has(c.kind) ? (peopleOfSubject(c.subject) ?? 'other') : peopleOfSubject(c.subject)) : null;
  return {
    kind: c.kind,
    value,
    max,
    qualifier,
    subject: c.subject,
    people: counts ? people : null,
    subset: c.subset ?? (counts && subsetOfSubject(c.subject)),
    scope: c.scope !== undefined && c.scope !== null ? c.scope : counts ? scopeOfSubject(c.subject) : null,
    since: c.since ?? null,
    attributedTo: c.attributedTo,
    asOf: c.asOf,
    asOfTime: c.asOfTime ?? null,
  };
}

/**
 * The class a figure extractor would give the same people (its classes are coarser): a claim of
 * "civilians" or "hostages" compares with the article's "people", medics and aid workers with staff.
 */
export function figureClassOf(people: PeopleClass | null): string {
  switch (people) {
    case null:
      return 'other';
    case 'civilians':
    case 'hostages':
      return 'people';
    case 'medics':
    case 'aid-workers':
      return 'staff';
    case 'police':
      return 'soldiers';
    default:
      return people;
  }
}
