import { expect } from 'vitest';
import { extractDates } from '../../../../../src/core/mentions/dates';
import type { DateMention } from '../../../../../src/core/types';

/** All mentions, after checking that each one's offsets point at its own words. */
export function dates(text: string, reference: string | null): DateMention[] {
  const mentions = extractDates(text, reference);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return mentions;
}

/** The one mention the text holds. */
export function one(text: string, reference: string | null): DateMention {
  const mentions = dates(text, reference);
  expect(mentions.map((m) => m.text)).toHaveLength(1);
  return mentions[0]!;
}

/** "words=value" pairs, for compact expectations. */
export function pairs(text: string, reference: string | null): string[] {
  return dates(text, reference).map((m) => `${m.text}=${m.value}${m.endValue ? `..${m.endValue}` : ''}`);
}
