// Which way a bare "Friday", "March" or "the summer" points. News reports the past, so past is the
// default; a future cue ("will", "is due", "scheduled") wins only when it is the cue nearest to the date
// in the same sentence, so "officials said Friday that talks will resume" keeps Friday in the past.

export type Tense = 'past' | 'future';

// Deadlines and schedules count as forward: "until Tuesday", "as early as Friday", "planned for May".
const FUTURE_CUES = new RegExp(
  String.raw`\b(?:${[
    "will|won't|shall|would|wouldn't|should|must|going to|'ll",
    '(?:is|are|was|were) (?:due|to)|due to|scheduled|expected|set (?:to|for)|upcoming|to be held|to take place',
    'plans? to|planning|planned for|(?:is|are|was|were) planned|intends? to|hopes? to',
    'as (?:early|soon) as|until|till|postponed|delayed|deadline|pending|between now and|from now',
  ].join('|')})\b`,
  'gi',
);

// Irregular past forms common in news copy; regular ones are caught by the "-ed" rule below.
const PAST_WORDS = new Set(
  (
    'was were had did said told ago since went came took made gave got met began left fell held led won lost saw ' +
    'found shot hit struck fled sent spent thought brought bought caught fought sought knew grew threw flew ' +
    'drew wrote rode rose spoke broke chose stole froze woke wore tore swore ran sat stood understood heard ' +
    'paid laid kept slept felt dealt meant built became arose blew drove ate forgot hid sang sank shook ' +
    'withdrew upheld oversaw overran overthrew undertook struck sought swept wept'
  ).split(' '),
);

// "-ed" words that are not past verbs, or that point forward ("scheduled", "expected").
const NOT_PAST = new Set(
  'need indeed proceed exceed succeed speed bed red hundred seed feed weed shed united scheduled expected planned supposed intended slated'.split(' '),
);

const PASSIVE_BEFORE = /\b(?:is|are|be|being|been|will be|to be)\s+$/i;

const SENTENCE_END = /[.!?;]\s+(?=["“'‘(]?[A-Z])|\n/g;
const WINDOW = 90;

/** The tense of the clause around [start, end), judged by the nearest cue; null when there is none. */
export function tenseAround(text: string, start: number, end: number): Tense | null {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  let best: { tense: Tense; distance: number } | null = null;
  const consider = (tense: Tense, at: number, length: number): void => {
    if (at + length > start && at < end) return; // the cue is part of the date itself ("last Friday")
    const distance = at >= end ? at - end : start - (at + length);
    if (!best || distance < best.distance || (distance === best.distance && tense === 'past')) {
      best = { tense, distance };
    }
  };
  const window = text.slice(from, to);
  for (const m of window.matchAll(FUTURE_CUES)) consider('future', from + (m.index ?? 0), m[0].length);
  for (const m of window.matchAll(/[A-Za-z']+/g)) {
    const at = from + (m.index ?? 0);
    // "is heard", "will be held": a passive participle, not a past tense.
    if (isPastWord(m[0]) && !PASSIVE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) consider('past', at, m[0].length);
  }
  return (best as { tense: Tense } | null)?.tense ?? null;
}

function isPastWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (PAST_WORDS.has(lower)) return true;
  if (word !== lower || lower.length < 4 || !lower.endsWith('ed')) return false; // "Ahmed", "United"
  if (NOT_PAST.has(lower)) return false;
  return !lower.endsWith('eed') || lower === 'freed' || lower === 'agreed';
}

// Both scans stay within WINDOW characters of the date, so the cost per mention does not grow with the
// article.
function sentenceStart(text: string, start: number): number {
  const floor = Math.max(0, start - WINDOW);
  let at = floor;
  // Two characters past the date let the capital-letter lookahead see the date's own first letter.
  for (const m of text.slice(floor, start + 2).matchAll(SENTENCE_END)) {
    const next = floor + (m.index ?? 0) + m[0].length;
    if (next <= start) at = next;
  }
  return at;
}

function sentenceEnd(text: string, end: number): number {
  const m = /[.!?;]\s+(?=["“'‘(]?[A-Z])|\n/.exec(text.slice(end, end + WINDOW + 2));
  return m ? end + m.index + 1 : Math.min(text.length, end + WINDOW);
}
