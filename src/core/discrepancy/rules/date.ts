// date: the article dates the matched event differently from the records: "killed on Thursday,
// October 17" for a killing the records put on Wednesday 16 October; "the strike on Sunday,
// November 10" a week before it happened; a year slip against the event. Only the day the text
// states (a weekday or a day of the month) can raise it, and only where the sentence is about the
// event's own action; dates of announcements, funerals or reactions are other things.
import type { DateMention, Discrepancy, ReportRecord } from '../../types';
import { daysBetween, formatDay } from '../../text/dates';
import { foldWords } from '../../text/fold';
import { root } from '../../matching/terms';
import type { ScoredMatch } from '../../matching/link';
import { sentenceAround, type Rule } from '../rule';
import { claimDay, isDay, storyDates } from '../dates-shared';
import { actionRoots } from '../event-actions';

// A date dates the event when it sits right by a word of the event's action, with no clause break
// between: "killed on Thursday, October 17", "killed 72 people on Sunday", "on Saturday morning
// called on residents to evacuate" is not attached, "said on Saturday that ... had been killed" is
// the date of the statement.
const AFTER_ACTION_CHARS = 40;
const BEFORE_ACTION_CHARS = 25;
// A toll's update ("rose to 158 on Thursday") dates the count, not the event.
const BREAK = /[,;:()]|\b(?:who|which|that|when|while|after|before|as|and|but|said|says|told|announced|confirmed|reported|added|rose|risen|climbed|reached|stood|increased|jumped|passed|topped)\b/i;
const REPORTING_BEFORE = /\b(?:said|says|announced|confirmed|told|reported|stated|added|declared)\s+(?:on\s+)?$/i;
// Overnight events straddle two days; reports legitimately differ by one.
const OVERNIGHT = /\b(?:overnight|night|midnight|late|early hours|pre-dawn|dawn)\b/i;

function datesOfReports(reports: ReportRecord[]): { day: string; subject: string; outlet: string; url: string }[] {
  return reports.flatMap((r) =>
    r.claims.filter((c) => c.kind === 'date').flatMap((c) => {
      const day = claimDay(String(c.value));
      return day ? [{ day, subject: c.subject, outlet: r.outlet, url: r.url }] : [];
    }),
  );
}

const SUBJECT_STOP = new Set(['date', 'day', 'time', 'start', 'given', 'outlet', 'the', 'and', 'stated', 'local']);
function subjectWords(s: string): string[] {
  return foldWords(s).filter((w) => w.length > 3 && !SUBJECT_STOP.has(w)).map(root);
}

/** Is the date attached to one of the event's action words in its sentence? */
function attached(text: string, d: DateMention, sentence: { start: number; end: number }, roots: Set<string>): boolean {
  const isAction = (w: string) => roots.has(root(w));
  const before = text.slice(Math.max(sentence.start, d.start - AFTER_ACTION_CHARS), d.start);
  if (REPORTING_BEFORE.test(before)) return false;
  // "ACTION ... <date>": the action word in the stretch before the date, nothing breaking between.
  const words = [...before.matchAll(/[\p{L}]+/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const between = before.slice(words[i]!.index! + words[i]![0].length);
    if (BREAK.test(between)) break;
    if (isAction(words[i]![0])) return true;
  }
  // "<date> ... ACTION": "On Sunday an Israeli strike killed".
  const after = text.slice(d.end, Math.min(sentence.end, d.end + BEFORE_ACTION_CHARS));
  for (const w of after.matchAll(/[\p{L}]+/gu)) {
    if (BREAK.test(after.slice(0, w.index))) break;
    if (isAction(w[0])) return true;
  }
  return besideAside(text, d, sentence, isAction);
}

// "ACTION <object>, <aside>, <place> (early) on <date>": the verb's own date, one aside between.
const ON_DATE = /\b(?:early|late)?\s*on\s+$/i;
const ASIDE_REACH = 160;
const COMMA_FREE_BREAK = new RegExp(BREAK.source.replace('[,;:()]|', ''), 'i');

function besideAside(text: string, d: DateMention, sentence: { start: number; end: number }, isAction: (w: string) => boolean): boolean {
  const before = text.slice(Math.max(sentence.start, d.start - ASIDE_REACH), d.start);
  if (!ON_DATE.test(before)) return false;
  const words = [...before.matchAll(/[\p{L}]+/gu)];
  for (let i = words.length - 1; i >= 0; i--) {
    const between = before.slice(words[i]!.index! + words[i]![0].length);
    // One aside at most (two commas), and nothing else that ends the verb's clause.
    if ((between.match(/,/g)?.length ?? 0) > 2 || /[;:()]/.test(between) || COMMA_FREE_BREAK.test(between)) return false;
    if (isAction(words[i]![0])) return (between.match(/,/g)?.length ?? 0) === 2;
  }
  return false;
}

function check(d: DateMention, m: ScoredMatch, text: string, aboutEvent: (s: { start: number; end: number }) => boolean): Discrepancy | null {
  if (!isDay(d.value) || !(d.known.includes('day') || d.known.includes('weekday'))) return null;
  const e = m.bundle.event;
  const sentence = sentenceAround(text, d.start, d.end);
  const near = text.slice(Math.max(sentence.start, d.start - 80), Math.min(sentence.end, d.end + 80));
  if (!aboutEvent(sentence) || !attached(text, d, sentence, actionRoots(e))) return null;
  const from = e.date;
  const to = e.dateEnd ?? e.date;
  const before = daysBetween(from, d.value);
  const after = daysBetween(d.value, to);
  const off = Math.max(before, after);
  if (off <= 0) {
    // Inside the event's span: compare with the reports' own dates for the same action (the
    // evacuation call, the raid's start), when they put it elsewhere in the event's span. Dates of
    // side facts (a confirmation months later) are not about when it happened.
    const roots = actionRoots(e);
    const words = new Set(subjectWords(sentence.text).filter((w) => roots.has(w)));
    const same = datesOfReports(m.bundle.reports).filter(
      (r) => daysBetween(r.day, from) >= -1 && daysBetween(to, r.day) >= -1 && subjectWords(r.subject).some((w) => words.has(w)),
    );
    if (!same.length || same.some((r) => r.day === d.value) || OVERNIGHT.test(near)) return null;
    return {
      kind: 'date', eventId: e.id, quote: d.text, start: d.start, end: d.end, article: d.value,
      record: same.map((r) => `${formatDay(r.day)} (${r.outlet}: ${r.subject})`).join('; '),
      severity: 'info',
      message: `The article dates this to ${formatDay(d.value)}; reports date ${same[0]!.subject} to ${[...new Set(same.map((r) => formatDay(r.day)))].join(' or ')}.`,
      evidence: same.map((r) => ({ outlet: r.outlet, url: r.url, value: formatDay(r.day), attributedTo: '', asOf: null })),
    };
  }
  if (off === 1 && OVERNIGHT.test(near)) return null;
  const agreeing = datesOfReports(m.bundle.reports).filter((r) => r.day === d.value);
  const span = to === from ? formatDay(from) : `${formatDay(from)}–${formatDay(to)}`;
  return {
    kind: 'date', eventId: e.id, quote: d.text, start: d.start, end: d.end, article: d.value, record: to === from ? from : `${from}/${to}`,
    severity: 'warning',
    message: `The article dates it to ${formatDay(d.value)}; the records date ${e.title} to ${span}${agreeing.length ? ` (${agreeing.map((a) => a.outlet).join(', ')} also gave ${formatDay(d.value)}, for: ${agreeing[0]!.subject})` : ''}.`,
    evidence: m.bundle.reports.filter((r) => r.published).slice(0, 5).map((r) => ({ outlet: r.outlet, url: r.url, value: `reported ${formatDay(r.published!)}`, attributedTo: '', asOf: r.published })),
  };
}

export const dateRule: Rule = {
  kind: 'date',
  run({ snapshot, mentions, matches }) {
    const out: Discrepancy[] = [];
    const main = matches[0];
    if (!main) return out;
    // A sentence is about the matched event when it names one of its places or actors, or when it
    // is in the lead, where a story says what happened and when.
    const ids = new Set([...main.bundle.event.places.map((p) => p.id), ...main.bundle.event.actors]);
    const named = [...mentions.places.filter((p) => ids.has(p.placeId)), ...mentions.actors.filter((a) => ids.has(a.actorId))];
    const lead = snapshot.blocks.filter((b) => b.tag !== 'title').slice(0, 2);
    const leadEnd = lead.length ? lead[lead.length - 1]!.start + lead[lead.length - 1]!.text.length : 0;
    const aboutEvent = (s: { start: number; end: number }) => s.end <= leadEnd || named.some((n) => n.start >= s.start && n.end <= s.end);
    for (const d of storyDates(snapshot, mentions)) {
      const found = check(d, main, snapshot.text, aboutEvent);
      if (found) out.push(found);
    }
    return out;
  },
};
