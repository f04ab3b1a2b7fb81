// attribution: who said what about a person. The records hold role claims with who made them; when
// one party's description is disputed by another (the army calls him a politburo member, his group
// says he was a local official), an article that states one side's description — as fact, or
// attributed — without the dispute gets the other side shown beside it.
import type { Claim, Discrepancy, ReportRecord } from '../../types';
import { fold, foldWords } from '../../text/fold';
import { stem } from '../../matching/terms';
import { sentenceAround, type Rule, type RuleInput } from '../rule';

const NEGATION = /\b(?:not|never|no longer|denied|denies|disputed|rather than|only a|merely)\b/i;
const ROLE_STOP = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'for', 'with', 'his', 'her', 'its', 'one', 'last', 'who', 'was', 'is', 'other', 'group', 'groups']);
// Same office, different words.
const SYNONYMS: Record<string, string> = { politburo: 'political', bureau: 'political', office: 'political', commander: 'leader', chief: 'leader', head: 'leader' };

function roleWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of foldWords(text)) {
    if (w.length < 3 || ROLE_STOP.has(w)) continue;
    const s = stem(w);
    out.add(SYNONYMS[s] ?? s);
  }
  return out;
}

interface RoleClaim {
  claim: Claim;
  report: ReportRecord;
  denies: boolean;
}

// Actor ids by the folded last word of any of their names ("kassab"), once per lexicon.
const lastWordCache = new WeakMap<object, Map<string, Set<string>>>();
function actorsByLastWord(lexicon: RuleInput['lexicon']): Map<string, Set<string>> {
  let map = lastWordCache.get(lexicon);
  if (!map) {
    map = new Map();
    for (const a of lexicon.actors) {
      for (const n of [a.name, ...a.aliases]) {
        const last = fold(n).split(' ').pop();
        if (last) (map.get(last) ?? map.set(last, new Set()).get(last)!).add(a.id);
      }
    }
    lastWordCache.set(lexicon, map);
  }
  return map;
}

const ATTRIBUTION = /\b(?:said|says|according to|described|calls?|called|claimed|claims|alleged|identified|named)\b/i;

export const attributionRule: Rule = {
  kind: 'attribution',
  run({ snapshot, mentions, matches, lexicon }) {
    const out: Discrepancy[] = [];
    const text = snapshot.text;
    for (const { bundle } of matches) {
      const roles: RoleClaim[] = bundle.reports.flatMap((report) =>
        report.claims.filter((c) => c.kind === 'role' && typeof c.value === 'string').map((claim) => ({ claim, report, denies: NEGATION.test(String(claim.value)) })),
      );
      // Group by who the claim is about, by the folded last word of the subject ("Kassab").
      const bySubject = new Map<string, RoleClaim[]>();
      for (const r of roles) {
        const key = foldWords(r.claim.subject).pop() ?? '';
        if (key) (bySubject.get(key) ?? bySubject.set(key, []).get(key)!).push(r);
      }
      for (const [subjectKey, claims] of bySubject) {
        const asserted = claims.filter((c) => !c.denies);
        const denied = claims.filter((c) => c.denies);
        if (!asserted.length || !denied.length) continue;
        // Sentences that name the person and describe a role from the asserted side.
        const actorIds = actorsByLastWord(lexicon).get(subjectKey) ?? new Set<string>();
        const assertedWords = new Set(asserted.flatMap((c) => [...roleWords(String(c.claim.value))]));
        for (const a of mentions.actors) {
          if (!actorIds.has(a.actorId)) continue;
          const sentence = sentenceAround(text, a.start, a.end);
          // Does the article already carry the other side's view anywhere?
          if (NEGATION.test(text) && [...roleWords(text)].some((w) => denied.some((d) => roleWords(String(d.claim.value)).has(w)) && !assertedWords.has(w))) break;
          const words = [...sentence.text.matchAll(/[\p{L}\p{N}'’-]+/gu)].filter((m) => {
            const f = fold(m[0]);
            return f.length >= 3 && assertedWords.has(SYNONYMS[stem(f)] ?? stem(f)) && !ROLE_STOP.has(f);
          });
          if (words.length < 2) continue;
          const first = words[0]!;
          const last = words[words.length - 1]!;
          const start = sentence.start + first.index!;
          const end = sentence.start + last.index! + last[0].length;
          if (end - start > 120) continue;
          const saidBy = ATTRIBUTION.test(sentence.text) ? 'attributes it' : 'states it as fact';
          const assertedBy = [...new Set(asserted.map((c) => c.claim.attributedTo).filter(Boolean))].join(', ');
          const deniedBy = [...new Set(denied.map((c) => c.claim.attributedTo).filter(Boolean))].join(', ');
          out.push({
            kind: 'attribution',
            eventId: bundle.event.id,
            quote: text.slice(start, end),
            start,
            end,
            article: `${a.text}: ${text.slice(start, end)} (${saidBy})`,
            record: `${assertedBy}: ${String(asserted[0]!.claim.value)}; ${deniedBy}: ${String(denied[0]!.claim.value)}`,
            severity: saidBy === 'states it as fact' ? 'warning' : 'info',
            message: `This description of ${a.text} is ${assertedBy || 'one side'}'s; ${deniedBy || 'another side'} said otherwise (${String(denied[0]!.claim.value)}). The article ${saidBy} without the dispute.`,
            evidence: claims.map((c) => ({ outlet: c.report.outlet, url: c.report.url, value: String(c.claim.value), attributedTo: c.claim.attributedTo, asOf: c.claim.asOf })),
          });
          break;
        }
      }
    }
    return out;
  },
};
