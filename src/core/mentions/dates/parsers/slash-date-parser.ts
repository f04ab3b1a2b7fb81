// Numeric dates: "02/11/2024", "2.11.2024", "11/2/24", "on 11/2". When both numbers could be the month
// (02/11 is 2 November in London and February 11 in New York) the reading nearest the paper's date is
// taken, but only the year counts as written: the day and month are our guess, and a guess must not
// raise a discrepancy. Without a year the form needs a cue ("on 11/2"): bare "1/5" is a slide counter,
// "24/7" a slogan, "3/4" a fraction.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { dayNumber, formatDay, isValidDay, type Ymd } from '../calendar';
import type { Known } from '../news-value';
import { pickYear } from '../resolve';
import { NewsParser, newsResult } from './news-parser';

const PATTERN = /(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?/;
const CUE_BEFORE = /\b(?:on|since|until|till|by|from|dated|before|after|of)\s+$/i;

export class SlashDateParser extends NewsParser {
  protected readonly regex = PATTERN;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const [text, first = '', separator, second = '', yearText] = match;
    const next = context.text.slice(index + text.length, index + text.length + 2);
    if (/^(?:[/.-]?\d|[%/])/.test(next)) return null; // part of a longer number, a version or a ratio
    if (!yearText && (separator !== '/' || !CUE_BEFORE.test(context.text.slice(Math.max(0, index - 12), index)))) return null;
    if (separator === '.' && yearText?.length !== 4) return null; // "2.11.20" is more likely a version
    if (separator === '-' && !yearText) return null; // "3-1" is a score
    const a = Number(first);
    const b = Number(second);
    const readings: { month: number; day: number }[] = [];
    if (a >= 1 && a <= 12 && b >= 1) readings.push({ month: a, day: b }); // US order
    if (b >= 1 && b <= 12 && a >= 1 && a !== b) readings.push({ month: b, day: a });
    const dayFirst = separator === '.'; // dotted dates are day-first wherever they are written
    const candidates = readings
      .map((r) => ({ ...r, year: yearOf(yearText, r, ref) }))
      .filter((r) => isValidDay(r));
    if (!candidates.length) return null;
    const ambiguous = candidates.length > 1 && !dayFirst;
    const chosen = dayFirst
      ? (candidates.find((c) => c.day === a) ?? candidates[0]!)
      : nearestTo(candidates, ref);
    const known: Known[] = [];
    if (yearText) known.push('year');
    if (!ambiguous) known.push('month', 'day');
    return newsResult(
      context, index, text,
      { value: formatDay(chosen), granularity: 'day', known, relative: false, stated: known.length === 3, ambiguousDayMonth: ambiguous },
      chosen,
    );
  }
}

function yearOf(yearText: string | undefined, r: { month: number; day: number }, ref: Ymd): number {
  if (!yearText) return pickYear(ref.year, (y) => dayNumber({ year: y, ...r }), dayNumber(ref), 'nearest');
  if (yearText.length === 4) return Number(yearText);
  const yy = Number(yearText);
  const century = Math.floor(ref.year / 100) * 100;
  // Two-digit years: the century that puts the date nearest the paper's.
  return [century - 100, century, century + 100].map((c) => c + yy).sort((x, y) => Math.abs(x - ref.year) - Math.abs(y - ref.year))[0]!;
}

function nearestTo<T extends Ymd>(candidates: T[], ref: Ymd): T {
  const n = dayNumber(ref);
  return candidates.reduce((best, c) => (Math.abs(dayNumber(c) - n) < Math.abs(dayNumber(best) - n) ? c : best));
}
