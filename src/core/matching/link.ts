// Which events is the article about? Candidates from the index, evidence and a calibrated confidence
// for each, then a decision: none, one, or several, each with reasons a reader can check.
import type { Candidate, EventBundle, LexiconData, Repository } from '../repository';
import type { ArticleSnapshot, ContextMention, Mentions, PlaceRecord, SamePlace } from '../types';
import { storyDates } from '../discrepancy/dates-shared';
import { formatDay } from '../text/dates';
import { articleQuery, articleView, type ArticleView } from './article-query';
import { computeEvidence, withParents, type DateContext, type Evidence } from './features';
import { shortTextTerms } from './query';
import { wordTerms } from './terms';
import { confidence, MODEL, THRESHOLD, type Model } from './score';

const CANDIDATES = 40;
const MAX_MATCHES = 3;

export interface ScoredMatch {
  bundle: Candidate;
  confidence: number;
  evidence: Evidence;
  reasons: string[];
}

export interface ContextLink {
  context: ContextMention;
  bundle: EventBundle;
  confidence: number;
}

export interface LinkResult {
  matches: ScoredMatch[];
  /** Candidates at a local place the article names, whose days the article is not about. */
  samePlace: SamePlace[];
  /** Best candidates below the threshold, for "why not" views and the evaluation. */
  rejected: ScoredMatch[];
  contexts: ContextLink[];
  view: ArticleView;
}

/** Days the story itself states or implies (not its dateline, not its context clauses). */
export function storyDays(snapshot: ArticleSnapshot, mentions: Mentions): string[] {
  return storyDates(snapshot, mentions).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value)).map((d) => d.value);
}

function reasonsFor(m: { bundle: Candidate; evidence: Evidence }, published: string | null): string[] {
  const e = m.evidence;
  const out: string[] = [];
  const shared = [...e.places, ...e.actors];
  if (shared.length) out.push(`shares: ${shared.slice(0, 5).join(', ')}`);
  const when = m.bundle.event.dateEnd ? `${formatDay(m.bundle.event.date)}–${formatDay(m.bundle.event.dateEnd)}` : formatDay(m.bundle.event.date);
  out.push(`dated ${when}${published ? `, article published ${formatDay(published)}` : ', article undated'}`);
  if (e.dateNote) out.push(`the article's own dates point to ${formatDay(e.dateNote)}`);
  if (e.figures.length) out.push(`figures agree: ${e.figures.join(', ')}`);
  if (e.features.text >= 0.4) out.push(`wording close to the event's title and keywords (${Math.round(e.features.text * 100)}%)`);
  return out;
}

/**
 * What the article says that the primary event does not explain: its places, actors and words
 * minus the primary's. A second event is linked only if this residue alone would link it — the
 * same town struck on two days, or the second day of a truce, must not ride on the first's evidence.
 */
export function residualView(view: ArticleView, primary: EventBundle, places: ReadonlyMap<string, PlaceRecord>): ArticleView {
  const theirPlaces = withParents(primary.event.places.map((p) => p.id), places);
  const theirWords = new Set(wordTerms(`${primary.event.title} ${primary.event.keywords.join(' ')} ${primary.event.summary}`));
  return {
    places: new Map([...view.places].filter(([id]) => !theirPlaces.has(id))),
    actors: new Map([...view.actors].filter(([id]) => !primary.event.actors.includes(id))),
    titleWords: new Set([...view.titleWords].filter((w) => !theirWords.has(w))),
    words: new Map([...view.words].filter(([w]) => !theirWords.has(w))),
  };
}

export interface ScoredCandidates {
  view: ArticleView;
  places: Map<string, PlaceRecord>;
  actorNames: Map<string, string>;
  dates: DateContext;
  /** Every candidate the index gave, with its evidence, best first. */
  scored: ScoredMatch[];
}

/** Candidates and their evidence: what the linking decision, and its training, start from. */
export async function scoreCandidates(snapshot: ArticleSnapshot, mentions: Mentions, repo: Repository, lexicon: LexiconData, model: Model = MODEL): Promise<ScoredCandidates> {
  const view = articleView(snapshot, mentions);
  const places = new Map(lexicon.places.map((p) => [p.id, p]));
  const actorNames = new Map(lexicon.actors.map((a) => [a.id, a.name]));
  const dates: DateContext = { published: snapshot.published, storyDays: storyDays(snapshot, mentions) };
  const candidates = await repo.candidates({ terms: articleQuery(view, mentions, snapshot.published, lexicon), limit: CANDIDATES });
  const scored = candidates
    .map((bundle) => {
      const evidence = computeEvidence(bundle, view, mentions.figures, dates, places, actorNames);
      return { bundle, evidence, confidence: evidence.impossible ? 0 : confidence(evidence.features, model), reasons: [] as string[] };
    })
    .sort((a, b) => b.confidence - a.confidence);
  return { view, places, actorNames, dates, scored };
}

export async function linkArticle(snapshot: ArticleSnapshot, mentions: Mentions, repo: Repository, lexicon: LexiconData): Promise<LinkResult> {
  const { view, places, actorNames, dates, scored } = await scoreCandidates(snapshot, mentions, repo, lexicon);
  const matches: ScoredMatch[] = [];
  for (const s of scored) {
    if (s.confidence < THRESHOLD || matches.length >= MAX_MATCHES) break;
    if (matches.length) {
      // A second event must be news of the same days: an event weeks before publication that the
      // story recalls in a background paragraph is not what the story is about.
      if (!s.evidence.sameDays) continue;
      const residue = residualView(view, matches[0]!.bundle, places);
      const own = computeEvidence(s.bundle, residue, [], dates, places, actorNames);
      if (confidence(own.features) < THRESHOLD) continue;
    }
    matches.push(s);
  }
  for (const m of [...matches, ...scored.slice(0, 5)]) m.reasons = reasonsFor(m, snapshot.published);
  return {
    matches,
    samePlace: samePlaceOf(scored, matches),
    rejected: scored.filter((s) => !matches.includes(s)).slice(0, 5),
    contexts: await linkContexts(mentions, repo, lexicon, matches[0]?.bundle.event.id ?? null),
    view,
  };
}

const MAX_SAME_PLACE = 3;

/**
 * "Same place, another day": unmatched candidates at a local place the article names (not a
 * country or a wide region), whose days the article is not about — its publication and its own
 * stated days are away from theirs. Dated articles only: an undated page has no "another day".
 */
function samePlaceOf(scored: ScoredMatch[], matches: ScoredMatch[]): SamePlace[] {
  const taken = new Set(matches.map((m) => m.bundle.event.id));
  return scored
    .filter((s) => !taken.has(s.bundle.event.id) && s.evidence.localPlaces.length > 0 && !s.evidence.sameDays && s.evidence.features.late > 0)
    .slice(0, MAX_SAME_PLACE)
    .map((s) => ({ eventId: s.bundle.event.id, title: s.bundle.event.title, date: s.bundle.event.date, dateEnd: s.bundle.event.dateEnd, place: s.evidence.localPlaces[0]! }));
}

/**
 * The earlier events the story's context clauses refer to ("days after <clause>"). A clause is
 * short, so the bar is specific shared evidence: a non-broad place or a named person, or three rare
 * words. A clause that describes the story's own event (its build-up) links to nothing.
 */
async function linkContexts(mentions: Mentions, repo: Repository, lexicon: LexiconData, mainId: string | null): Promise<ContextLink[]> {
  const out: ContextLink[] = [];
  const broad = new Set(lexicon.places.filter((p) => p.broad).map((p) => p.id));
  const people = new Set(lexicon.actors.filter((a) => a.type === 'person').map((a) => a.id));
  for (const context of mentions.contexts) {
    const terms = shortTextTerms(context.clause.text, lexicon);
    if (terms.length < 2) continue;
    const found = await repo.candidates({ terms, limit: 3 });
    const best = found[0];
    if (!best) continue;
    if (mainId && found.some((c) => c.event.id === mainId && c.indexScore >= best.indexScore * 0.8)) continue;
    const strong = best.hits.filter(
      (h) => (h.term.startsWith('p:') && !broad.has(h.term.slice(2))) || (h.term.startsWith('a:') && people.has(h.term.slice(2))),
    );
    const rare = best.hits.filter((h) => h.term.startsWith('w:') && h.idf > 2.5);
    const total = terms.reduce((sum, t) => sum + t.weight, 0);
    const hitWeight = best.hits.reduce((sum, h) => sum + (terms.find((t) => t.term === h.term)?.weight ?? 0), 0);
    const conf = Math.min(1, hitWeight / total);
    if ((strong.length >= 1 && conf >= 0.45) || (rare.length >= 3 && conf >= 0.6)) out.push({ context, bundle: best, confidence: Math.round(conf * 100) / 100 });
  }
  return out;
}
