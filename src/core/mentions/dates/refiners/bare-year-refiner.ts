// Years written alone: "in 2019", "since 1967", "the 2020 election", "1998-99". chrono-node has no
// parser for them and its unlikely-format filter drops any all-digit result, so this stage adds them
// after chrono's refiners, wherever no other date already covers the number. A four-digit number is a
// year unless its neighbours make it a count, an amount, a clock time or part of a longer number.
// "The 1967 borders" is kept as the year 1967 and marked attributive: it names a thing, not when the
// reported event happened, and a rule comparing the article's dates with its event must skip it.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { formatYear } from '../calendar';
import { ATTRIBUTIVE_TAG, tagValue } from '../news-value';
import { extendWithModifier } from './period-modifier-refiner';

const YEAR = /(?<![\w$£€¥#@.,:/'’])((?:1[0-9]|20)\d\d)(?:\s?[-–/]\s?((?:1[0-9]|20)?\d\d))?(?![\w%])/g;

const words = (list: string) => list.trim().split(/\s+/).join('|');

// A number these words precede is a count or a label, not a year.
const LABELS = words(`
  no nos number page pages p pp flight route room model version v article articles resolution chapter
  section code bus highway interstate channel suite unit row seat gate platform level grade`);
const QUALIFIERS = words('about nearly almost some approximately roughly estimated than least most over under only just exactly total totalling at');
const COUNT_BEFORE = new RegExp(String.raw`(?:\b(?:${LABELS}|${QUALIFIERS})|[#№]|\d)\s*\.?\s*$`, 'i');

// …and a number these words follow is a quantity or a clock time.
const UNITS = words(`
  percent million billion thousand trillion bn m k gmt utc est edt bst cet local hours hrs h zulu
  miles kilometres kilometers km metres meters feet ft yards acres hectares tonnes tons pounds lbs kg
  kilograms grams litres liters gallons barrels dollars euros shekels yuan rupees yen cents points`);
const COUNTED = words(`
  people persons men women children kids babies troops soldiers police officers residents civilians
  workers employees staff students refugees migrants families households homes houses buildings
  apartments jobs deaths dead cases patients victims casualties protesters demonstrators fighters
  militants members voters votes signatures prisoners detainees inmates hostages arrests pilgrims
  passengers tourists visitors words pages rounds shells rockets missiles bombs drones aircraft planes
  vehicles cars trucks tanks ships boats sheep cattle animals trees times copies units calories rooms
  beds seats schools hospitals villages sites targets strikes attacks`);
const COUNT_AFTER = new RegExp(String.raw`^\s*(?:%|\d|per\s+cent\b|(?:${UNITS}|${COUNTED})\b)`, 'i');
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|its|his|her|their|our|this|that|whose)\s+|\w['’]s\s+|\b(?:pre|post)-)$/i;
const NOT_A_NOUN =
  /^\s+(?:and|or|to|of|in|on|at|by|for|with|when|as|after|before|until|since|was|is|were|are|had|has|have|will|would|the|a|an|that|which|who|through|from|onwards|onward|levels?)\b/i;

export class BareYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const text = context.text;
    const added: ParsingResult[] = [];
    for (const m of text.matchAll(YEAR)) {
      const index = m.index ?? 0;
      const end = index + m[0].length;
      if (results.some((r) => r.index < end && index < r.index + r.text.length)) continue;
      const before = text.slice(Math.max(0, index - 24), index);
      const after = text.slice(end, end + 24);
      if (/-$/.test(before) && !/\b(?:pre|post|mid|early|late)-$/i.test(before)) continue; // "555-1998"
      if (COUNT_BEFORE.test(before) || COUNT_AFTER.test(after) || /^[.,:]\d/.test(after)) continue;
      const year = Number(m[1]);
      const endYear = rangeEnd(year, m[2]);
      if (m[2] && endYear === null) continue; // "1998-12" is a month or a code, not a range of years
      const result = context.createParsingResult(index, m[0]);
      result.start.assign('year', year);
      result.start.imply('month', 1);
      result.start.imply('day', 1);
      result.start.addTag('parser/news');
      tagValue(result.start, {
        value: formatYear(year), granularity: 'year', known: ['year'], relative: false, stated: true,
        ...(endYear !== null ? { endValue: formatYear(endYear) } : {}),
      });
      if (ATTRIBUTIVE_BEFORE.test(before) && /^\s+[a-z]/.test(after) && !NOT_A_NOUN.test(after)) {
        result.start.addTag(ATTRIBUTIVE_TAG);
      }
      extendWithModifier(context, result);
      added.push(result);
    }
    if (!added.length) return results;
    return [...results, ...added].sort((a, b) => a.index - b.index);
  }
}

/** "1998-99" and "1998-2001" are ranges of years; the end must come after the start. */
function rangeEnd(start: number, endText: string | undefined): number | null {
  if (!endText) return null;
  const end = endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) : Number(endText);
  return end > start && end - start <= 50 ? end : null;
}
