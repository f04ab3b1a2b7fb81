// Context clauses: "days after ...", "weeks after ...", "a year after ...", "in the wake of ...".
// The words say how far apart the two events are; the clause names the earlier one. The context
// discrepancy rule compares that implied gap with the records.
import type { ContextMention } from '../types';

const DAY = 1;
// Generous bounds: "days after" in news copy stretches to a couple of weeks, "weeks" to a few months.
const GAPS: [RegExp, { min: number; max: number }][] = [
  [/^(?:just\s+|only\s+|barely\s+|mere\s+)?hours\s+(?:after|since)$/i, { min: 0, max: 2 * DAY }],
  [/^(?:just\s+|only\s+)?(?:a|one)\s+day\s+(?:after|since)$/i, { min: 0, max: 3 * DAY }],
  [/^(?:just\s+|only\s+|barely\s+|mere\s+|two\s+|three\s+|a\s+few\s+|several\s+)?days\s+(?:after|since)$/i, { min: 0, max: 21 * DAY }],
  [/^(?:just\s+|only\s+)?(?:a|one)\s+week\s+(?:after|since)$/i, { min: 4, max: 14 }],
  [/^(?:just\s+|only\s+|two\s+|three\s+|a\s+few\s+|several\s+)?weeks\s+(?:after|since)$/i, { min: 7, max: 90 }],
  [/^(?:just\s+|only\s+)?(?:a|one)\s+month\s+(?:after|since)$/i, { min: 20, max: 45 }],
  [/^(?:just\s+|only\s+|two\s+|three\s+|a\s+few\s+|several\s+)?months\s+(?:after|since)$/i, { min: 28, max: 730 }],
  [/^(?:a|one)\s+year\s+(?:after|since)$/i, { min: 300, max: 450 }],
  [/^(?:two|three|several|a\s+few)?\s*years\s+(?:after|since)$/i, { min: 365, max: 36_500 }],
  [/^in\s+the\s+(?:wake|aftermath)\s+of$/i, { min: 0, max: 60 }],
  [/^(?:shortly|soon|immediately)\s+after$/i, { min: 0, max: 7 }],
];

const TRIGGER =
  /\b((?:(?:just|only|barely|mere|two|three|a\s+few|several)\s+)?(?:hours|days|weeks|months|years)\s+(?:after|since)|(?:just\s+|only\s+)?(?:a|one)\s+(?:day|week|month|year)\s+(?:after|since)|in\s+the\s+(?:wake|aftermath)\s+of|(?:shortly|soon|immediately)\s+after)\s+/gi;

function clauseEnd(text: string, from: number): number {
  const stop = /[.;!?\n]|,\s+(?:and|but|while|which|as|when)\s|\s[-–—]\s/g;
  stop.lastIndex = from;
  const m = stop.exec(text);
  return m ? m.index : text.length;
}

export function extractContexts(text: string): ContextMention[] {
  const out: ContextMention[] = [];
  for (const m of text.matchAll(TRIGGER)) {
    const trigger = m[1]!.replace(/\s+/g, ' ');
    const gap = GAPS.find(([re]) => re.test(trigger))?.[1];
    if (!gap) continue;
    const clauseStart = m.index + m[0].length;
    const end = clauseEnd(text, clauseStart);
    // "days after" followed by a bare date or nothing is not a reference to an event.
    const clauseText = text.slice(clauseStart, end);
    if (clauseText.trim().split(/\s+/).length < 2) continue;
    // "since" with a date or a time span is a scope ("since October 7"), not an event reference.
    if (/since$/i.test(trigger) && /^\s*(?:the\s+)?(?:\d|january|february|march|april|may|june|july|august|september|october|november|december)/i.test(clauseText)) continue;
    out.push({
      text: text.slice(m.index, end),
      start: m.index,
      end,
      trigger,
      gap,
      clause: { text: clauseText, start: clauseStart, end },
    });
  }
  return out;
}
