// Days named relative to the paper's own date: "today", "tonight", "yesterday", "last night",
// "this morning", "tomorrow", "the day before yesterday". chrono-node knows most of these, but decides
// "last night" from the reference's local hour; a news reference is a calendar day, so we fix it here.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, formatDay, type Ymd } from '../calendar';
import { isOutletName } from '../refiners/false-positive-filter';
import { NewsParser, newsResult } from './news-parser';

const OFFSETS: [RegExp, number][] = [
  [/^the day before yesterday$/i, -2],
  [/^the day after tomorrow$/i, 2],
  [/^(?:yesterday|last night)$/i, -1],
  [/^tomorrow/i, 1],
];

export class RelativeDayParser extends NewsParser {
  protected readonly regex =
    /the day before yesterday|the day after tomorrow|yesterday|last night|today|tonight|tomorrow(?: night)?|this (?:morning|afternoon|evening)/i;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    if (isOutletName(match[0], context.text.slice(Math.max(0, index - 20), index))) return null;
    const offset = OFFSETS.find(([re]) => re.test(match[0]))?.[1] ?? 0;
    const day = addDays(ref, offset);
    return newsResult(context, index, match[0], { value: formatDay(day), granularity: 'day', known: [], relative: true }, day);
  }
}
