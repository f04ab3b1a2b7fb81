// Date mentions in an article's plain text, anchored at its publication date. chrono-node does the
// reading; the stages in ./parsers and ./refiners adapt it to news (see ./configuration for the order
// and ./README.md for the conventions of values, spans and stated vs implied components).
import type { ParsingResult } from 'chrono-node';
import type { DateMention } from '../../types';
import { parseIsoDay } from './calendar';
import { createNewsChrono } from './configuration';
import { toChronoReference } from './reference';
import { toMention } from './to-mention';

// Built once: a configuration is a few dozen parser objects whose patterns compile on first use.
const newsChrono = createNewsChrono();

// Without a publication date chrono still needs an anchor; everything the anchor could have decided
// (relative dates, filled-in years) is dropped afterwards, so its value never shows.
const PLACEHOLDER = { year: 2000, month: 1, day: 1 };

/**
 * @param reference the publication date, 'YYYY-MM-DD', or null when unknown: then only dates whose
 *   every component is written survive.
 */
export function extractDates(text: string, reference: string | null): DateMention[] {
  const ref = reference ? parseIsoDay(reference) : null;
  // chrono types its output as the ParsedResult interface; the objects are its ParsingResult class.
  const results = newsChrono.parse(text, toChronoReference(ref ?? PLACEHOLDER)) as ParsingResult[];
  const mentions: DateMention[] = [];
  for (const result of results) {
    const mention = toMention(result, text, ref !== null);
    if (mention) mentions.push(mention);
  }
  return mentions;
}
