// dateline: a date the text states contradicts the article's own publication date. The typical
// case is rewritten copy carrying last year's date: "As of November 1, 2023" under a dateline of
// 2 November 2024 — same day and month, wrong year. A year the parser filled in is never evidence:
// only a year the text writes counts. Looking back on purpose ("a year ago", "last year") is not
// a slip.
import type { Discrepancy } from '../../types';
import { formatDay } from '../../text/dates';
import { sentenceAround, type Rule } from '../rule';
import { isDay, monthDayDistance, storyDates } from '../dates-shared';

const SLIP_DAYS = 10;
// "since" is not here: "since the start of the war" is a scope, and says nothing about the date.
const LOOKING_BACK = /\b(?:ago|last year|previous year|a year earlier|anniversary|in \d{4}|back in|years? (?:before|earlier))\b/i;

export const datelineRule: Rule = {
  kind: 'dateline',
  run({ snapshot, mentions, matches }) {
    const pub = snapshot.published;
    if (!pub) return [];
    const eventDays = new Set(matches.map((m) => m.bundle.event.date));
    const out: Discrepancy[] = [];
    for (const d of storyDates(snapshot, mentions)) {
      if (!d.known.includes('year') || !isDay(d.value)) continue;
      const yearGap = Number(pub.slice(0, 4)) - Number(d.value.slice(0, 4));
      if (yearGap < 1 || yearGap > 2) continue;
      if (monthDayDistance(d.value, pub) > SLIP_DAYS) continue;
      // A real event on that day (in the records the story was matched to) is not a slip.
      if (eventDays.has(d.value)) continue;
      const sentence = sentenceAround(snapshot.text, d.start, d.end);
      if (LOOKING_BACK.test(sentence.text.replace(d.text, ''))) continue;
      out.push({
        kind: 'dateline',
        eventId: matches[0]?.bundle.event.id ?? null,
        quote: d.text,
        start: d.start,
        end: d.end,
        article: d.value,
        record: pub,
        severity: 'warning',
        message: `The text says ${formatDay(d.value)}, but the article is dated ${formatDay(pub)}: the same day ${yearGap === 1 ? 'a year' : `${yearGap} years`} earlier, likely a wrong year.`,
        evidence: [{ outlet: 'this page', url: snapshot.url, value: `published ${formatDay(pub)} (${snapshot.publishedFrom})`, attributedTo: '', asOf: pub }],
      });
    }
    return out;
  },
};
