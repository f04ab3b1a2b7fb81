// The shared vocabulary of the pipeline: what is read off a page, what a dataset pack holds, and what
// an analysis reports. Pure data — no functions, no browser types — so every context can import it.

// ─── Dataset pack ────────────────────────────────────────────────────────────────────────────────

export type DatePrecision = 'day' | 'month' | 'year';

/** A curated real-world event. Ids are stable across pack versions. */
export interface EventRecord {
  id: string;
  title: string;
  /** One or two sentences in the project's own words. */
  summary: string;
  date: string; // ISO, at `precision`
  dateEnd: string | null;
  precision: DatePrecision;
  category: string;
  places: EventPlace[];
  actors: string[]; // actor ids
  keywords: string[];
  parent: string | null;
  related: string[];
  /** Disagreements between reports that the curators recorded (kept for "why" texts). */
  notes: CuratedDisagreement[];
}

export interface EventPlace {
  id: string; // place id
  /** Free text the sources use to locate it relative to others, e.g. "east of Khan Younis". */
  relation?: string;
}

export interface CuratedDisagreement {
  kind: string;
  summary: string;
  values: { outlet: string; value: string }[];
  timingOnly: boolean;
}

export const CLAIM_KINDS = ['killed', 'injured', 'missing', 'detained', 'released', 'displaced', 'hostages', 'count', 'date', 'time', 'place', 'role', 'other'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Who a count of people counts. */
export const PEOPLE_CLASSES = ['people', 'children', 'women', 'civilians', 'soldiers', 'fighters', 'police', 'journalists', 'medics', 'aid-workers', 'staff', 'family', 'patients', 'hostages', 'other'] as const;
export type PeopleClass = (typeof PEOPLE_CLASSES)[number];

/** What a count covers: one strike or raid, everything in an area that day, a running total, a stretch of days. */
export const CLAIM_SCOPES = ['incident', 'day', 'cumulative', 'period'] as const;
export type ClaimScope = (typeof CLAIM_SCOPES)[number];

/** A claim as a report words it, before it is typed (pack schema 1, the curated files of data/events). */
export interface BareClaim {
  kind: ClaimKind;
  value: number | string;
  qualifier: string; // "", "at least", "more than", "about", "up to", "range", ...
  subject: string; // what was counted or described, in the curator's words
  attributedTo: string; // who the report cites ("" when it cites nobody)
  asOf: string | null; // ISO date the figure was current
}

/**
 * One thing a report says, structured and typed at pack build (core/claims.ts): `value` is a number
 * for counts, text otherwise; the typed fields say what a count counts, so nothing downstream reads
 * the subject's words to find out.
 */
export interface Claim extends BareClaim {
  /** Upper end of a range ("between 35 and 45": value 35, max 45, qualifier "range"). */
  max: number | null;
  /** Counts of people: who. null for counts of things and for facts that are not counts. */
  people: PeopleClass | null;
  /** Part of another toll the same report gives ("including 14 children"). */
  subset: boolean;
  /** Counts only; null otherwise. */
  scope: ClaimScope | null;
  /** Start of a cumulative or period count (ISO day). */
  since: string | null;
  /** Time of day the figure was current ("HH:MM"), when the report says. */
  asOfTime: string | null;
}

export interface ReportRecord {
  id: string;
  eventId: string;
  outlet: string; // display name as the source gives it ("Al Arabiya (with AFP)")
  outletId: string | null; // key into outlets, when known
  url: string;
  published: string | null;
  language: string;
  gist: string;
  claims: Claim[];
}

export interface SeriesPoint {
  date: string; // ISO day
  value: number;
  /** Who published this day's figure, when it is not the series' usual body (Gaza: MoH vs media office). */
  reportedBy?: string;
  /** Hours the figure covers for non-cumulative series (a 48 h report after a missed day). */
  periodHours?: number;
}

/** An official dated series, e.g. Gaza MoH cumulative killed per day. */
export interface SeriesRecord {
  id: string;
  title: string;
  region: string; // place id the series covers (e.g. "gaza-strip")
  measure: 'killed' | 'injured' | 'killed-children' | 'killed-women' | 'missing';
  cumulative: boolean;
  reportedBy: string; // "Gaza Ministry of Health", ...
  source: string; // attribution id in meta.sources
  /** First day a cumulative count covers ("since 7 October 2023"; a restarted count has a later one). */
  since?: string;
  points: SeriesPoint[];
}

export type PlaceKind = 'country' | 'region' | 'city' | 'town' | 'camp' | 'district' | 'site';

export interface PlaceRecord {
  id: string;
  name: string;
  aliases: string[];
  country: string | null; // ISO 3166-1 alpha-2
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  /** Enclosing place id (al-Qarara → khan-younis-governorate), when known. */
  parent: string | null;
  /** Broad places (countries, "Gaza") are weak evidence when shared; see matching. */
  broad: boolean;
}

export type ActorType = 'person' | 'group' | 'org' | 'state';

export interface ActorRecord {
  id: string;
  name: string;
  aliases: string[];
  type: ActorType;
}

export type OutletKind =
  | 'wire'
  | 'broadcaster'
  | 'newspaper'
  | 'online'
  | 'aggregator'
  | 'state-media'
  | 'agency'
  | 'reference'
  | 'unknown';

export interface OutletRecord {
  id: string;
  name: string;
  domains: string[];
  kind: OutletKind;
  /** Other names the outlet goes by in credits ("Agence France-Presse" for AFP). */
  aliases?: string[];
}

export interface SourceAttribution {
  id: string;
  name: string;
  licence: string;
  url: string | null;
  attribution: string;
}

export interface PackMeta {
  id: string;
  version: string;
  title: string;
  description: string;
  builtAt: string; // ISO timestamp, taken from the inputs, not the clock, so builds reproduce
  sources: SourceAttribution[];
}

/** What a pack's events cover, computed when it is installed (data/index/coverage.ts). */
export interface PackCoverage {
  /** First and last day any event covers (ISO, at the events' own precision); null for no events. */
  from: string | null;
  to: string | null;
  /** Regions by how many events lie in them, most first (then by name); all of them. */
  regions: { name: string; events: number }[];
}

export const PACK_FORMAT = 'corroborate-pack';
export const PACK_SCHEMA_VERSION = 2;

export interface Pack {
  format: typeof PACK_FORMAT;
  schemaVersion: typeof PACK_SCHEMA_VERSION;
  meta: PackMeta;
  events: EventRecord[];
  reports: ReportRecord[];
  series: SeriesRecord[];
  places: PlaceRecord[];
  actors: ActorRecord[];
  outlets: OutletRecord[];
}

// ─── Reading the article ─────────────────────────────────────────────────────────────────────────

export type PublishedFrom =
  | 'json-ld'
  | 'meta'
  | 'time'
  | 'url'
  | 'dateline'
  | 'given' // passed in by the caller (CLI --published)
  | null;

export interface PublishedEvidence {
  from: Exclude<PublishedFrom, null>;
  value: string; // ISO day
  raw: string;
}

export interface TextBlock {
  /** Offset of the block's first character in ArticleSnapshot.text. */
  start: number;
  text: string;
  tag: string; // p, h1, li, blockquote...
}

/** What the content script (or the CLI) reads off a page; the input of the analysis. */
export interface ArticleSnapshot {
  url: string | null;
  site: string | null;
  title: string;
  byline: string | null;
  published: string | null; // ISO day
  publishedFrom: PublishedFrom;
  /** All evidence found, so rules can flag sources that disagree. */
  publishedEvidence: PublishedEvidence[];
  /** Plain text: title, then blocks, joined with blank lines. Offsets in mentions refer to it. */
  text: string;
  blocks: TextBlock[];
  lang: string | null;
}

export interface LinkSnapshot {
  href: string;
  text: string;
}

// ─── Mentions ────────────────────────────────────────────────────────────────────────────────────

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type DateGranularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade';

export interface DateMention extends Span {
  /** ISO at the precision the text states: 2024-11-01, 2024-11, 2024, 2024-Q3, 2024-W44. */
  value: string;
  granularity: DateGranularity;
  /** True when every component of `value` is written in the text (nothing was filled in). */
  stated: boolean;
  /** Components the text writes out; a year filled in from the reference date is not here. */
  known: ('year' | 'month' | 'day' | 'weekday')[];
  /** Resolved against the reference date ("yesterday", "on Friday", "last year"). */
  relative: boolean;
  /** End of a range ("1-3 November"), ISO. */
  endValue?: string;
  /** Part of the period the text points at: "early 1990s" start, "mid-October" mid, "late November" end. */
  mod?: 'start' | 'mid' | 'end';
  /** The date names a thing rather than when something happened: "the 1967 borders", "the 2020 election". */
  attributive?: boolean;
}

export type FigureKind =
  | 'killed'
  | 'injured'
  | 'missing'
  | 'displaced'
  | 'arrested'
  | 'hostages'
  | 'released'
  | 'evacuated'
  | 'affected'
  | 'count';

export type Qualifier =
  | 'exact'
  | 'at least'
  | 'more than'
  | 'about'
  | 'nearly'
  | 'up to'
  | 'fewer than'
  | 'range'
  | 'dozens'
  | 'hundreds'
  | 'thousands'
  | 'scores' // "scores of" (value 40, a lower bound)
  | 'millions';

export interface FigureMention extends Span {
  kind: FigureKind;
  value: number;
  /** Upper bound for ranges ("between 20 and 30"). */
  max?: number;
  qualifier: Qualifier;
  /** Who or what was counted, in the article's words ("children", "members of the al-Farra family"). */
  subject: string;
  /** Broad class of the subject, for comparing like with like. */
  subjectClass: 'people' | 'children' | 'women' | 'soldiers' | 'fighters' | 'civilians' | 'family' | 'patients' | 'staff' | 'journalists' | 'other';
  scope: FigureScope;
  /** Who the article cites for this figure, if anyone. */
  attributedTo: string | null;
  /**
   * A part of another figure ("including 13 children", "13 of them children", "13 children among
   * the dead"): not a total, so never compare it with a total.
   */
  subset?: boolean;
  /** Index, in the same figures array, of the total this subset belongs to, when the text has one. */
  partOf?: number;
}

export interface FigureScope {
  /** "in the past 24 hours", "since October 7", "overall": what period the count covers. */
  period: 'event' | 'day' | 'cumulative' | 'unknown';
  since?: string; // ISO, for "since October 7, 2023"; undefined when the text gives no year
  /** The words after "since" as written ("October 7", "the war began"), year or not. */
  sinceText?: string;
  place?: string; // words naming where ("in Khan Younis")
}

export interface PlaceMention extends Span {
  placeId: string;
  name: string;
  /** "east of Khan Yunis" → direction east, of the mentioned place. */
  relation?: {
    direction: Direction;
    of: string; // place id of the reference place
    text: string; // "east of Khan Younis"
    /** 'of' = lies in that direction from it; 'part' = in that part of it ("eastern Khan Younis"). */
    kind: 'of' | 'part';
    /** The place said to lie there, when the sentence names one before the phrase. */
    subject?: string;
  };
}

export type Direction = 'north' | 'south' | 'east' | 'west' | 'northeast' | 'northwest' | 'southeast' | 'southwest' | 'centre';

export interface ActorMention extends Span {
  actorId: string;
  name: string;
}

export interface SourcingMention extends Span {
  kind: 'named' | 'empty-credit';
  source: string | null;
  /** A source the article does not name ("a source said", "a hospital source", "officials"). */
  anonymous?: boolean;
}

/**
 * A clause that ties the story to an earlier event: "days after Israeli jets flattened the homes of
 * ...", "weeks after the ceasefire", "a year after the pager attacks". Mentions inside the clause
 * describe that earlier event, not the story's own.
 */
export interface ContextMention extends Span {
  trigger: string; // "days after"
  /** Gap the wording implies between the earlier event and the story, in days. */
  gap: { min: number; max: number };
  /** The clause after the trigger that names the earlier event. */
  clause: Span;
}

export interface Mentions {
  dates: DateMention[];
  contexts: ContextMention[];
  figures: FigureMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  sourcing: SourcingMention[];
}

// ─── Analysis ────────────────────────────────────────────────────────────────────────────────────

export interface Match {
  eventId: string;
  title: string;
  date: string;
  dateEnd: string | null;
  confidence: number;
  reasons: string[];
  sources: number;
}

export type DiscrepancyKind =
  | 'date'
  | 'dateline'
  | 'figure'
  | 'place'
  | 'attribution'
  | 'context'
  | 'sourcing';

export interface Discrepancy {
  kind: DiscrepancyKind;
  eventId: string | null;
  /** The article's own words, exactly as in ArticleSnapshot.text at [start, end). */
  quote: string;
  start: number;
  end: number;
  article: string;
  record: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  /** Who said what, for the card: one row per report the rule compared against. */
  evidence: DiscrepancyEvidence[];
}

export interface DiscrepancyEvidence {
  outlet: string;
  url: string | null;
  value: string;
  attributedTo: string;
  asOf: string | null;
}

export interface Analysis {
  article: {
    title: string;
    url: string | null;
    site: string | null;
    published: string | null;
    publishedFrom: PublishedFrom;
    /** Set when the page's date sources disagree by more than a day. */
    publishedConflict?: string | null;
    /** Period inferred from context when the page gives no date. */
    inferredPeriod?: { from: string; to: string; reason: string } | null;
  };
  matches: Match[];
  /**
   * Events at a place the article names, on days the article is not about: not matches, never
   * compared with the article, shown quietly so a reader sees what the dataset holds there.
   */
  samePlace?: SamePlace[];
  discrepancies: Discrepancy[];
  timing: { totalMs: number; stages?: Record<string, number> };
  mentions?: Mentions;
}

export interface SamePlace {
  eventId: string;
  title: string;
  date: string;
  dateEnd: string | null;
  /** The shared place, most specific first. */
  place: string;
}

// ─── Event details (popup) ──────────────────────────────────────────────────────────────────────

/** Official figures around an event's date, for the popup's "official daily figures". */
export interface SeriesSlice {
  seriesId: string;
  title: string;
  reportedBy: string;
  cumulative: boolean;
  measure: string;
  points: SeriesPoint[];
}

export interface RelatedEvent {
  id: string;
  title: string;
  date: string;
  relation: 'parent' | 'child' | 'related' | 'same-place';
}

/** What the popup shows for one matched event. */
export interface EventDetail {
  packId: string;
  event: EventRecord;
  reports: ReportRecord[];
  related: RelatedEvent[];
  series: SeriesSlice[];
}

