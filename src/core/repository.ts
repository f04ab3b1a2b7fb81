import type {
  ActorRecord,
  EventRecord,
  OutletRecord,
  PlaceRecord,
  ReportRecord,
  SeriesRecord,
} from './types';

/** An event with the reports that cover it, as the matcher and the rules see it. */
export interface EventBundle {
  packId: string;
  event: EventRecord;
  reports: ReportRecord[];
}

/** The names the mention extractors look up: every installed pack's gazetteer, actors and outlets. */
export interface LexiconData {
  places: PlaceRecord[];
  actors: ActorRecord[];
  outlets: OutletRecord[];
}

/** One index term with the weight the caller gives it (before rarity). */
export interface QueryTerm {
  term: string;
  weight: number;
}

export interface CandidateQuery {
  terms: QueryTerm[];
  /** How many events to return at most, best first by index score. */
  limit: number;
}

export interface Candidate extends EventBundle {
  /** Index score: sum over matched terms of weight × rarity. */
  indexScore: number;
  /** The query terms this event carries, with each term's rarity (idf). */
  hits: { term: string; idf: number }[];
}

/**
 * What the core needs from storage. Implemented over Dexie/IndexedDB in the extension and over an
 * in-memory pack in the CLI; both share the index format and the candidate ranking.
 */
export interface Repository {
  lexicon(): Promise<LexiconData>;
  candidates(query: CandidateQuery): Promise<Candidate[]>;
  events(ids: string[]): Promise<EventBundle[]>;
  series(): Promise<SeriesRecord[]>;
  /** Number of events across installed packs (for rarity weights). */
  eventCount(): Promise<number>;
}
