// The news configuration of chrono-node, built once per process: chrono's casual English parsers and
// refiners with this stage's own around them, in the order they run. Our parsers come first so that,
// when one of them and one of chrono's read the same words, chrono's overlap refiner keeps ours (it
// keeps the longer result, and on a tie the one listed first).
import * as chrono from 'chrono-node';
import { AgoParser } from './parsers/ago-parser';
import { DecadeParser } from './parsers/decade-parser';
import { GluedDatelineParser } from './parsers/glued-dateline-parser';
import { HolidayParser } from './parsers/holiday-parser';
import { QuarterParser } from './parsers/quarter-parser';
import { ReferenceWordParser } from './parsers/reference-word-parser';
import { RelativeDayParser } from './parsers/relative-day-parser';
import { RelativeMonthParser } from './parsers/relative-month-parser';
import { RelativePeriodParser } from './parsers/relative-period-parser';
import { SeasonParser } from './parsers/season-parser';
import { SlashDateParser } from './parsers/slash-date-parser';
import { BareYearRefiner } from './refiners/bare-year-refiner';
import { BetweenRangeRefiner } from './refiners/between-range-refiner';
import { DatePrefixRefiner } from './refiners/date-prefix-refiner';
import { DurationFilter } from './refiners/duration-filter';
import { FalsePositiveFilter } from './refiners/false-positive-filter';
import { PeriodModifierRefiner } from './refiners/period-modifier-refiner';
import { RelativeYearSuffixRefiner } from './refiners/relative-year-suffix-refiner';
import { ResolveRefiner } from './refiners/resolve-refiner';
import { SpanTrimRefiner } from './refiners/span-trim-refiner';
import { TimeOfFilter } from './refiners/time-of-filter';

export function createNewsChrono(): chrono.Chrono {
  const casual = chrono.casual.clone();
  return new chrono.Chrono({
    parsers: [
      new GluedDatelineParser(),
      new SlashDateParser(),
      new RelativeDayParser(),
      new RelativePeriodParser(),
      new RelativeMonthParser(),
      new AgoParser(),
      new ReferenceWordParser(),
      new SeasonParser(),
      new QuarterParser(),
      new DecadeParser(),
      new HolidayParser(),
      ...casual.parsers,
    ],
    refiners: [
      // Before chrono's own: drop durations before they merge, and keep "late November" a month.
      new DurationFilter(),
      new TimeOfFilter(),
      new PeriodModifierRefiner(),
      ...casual.refiners,
      new BareYearRefiner(),
      new RelativeYearSuffixRefiner(),
      new BetweenRangeRefiner(),
      new ResolveRefiner(),
      new DatePrefixRefiner(),
      new FalsePositiveFilter(),
      new SpanTrimRefiner(),
    ],
  });
}
