// The last step: a chrono-node result becomes a DateMention. Our parsers' results carry their value in
// a tag; chrono's own are read from their components, where "certain" is what the text writes and
// "implied" is what the reference date filled in — the stated/implied distinction the discrepancy rules
// depend on ("November 1" resolved to 2023 is not evidence that the article says 2023).
import type { ParsingComponents, ParsingResult } from 'chrono-node';
import type { DateMention } from '../../types';
import { formatDay, formatMonth, formatYear } from './calendar';
import { ATTRIBUTIVE_TAG, readMod, readValue, type Known, type NewsValue } from './news-value';

const RELATIVE_TAGS = ['result/relativeDate', 'parser/ENCasualDateParser'];

export function toMention(result: ParsingResult, text: string, hasReference: boolean): DateMention | null {
  const start = result.index;
  const end = start + result.text.length;
  if (text.slice(start, end) !== result.text) return null;
  const tags = result.tags();
  const value = readValue(result.start) ?? fromComponents(result.start, tags);
  if (!value) return null;
  const endValue = result.end ? (readValue(result.end)?.value ?? fromComponents(result.end, tags)?.value) : value.endValue;
  let mention: DateMention = {
    text: result.text, start, end,
    value: value.value,
    granularity: value.granularity,
    stated: value.stated ?? false,
    known: value.known,
    relative: value.relative,
  };
  if (endValue && endValue !== value.value) mention.endValue = endValue;
  const mod = readMod(tags);
  if (mod) mention.mod = mod;
  if (tags.has(ATTRIBUTIVE_TAG)) mention.attributive = true;
  if (!hasReference) {
    // Without a publication date nothing can be filled in: keep what the text states, and of a
    // 02/11/2024 whose day and month cannot be told apart, only the year.
    if (value.ambiguousDayMonth && value.known.includes('year')) {
      mention = { ...mention, value: mention.value.slice(0, 4), granularity: 'year', known: ['year'], stated: true };
      delete mention.endValue;
    }
    if (mention.relative || !mention.stated) return null;
  }
  return mention;
}

function fromComponents(s: ParsingComponents, tags: Set<string>): NewsValue | null {
  const certain = (c: 'year' | 'month' | 'day' | 'weekday') => s.isCertain(c);
  const weekdayOnly = certain('weekday') && !certain('day') && !certain('month');
  const relative = weekdayOnly || RELATIVE_TAGS.some((t) => tags.has(t)) || [...tags].some((t) => t.startsWith('casualReference/'));
  const year = s.get('year') ?? 0;
  const month = s.get('month') ?? 1;
  const day = s.get('day') ?? 1;
  // A relative result's components were computed, not written: "yesterday" writes no year.
  const known: Known[] = [];
  if (!relative || weekdayOnly) {
    for (const c of ['year', 'month', 'day', 'weekday'] as const) if (certain(c)) known.push(c);
  }
  if (certain('day') || certain('weekday')) {
    const stated = known.includes('year') && known.includes('month') && known.includes('day');
    return { value: formatDay({ year, month, day }), granularity: 'day', known, relative, stated };
  }
  if (certain('month')) {
    return { value: formatMonth(year, month), granularity: 'month', known, relative, stated: known.includes('year') && known.includes('month') };
  }
  if (certain('year')) return { value: formatYear(year), granularity: 'year', known, relative, stated: known.includes('year') };
  return null;
}
