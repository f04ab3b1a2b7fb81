// One claim of a report as a reader sees it in the sources table. Counts lead with the figure
// ("at least 40 · people killed in the strike"), other facts lead with what they are about
// ("Date of the strike: 13 Jul 2024"), so the value and the curator's subject never run into each
// other as one ungrammatical phrase.
import type { Claim } from '../core/types';
import { formatDate, formatNumber, type T } from './i18n';

export interface ClaimText {
  /** The figure or fact, qualifier included: "at least 40", "35–45", "13 Jul 2024". */
  value: string;
  /** What it is: the counted thing for counts, the fact's topic (capitalised) otherwise. */
  subject: string;
  /** Counts read value-then-subject; facts read subject-then-value. */
  order: 'value-first' | 'subject-first';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "at least 40"; a range's qualifier is said by the span itself, so it is never printed. */
function qualified(qualifier: string, value: string): string {
  return qualifier && qualifier !== 'range' ? `${qualifier} ${value}` : value;
}

function countValue(c: Claim, locale: string): string {
  const n = formatNumber(c.value as number, locale);
  return qualified(c.qualifier, c.max !== null && c.max !== c.value ? `${n}–${formatNumber(c.max, locale)}` : n);
}

function capitalise(s: string): string {
  return s ? s[0]!.toLocaleUpperCase() + s.slice(1) : s;
}

export function claimText(c: Claim, t: T): ClaimText {
  const subject = c.subject.trim();
  if (typeof c.value === 'number') return { value: countValue(c, t.locale), subject, order: 'value-first' };
  const text = String(c.value).trim();
  const value = c.kind === 'date' && ISO_DAY.test(text) ? formatDate(text, t.locale) : text;
  return { value: qualified(c.qualifier, value), subject: capitalise(subject), order: 'subject-first' };
}
