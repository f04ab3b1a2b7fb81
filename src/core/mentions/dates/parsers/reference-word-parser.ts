// Words that point at the present, the past or the future without a calendar value: TimeML's
// PRESENT_REF ("now", "currently"), PAST_REF ("recent years", "in the past") and FUTURE_REF ("the
// future"). They cannot contradict a record, but they anchor tense and context.
// `granularity` is only the scale the words suggest; consumers must check `value` for these tokens.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DateGranularity } from '../../../types';
import type { Ymd } from '../calendar';
import { NewsParser, newsResult } from './news-parser';

const UNIT = String.raw`(years|decades|months|weeks|days)`;
const PATTERN = new RegExp(
  [
    String.raw`(now|currently|nowadays|these days|at present)`,
    String.raw`(?:the\s+)?recent\s+${UNIT}`,
    String.raw`(?:in\s+|than\s+)?(the\s+past)`,
    String.raw`(?:(?:the|in|near|foreseeable|distant|immediate)\s+)+(future)`,
  ].join('|'),
  'i',
);

export class ReferenceWordParser extends NewsParser {
  protected readonly regex = PATTERN;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const lead = /^(?:in|than)\s+/i.exec(match[0])?.[0].length ?? 0; // TimeML leaves the preposition out
    const text = match[0].slice(lead);
    const lower = text.toLowerCase();
    // "the past week" and "future talks" are a duration and an adjective, not references.
    if (/(?:past|future)$/.test(lower) && !nounFollows(context.text, index + match[0].length)) return null;
    let value: string;
    if (match[1]) value = 'PRESENT_REF';
    else if (/recent|past|last/.test(lower)) value = 'PAST_REF';
    else value = 'FUTURE_REF';
    const unit = (match[2] ?? '').toLowerCase();
    const granularity: DateGranularity = value === 'PRESENT_REF' ? 'day' : scale(unit);
    return newsResult(context, index + lead, text, { value, granularity, known: [], relative: true }, ref);
  }
}

// What may follow "the past" / "the future" used as a noun: punctuation, or a function word or verb.
const AFTER_NOUN =
  /^(?:\s*(?:[.,;:!?)"”'—–-]|$)|\s+(?:of|is|was|and|or|as|for|in|looks|looked|remains|holds|that|with|but|will|may|might|could|would|to|lies|belongs|when|has|had)\b)/;

function nounFollows(text: string, end: number): boolean {
  return AFTER_NOUN.test(text.slice(end, end + 16));
}

function scale(unit: string): DateGranularity {
  if (unit.startsWith('day')) return 'day';
  if (unit.startsWith('week')) return 'week';
  if (unit.startsWith('month')) return 'month';
  return 'year';
}
