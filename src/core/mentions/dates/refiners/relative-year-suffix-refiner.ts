// "In March last year", "on Oct. 5 this year": a month or a day followed by a year named relative to
// the paper. chrono-node reads them as two results and would give "March" the nearest year; the suffix
// says which one. The two become one mention whose year is resolved (relative, so not stated).
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { formatDay, formatMonth } from '../calendar';
import { readValue, tagValue, type Known } from '../news-value';

const SUFFIX = /^(?:this|last|next)\s+year$/i;

export class RelativeYearSuffixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const date = results[i]!;
      const suffix = results[i + 1];
      const s = date.start;
      const yearValue = suffix ? readValue(suffix.start) : null;
      const between = suffix ? context.text.slice(date.index + date.text.length, suffix.index) : '';
      if (
        !suffix || !yearValue || readValue(s) || date.end || !SUFFIX.test(suffix.text) ||
        !/^\s*,?\s*$/.test(between) || !s.isCertain('month') || s.isCertain('year')
      ) {
        out.push(date);
        continue;
      }
      const year = Number(yearValue.value);
      const month = s.get('month') ?? 1;
      const known = (['month', 'day', 'weekday'] as const).filter((c) => s.isCertain(c)) as Known[];
      const value = s.isCertain('day') ? formatDay({ year, month, day: s.get('day') ?? 1 }) : formatMonth(year, month);
      tagValue(s, { value, granularity: s.isCertain('day') ? 'day' : 'month', known, relative: true, stated: false });
      date.text = context.text.slice(date.index, suffix.index + suffix.text.length);
      out.push(date);
      i++;
    }
    return out;
  }
}
