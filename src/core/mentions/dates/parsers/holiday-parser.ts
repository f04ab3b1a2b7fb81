// Holidays that fix a day: "Christmas Eve", "New Year's Day", "Thanksgiving", "Easter Sunday", "Good
// Friday", "Easter week". The year is resolved like a day without one ("last Christmas" is the one
// before). Holidays whose day depends on the country (Independence Day, Election Day) or on a lunar
// calendar (Eid, Passover) are left out rather than guessed.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, dayNumber, formatDay, formatWeek, weekdayOf, type Ymd } from '../calendar';
import { directionFromText, pickYear } from '../resolve';
import { tenseAround } from '../tense';
import { NewsParser, newsResult } from './news-parser';

/** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

function thanksgiving(year: number): Ymd {
  const firstWeekday = weekdayOf({ year, month: 11, day: 1 });
  return { year, month: 11, day: 1 + ((4 - firstWeekday + 7) % 7) + 21 }; // fourth Thursday
}

const HOLIDAYS: [RegExp, (year: number) => Ymd, 'day' | 'week'][] = [
  [/^christmas eve$/i, (y) => ({ year: y, month: 12, day: 24 }), 'day'],
  [/^christmas(?: day)?$/i, (y) => ({ year: y, month: 12, day: 25 }), 'day'],
  [/^boxing day$/i, (y) => ({ year: y, month: 12, day: 26 }), 'day'],
  [/^new year['’]s eve$/i, (y) => ({ year: y, month: 12, day: 31 }), 'day'],
  [/^new year['’]s(?: day)?$/i, (y) => ({ year: y, month: 1, day: 1 }), 'day'],
  [/^valentine['’]s day$/i, (y) => ({ year: y, month: 2, day: 14 }), 'day'],
  [/^halloween$/i, (y) => ({ year: y, month: 10, day: 31 }), 'day'],
  [/^thanksgiving(?: day)?$/i, thanksgiving, 'day'],
  [/^easter week$/i, easterSunday, 'week'],
  [/^easter(?: sunday| day)?$/i, easterSunday, 'day'],
  [/^easter monday$/i, (y) => addDays(easterSunday(y), 1), 'day'],
  [/^good friday$/i, (y) => addDays(easterSunday(y), -2), 'day'],
  [/^palm sunday$/i, (y) => addDays(easterSunday(y), -7), 'day'],
  [/^ash wednesday$/i, (y) => addDays(easterSunday(y), -46), 'day'],
];

const NAMES = [
  "Christmas(?: Eve| Day)?|Boxing Day|New Year['’]s(?: Eve| Day)?|Valentine['’]s Day|Halloween",
  'Thanksgiving(?: Day)?|Easter(?: Sunday| Monday| Day| week)?|Good Friday|Palm Sunday|Ash Wednesday',
].join('|');
const PATTERN = new RegExp(String.raw`(?:(last|next|this)\s+)?(${NAMES})(?:,?\s+((?:19|20)\d\d)(?!\d))?`);

// "New Year's resolutions", "Christmas trees": the name used as an adjective, no date meant.
const ADJECTIVE_USE =
  /^['’]?\s+(?:tree|trees|card|cards|gift|gifts|shopping|market|markets|lights|message|speech|resolutions?|party|parties|dinner|eggs?|bunny|holidays?|season|sales?|truce)\b/i;

export class HolidayParser extends NewsParser {
  protected readonly regex = PATTERN;

  protected build(context: ParsingContext, match: RegExpMatchArray, index: number, ref: Ymd): ParsingResult | null {
    const [text, which, name = '', yearText] = match;
    const entry = HOLIDAYS.find(([re]) => re.test(name));
    if (!entry) return null;
    const after = context.text.slice(index + text.length, index + text.length + 16);
    if (!which && !yearText && ADJECTIVE_USE.test(after)) return null;
    const [, dayOf, granularity] = entry;
    let year: number;
    if (yearText) year = Number(yearText);
    else {
      const tense = tenseAround(context.text, index, index + text.length);
      const direction = which ? directionFromText(which, tense) : 'nearest';
      year = /^this$/i.test(which ?? '')
        ? ref.year
        : pickYear(ref.year, (y) => dayNumber(dayOf(y)), dayNumber(ref), direction, tense, 31);
    }
    const day = dayOf(year);
    const value = granularity === 'week' ? formatWeek(day) : formatDay(day);
    return newsResult(
      context, index, text,
      { value, granularity, known: yearText ? ['year'] : [], relative: !yearText, stated: !!yearText },
      day,
    );
  }
}
