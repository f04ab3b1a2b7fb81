// Words before a day that turn it into another period: "the week of March 6" is that ISO week (as
// TimeML has it), "the day before last Tuesday" the Monday. Runs after the resolve refiner, so the day
// they start from is already settled.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, formatDay, formatWeek } from '../calendar';
import { readValue, tagValue } from '../news-value';

const PREFIX = /\b(?:the\s+)?(?:(week)\s+of|(day)\s+(before|after))\s+$/i;

export class DatePrefixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      const s = result.start;
      const dayKnown = s.isCertain('day') || s.isCertain('weekday');
      if (readValue(s) || result.end || !dayKnown) continue;
      const m = PREFIX.exec(context.text.slice(Math.max(0, result.index - 18), result.index));
      if (!m) continue;
      const day = { year: s.get('year') ?? 0, month: s.get('month') ?? 1, day: s.get('day') ?? 1 };
      const stated = ['year', 'month', 'day'].every((c) => s.isCertain(c as 'year'));
      const known = (['year', 'month', 'day', 'weekday'] as const).filter((c) => s.isCertain(c));
      result.index -= m[0].length;
      result.text = m[0] + result.text;
      if (m[1]) {
        tagValue(s, { value: formatWeek(day), granularity: 'week', known, relative: s.isCertain('weekday') && !s.isCertain('day'), stated });
      } else {
        // The day itself is computed, so only the anchor's written parts remain known.
        const shifted = addDays(day, /before/i.test(m[3] ?? '') ? -1 : 1);
        tagValue(s, { value: formatDay(shifted), granularity: 'day', known, relative: s.isCertain('weekday') && !s.isCertain('day'), stated: false });
      }
    }
    return results;
  }
}
