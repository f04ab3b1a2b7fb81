// What one row of a conflict-event file says, once read and checked, whatever the file's layout:
// the common shape the pack records are made from (records.ts). Browser-safe.

import type { PlaceKind } from '../../core/types';

export type ImportFormat = 'ged' | 'acled';

/** One source the dataset coded the event from. */
export interface SourceRef {
  outlet: string;
  published: string | null; // ISO day
  headline: string;
}

export interface DeathEstimate {
  best: number;
  /** GED's low and high estimates; ACLED gives one figure, so both equal best. */
  low: number;
  high: number;
}

export interface ImportedRow {
  format: ImportFormat;
  /** The dataset's own event id (GED id, ACLED event_id_cnty). */
  key: string;
  line: number;
  date: string; // ISO day
  dateEnd: string | null;
  /** Country as the file names it, and its ISO code when known. */
  country: string;
  countryCode: string | null;
  /** Administrative divisions, largest first, empty ones left out. */
  admin: string[];
  /** The most specific place the row names ("" when it names none below the divisions). */
  location: string;
  locationKind: PlaceKind;
  lat: number | null;
  lon: number | null;
  actors: string[];
  category: string;
  /** How the dataset classes the event, in its words ("state-based", "Air/drone strike"). */
  kind: string;
  deaths: DeathEstimate;
  /** For one-sided violence and ACLED's civilian targeting: the dead include civilians targeted. */
  civilianTargeting: boolean;
  sources: SourceRef[];
}

/** A column getter for one record; unknown optional columns read as "". */
export type Cells = (column: string) => string;

/** A row that cannot become an event: the reason, in words, and the file line it starts on. */
export class RowError extends Error {}
