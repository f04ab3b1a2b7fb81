// How our own parsers hand their resolved value through chrono-node's refiners. chrono's components hold
// only numbers (year, month, day…); a season, a quarter, a decade or "PRESENT_REF" does not fit them, so
// the value travels as a tag on the components: tags are chrono's own channel for parser metadata and
// its merging refiners carry them over.
import type { ParsingComponents } from 'chrono-node';
import type { DateGranularity, DateMention } from '../../types';

export type Known = DateMention['known'][number];
export type Mod = NonNullable<DateMention['mod']>;

export interface NewsValue {
  value: string;
  granularity: DateGranularity;
  known: Known[];
  relative: boolean;
  /** Every component of the value is written (a season with its year, "Q3 2024"). */
  stated?: boolean;
  endValue?: string;
  /** dd/mm vs mm/dd could not be told apart: without a reference keep only the year. */
  ambiguousDayMonth?: boolean;
}

const VALUE_TAG = 'news/value:';
const MOD_TAG = 'news/mod:';
export const ATTRIBUTIVE_TAG = 'news/attributive';

export function tagValue(components: ParsingComponents, value: NewsValue): ParsingComponents {
  return components.addTag(VALUE_TAG + JSON.stringify(value));
}

export function readValue(components: ParsingComponents | undefined | null): NewsValue | null {
  if (!components) return null;
  for (const tag of components.tags()) {
    if (tag.startsWith(VALUE_TAG)) return JSON.parse(tag.slice(VALUE_TAG.length)) as NewsValue;
  }
  return null;
}

export function tagMod(components: ParsingComponents, mod: Mod): void {
  components.addTag(MOD_TAG + mod);
}

export function readMod(tags: Set<string>): Mod | undefined {
  for (const tag of tags) if (tag.startsWith(MOD_TAG)) return tag.slice(MOD_TAG.length) as Mod;
  return undefined;
}

/** "early" → start, "mid"/"middle" → mid, "late"/"end" → end, as TimeML's mod attribute. */
export function modFromWord(word: string | undefined): Mod | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(early|earlier|beginning|start)/.test(w)) return 'start';
  if (/^(mid|middle)/.test(w)) return 'mid';
  if (/^(late|later|end)/.test(w)) return 'end';
  return undefined;
}
