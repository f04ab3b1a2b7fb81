// chrono-node reads durations and anaphoric offsets as dates; in news they are not. "In the past 24
// hours", "within two weeks", "the last three months" measure a span (TimeML DURATION); "two days later"
// counts from an event in the story, not from the paper's date, so anchoring it there would be wrong.
// Runs before chrono's merging refiners so a dropped duration cannot glue itself to a real date.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { readValue } from '../news-value';
import { CARDINAL_PATTERN } from '../numbers';
import { Filter } from './filter';

const COUNT = String.raw`(?:${CARDINAL_PATTERN}|few|several|couple(?: of)?|many)`;
const DURATION = [
  new RegExp(String.raw`^(?:within|in|for|over|during)\s+(?:the\s+)?(?:next\s+|coming\s+|past\s+|last\s+)?${COUNT}\b`, 'i'),
  new RegExp(String.raw`\b(?:past|last|next|previous|coming|first)\s+${COUNT}\s+\w+`, 'i'),
  /^(?:the\s+)?past\s+\w+/i, // "the past week": a span ending now
  /^(?:(?:in|during|for|within|over)\s+)?(?:the\s+)?(?:day|week|month|year)s?$/i, // "later in the day": the story's day, not a date
  /\b(?:later|earlier|before|after|hence)$/i, // "two days later": counted from the story, not the paper
  new RegExp(String.raw`^(?:after|before)\s+${COUNT}\b`, 'i'), // "pulled out after two weeks": a span
  /\b(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\b/i, // times and durations below a day
];

export class DurationFilter extends Filter {
  isValid(_context: ParsingContext, result: ParsingResult): boolean {
    if (readValue(result.start)) return true; // our own parsers already decided
    if (result.start.tags().has('result/relativeDateAndTime')) return false;
    return !DURATION.some((re) => re.test(result.text));
  }
}
