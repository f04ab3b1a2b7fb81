// "The night of Friday, Oct. 23", "the morning of the attack": a time of day tied to a date by "of".
// chrono-node merges the two and, for "night of" + date, loses the date's components on the way, so
// the time is dropped first and the date stands alone (TimeML's span for it, too).
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { readValue } from '../news-value';
import { Filter } from './filter';

export class TimeOfFilter extends Filter {
  isValid(context: ParsingContext, result: ParsingResult): boolean {
    if (readValue(result.start)) return true;
    const s = result.start;
    const timeOnly = !['year', 'month', 'day', 'weekday'].some((c) => s.isCertain(c as 'year'));
    return !timeOnly || !/^\s+of\s/i.test(context.text.slice(result.index + result.text.length, result.index + result.text.length + 5));
  }
}
