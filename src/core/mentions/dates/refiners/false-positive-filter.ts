// Words chrono-node reads as dates that, in news copy, are not: a time of day alone ("at 3 p.m."), "the
// Sunday Times", "Good Friday", "he sat", "a march", "may" the verb, "May said" the person, "April Ryan".
// Runs after chrono's merging refiners, so "9 a.m. Tuesday" has already become a date by then.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { readValue } from '../news-value';
import { Filter } from './filter';

// Titles a weekday begins ("Sunday Times", "Saturday Night Live") and days named for something else.
const TITLE_AFTER = new RegExp(
  String.raw`^\s+(?:${[
    'Times|Telegraph|Express|Mirror|Herald|Post|Tribune|Independent|Star|Mail|World|Observer|Sport',
    'People|Record|Age|Nation|Standard|Magazine|Edition|Review|Business|Live|Night Live|Service|School',
  ].join('|')})\b`,
);
const NAMED_DAY_BEFORE = /\b(?:Good|Black|Bloody|Holy|Maundy|Palm|Ash|Easter|Super|Cyber|Shrove|Giving|Business|Mad|Blue|Green)\s+$/;
// Words after which a lone month name is a month: "in May", "last March", "by June", "early April".
const MONTH_CUE_BEFORE =
  /\b(?:in|since|until|till|by|from|through|throughout|during|of|last|next|this|early|mid|late|end|beginning|start|middle|before|after|between|and|or|to|each|every|for|on)[\s-]+$/i;
const PERSON_VERB_AFTER = /^\s+(?:said|says|told|tells|has|had|was|is|will|would|added|wrote|insisted|announced|argued)\b/;

export class FalsePositiveFilter extends Filter {
  isValid(context: ParsingContext, result: ParsingResult): boolean {
    if (readValue(result.start)) return true;
    const s = result.start;
    const hasDate = ['year', 'month', 'day', 'weekday'].some((c) => s.isCertain(c as 'year'));
    if (!hasDate) return false; // a time of day, or a duration chrono resolved to "now"
    // Numeric dates are ../parsers/slash-date-parser's: it knows "1/5" is a slide counter.
    if (/^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/.test(result.text)) return false;
    const text = context.text;
    const before = text.slice(Math.max(0, result.index - 24), result.index);
    const after = text.slice(result.index + result.text.length, result.index + result.text.length + 24);
    if (isOutletName(result.text, before)) return false;
    if (s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month')) {
      const word = /(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?/i.exec(result.text)?.[0] ?? '';
      // Prose spells weekdays out with a capital; "sat", "Wed", "Sun" are a verb, a verb and a paper.
      if (!/^[A-Z][a-z]+day$/.test(word)) return false;
      return !TITLE_AFTER.test(after) && !NAMED_DAY_BEFORE.test(before);
    }
    if (s.isCertain('month') && !s.isCertain('day') && !s.isCertain('year')) return isMonthName(result.text, before, after);
    return true;
  }
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i;

/** "USA Today", "News Today": a capitalised "Today" after a capitalised word names an outlet. */
export function isOutletName(text: string, before: string): boolean {
  return text === 'Today' && /[A-Z][\w.]*\s+$/.test(before);
}

function isMonthName(text: string, before: string, after: string): boolean {
  const found = MONTH_WORD.exec(text);
  const word = found?.[0] ?? '';
  // "late November": the modifier the period refiner took into the span is a cue like "in".
  if (found && found.index > 0) before = before + text.slice(0, found.index);
  if (!/^[A-Z]/.test(word)) return false; // "a march", "it may rain", "an august body"
  if (/\b(?:a|an)\s+$/i.test(before)) return false;
  const cued = MONTH_CUE_BEFORE.test(before) || /^['’]s\b/.test(after);
  if (/^may$/i.test(word) && !cued) return false; // "May said", sentence-initial "May"
  // "the March on Washington", "the March for Life", "a March of the Mothers": a protest, by name.
  const tail = text.slice(found?.index ?? 0) + after;
  if (/^March\s+(?:on|for|against|through|of)\s+(?:the\s+)?[A-Z]/.test(tail)) return false;
  if (/^march$/i.test(word) && /^\s+(?:on|for|against|through|to|from)\b/.test(after) && /\bthe\s+$/i.test(before)) return false;
  if (!cued && /^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:of|in)\b/.test(after)) return false; // "April Ryan"
  return !PERSON_VERB_AFTER.test(after) || cued;
}
