// Explainable evidence that an article is about a candidate event. Each feature is in [0, 1] (date
// fit in [-1, 1]) and keeps the names it was computed from, so the reasons shown to the reader are
// the same facts the score used.
import type { Candidate } from '../repository';
import type { FigureMention, PlaceRecord } from '../types';
import { foldWords } from '../text/fold';
import type { ArticleView } from './article-query';
import { comparableCounts } from '../discrepancy/rules/figure-subjects';
import { stem, wordTerms } from './terms';

export interface Features {
  place: number;
  /** 1 when the article names one of the event's own sites, camps or districts (or a place inside one). */
  specific: number;
  actor: number;
  text: number;
  gist: number;
  /** 1 when the article was published within three days of the event's end (or on it), else 0. */
  published: number;
  /**
   * How long after the event the article was published, beyond those three days: log-scaled, 0 at
   * three days, 1 at a year or more; 0 for an undated article.
   */
  late: number;
  /**
   * The story's own days: 1 when one falls on the event (±1), -1 when the story is about a recent
   * day (within three days before publication) that is not the event's, else 0.
   */
  stated: number;
  /** `late` for an article that states one of the event's days: a follow-up names the day it follows up. */
  lateStated: number;
  figure: number;
  title: number;
}

export const FEATURE_NAMES: readonly (keyof Features)[] = ['place', 'specific', 'actor', 'text', 'gist', 'published', 'late', 'stated', 'lateStated', 'figure', 'title'];

export interface Evidence {
  features: Features;
  /** Published within three days of the event, or a stated day on it: news of the event's days. */
  sameDays: boolean;
  places: string[]; // names of shared places, most specific first
  /** Shared places that are not countries or wide regions, most specific first. */
  localPlaces: string[];
  actors: string[];
  figures: string[]; // "8 killed"
  dateNote: string | null;
  impossible: boolean; // the event happened after the article was published
}

export interface DateContext {
  published: string | null;
  /** Day-precision dates the story states or implies (weekday references resolved). */
  storyDays: string[];
}

const DEFAULT_IDF = 3;

const saturate = (x: number, k: number) => 1 - Math.exp(-x / k);
const days = (a: string, b: string) => (Date.parse(a) - Date.parse(b)) / 86_400_000;

function idfOf(c: Candidate, term: string): number | null {
  return c.hits.find((h) => h.term === term)?.idf ?? null;
}

/** Ids of the places an event is at, with the places that contain them. */
export function withParents(ids: string[], places: ReadonlyMap<string, PlaceRecord>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    for (let cur: string | null = id, depth = 0; cur && depth < 4; depth++) {
      out.add(cur);
      cur = places.get(cur)?.parent ?? null;
    }
  }
  return out;
}

function placeFeature(c: Candidate, view: ArticleView, places: ReadonlyMap<string, PlaceRecord>) {
  const eventPlaces = withParents(c.event.places.map((p) => p.id), places);
  let sum = 0;
  const names: { name: string; w: number; local: boolean }[] = [];
  for (const [id, m] of view.places) {
    // The article may name a place inside the event's (al-Qarara for a Khan Younis event): it
    // counts, at the specificity of the event's place.
    const via = eventPlaces.has(id) ? id : [...withParents([id], places)].find((p) => eventPlaces.has(p));
    if (!via) continue;
    const record = places.get(via);
    const idf = idfOf(c, `p:${via}`) ?? DEFAULT_IDF;
    const w = (record?.broad ? 0.15 : 1) * idf * (m.inTitle ? 1.3 : 1) * (via === id ? 1 : 0.7);
    sum += w;
    names.push({ name: record?.name ?? via, w, local: !record?.broad });
  }
  names.sort((a, b) => b.w - a.w);
  return { value: saturate(sum, 4), names: names.map((n) => n.name), local: names.filter((n) => n.local).map((n) => n.name) };
}

const SPECIFIC_KINDS = new Set(['camp', 'district', 'site']);

/** Does the article name one of the event's own sites, camps or districts, or a place inside one? */
function specificFeature(c: Candidate, view: ArticleView, places: ReadonlyMap<string, PlaceRecord>): number {
  const own = new Set(c.event.places.map((p) => p.id).filter((id) => SPECIFIC_KINDS.has(places.get(id)?.kind ?? '')));
  if (!own.size) return 0;
  for (const id of view.places.keys()) for (const p of withParents([id], places)) if (own.has(p)) return 1;
  return 0;
}

function actorFeature(c: Candidate, view: ArticleView, actorNames: ReadonlyMap<string, string>) {
  let sum = 0;
  const names: { name: string; w: number }[] = [];
  for (const id of c.event.actors) {
    const m = view.actors.get(id);
    if (!m) continue;
    const w = (idfOf(c, `a:${id}`) ?? DEFAULT_IDF) * (m.inTitle ? 1.3 : 1);
    sum += w;
    names.push({ name: actorNames.get(id) ?? id, w });
  }
  return { value: saturate(sum, 4), names: names.sort((a, b) => b.w - a.w).map((n) => n.name) };
}

// Per-event word sets, computed once per event object (the repository hands out the same objects).
const eventWordCache = new WeakMap<object, string[]>();
const gistWordCache = new WeakMap<object, Set<string>>();

function eventWords(c: Candidate): string[] {
  let words = eventWordCache.get(c.event);
  if (!words) eventWordCache.set(c.event, (words = wordTerms(`${c.event.title} ${c.event.keywords.join(' ')}`)));
  return words;
}

function gistWords(report: Candidate['reports'][number]): Set<string> {
  let words = gistWordCache.get(report);
  if (!words) gistWordCache.set(report, (words = new Set(foldWords(report.gist).filter((w) => w.length > 3).map((w) => `w:${stem(w)}`))));
  return words;
}

/** Share of the event's title and keyword words (by rarity) that the article uses. */
function textFeature(c: Candidate, view: ArticleView): number {
  const words = eventWords(c);
  if (!words.length) return 0;
  let have = 0;
  let all = 0;
  for (const w of words) {
    const idf = idfOf(c, w) ?? DEFAULT_IDF;
    all += idf;
    if (view.words.has(w)) have += idf * (view.titleWords.has(w) ? 1 : 0.85);
  }
  return have / all;
}

/** Best overlap between the article's words and one report's gist: rewrites share many of them. */
function gistFeature(c: Candidate, view: ArticleView): number {
  let best = 0;
  for (const r of c.reports) {
    const words = gistWords(r);
    if (words.size < 4) continue;
    let have = 0;
    for (const w of words) if (view.words.has(w)) have++;
    best = Math.max(best, have / words.size);
  }
  return best;
}

/**
 * Fit between the event's dates and the story's. News reports what just happened: publication on
 * the day or within a few days is the norm; a publication before the event is impossible.
 */
const YEAR_LOG = Math.log1p(365);

function dateFeature(c: Candidate, ctx: DateContext): { published: number; late: number; stated: number; sameDays: boolean; note: string | null; impossible: boolean } {
  const start = c.event.date.length === 10 ? c.event.date : `${c.event.date}-01`.slice(0, 10);
  const end = c.event.dateEnd ?? start;
  let pub = 0;
  let late = 0;
  let note: string | null = null;
  let impossible = false;
  if (ctx.published) {
    const lag = days(ctx.published, start);
    const afterEnd = days(ctx.published, end);
    if (lag < -1) impossible = true;
    else if (lag <= 3 || afterEnd <= 3) pub = 1;
    else late = Math.min(1, Math.log1p(afterEnd - 3) / YEAR_LOG);
  }
  // A story day on the event (±1: overnight events and late reports straddle midnight) supports it;
  // the reason names it only when it falls inside the event's own span.
  let stated = 0;
  for (const d of ctx.storyDays) {
    if (days(d, start) >= -1 && days(d, end) <= 1) {
      stated = 1;
      if (days(d, start) >= 0 && days(d, end) <= 0) note = d;
      if (note) break;
    }
  }
  // A story about a recent day ("on Tuesday", resolved) that is not the event's is about another
  // happening: the commonest false link is the same place on another day.
  if (stated === 0 && ctx.published) {
    const recent = ctx.storyDays.some((d) => {
      const back = days(ctx.published!, d);
      return back >= 0 && back <= 3;
    });
    if (recent) stated = -1;
  }
  return { published: pub, late, stated, sameDays: pub === 1 || stated === 1, note, impossible };
}

const CASUALTY = new Set<FigureMention['kind']>(['killed', 'injured', 'missing']);

/**
 * Figures the event's reports also give. Casualties compare by kind; counts of people released,
 * held, displaced... are recorded as `count` claims whose subject says what happened to whom, so
 * they compare through the figure rule's own test of "the same thing counted".
 */
// "kind:value" of an event's numeric claims, once per reports array (the repository hands out the same ones).
const claimedCache = new WeakMap<object, Set<string>>();

function claimedValues(c: Candidate): Set<string> {
  let claimed = claimedCache.get(c.reports);
  if (!claimed) {
    claimed = new Set<string>();
    for (const r of c.reports) {
      for (const cl of r.claims) if (typeof cl.value === 'number') claimed.add(`${cl.kind}:${cl.value}`);
    }
    claimedCache.set(c.reports, claimed);
  }
  return claimed;
}

function figureFeature(c: Candidate, figures: FigureMention[]): { value: number; agree: string[] } {
  if (!figures.length) return { value: 0, agree: [] };
  const claimed = claimedValues(c);
  const agree: string[] = [];
  for (const f of figures) {
    if (f.value <= 1) continue;
    const same =
      claimed.has(`${f.kind}:${f.value}`) ||
      (!CASUALTY.has(f.kind) &&
        f.kind !== 'count' &&
        claimed.has(`count:${f.value}`) &&
        comparableCounts(f, f.text, f.text, c.reports).some((k) => k.lo === f.value && k.hi === f.value));
    if (same) agree.push(`${f.value} ${f.kind}`);
  }
  return { value: agree.length ? Math.min(1, 0.6 + 0.2 * agree.length) : 0, agree: [...new Set(agree)] };
}

export function computeEvidence(
  c: Candidate,
  view: ArticleView,
  figures: FigureMention[],
  dates: DateContext,
  places: ReadonlyMap<string, PlaceRecord>,
  actorNames: ReadonlyMap<string, string>,
): Evidence {
  const place = placeFeature(c, view, places);
  const specific = specificFeature(c, view, places);
  const actor = actorFeature(c, view, actorNames);
  const date = dateFeature(c, dates);
  const figure = figureFeature(c, figures);
  const specificInTitle =
    c.event.places.some((p) => !places.get(p.id)?.broad && view.places.get(p.id)?.inTitle) ||
    c.event.actors.some((a) => view.actors.get(a)?.inTitle && (idfOf(c, `a:${a}`) ?? 0) > 2);
  return {
    features: {
      place: place.value,
      specific,
      actor: actor.value,
      text: textFeature(c, view),
      gist: gistFeature(c, view),
      published: date.published,
      late: date.late,
      stated: date.stated,
      lateStated: date.stated === 1 ? date.late : 0,
      figure: figure.value,
      title: specificInTitle ? 1 : 0,
    },
    sameDays: date.sameDays,
    places: place.names,
    localPlaces: place.local,
    actors: actor.names,
    figures: figure.agree,
    dateNote: date.note,
    impossible: date.impossible,
  };
}
