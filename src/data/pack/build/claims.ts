// Claims as the curated files give them, tidied: counts written as text ("1,139") become numbers,
// empty or padded strings are trimmed, and dates must be ISO. Text values that are not one number
// ("100-300 (low end)", "dozens") stay text on purpose: the figure rules show them as given.
import { typeClaim } from '../../../core/claims';
import type { Claim } from '../../../core/types';
import { isIsoDay } from '../dates';
import type { SourceClaim } from './inputs';
import { isIsoDate, isIsoTimestamp } from '../dates';

const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export function normalizeValue(value: number | string): number | string {
  if (typeof value === 'number') return value;
  const t = value.trim();
  return PLAIN_NUMBER.test(t) ? Number(t.replace(/,/g, '')) : t;
}

/** An ISO date at the precision given, or null; anything else stops the build. */
export function isoOrNull(value: string | null | undefined, where: string): string | null {
  const t = value?.trim() ?? '';
  if (!t) return null;
  if (isIsoDate(t) || isIsoTimestamp(t)) return t;
  throw new Error(`${where}: ${JSON.stringify(value)} is not an ISO date`);
}

/** Tidied and typed (core/claims.ts): the one place a claim's words are read for what it counts. */
export function normalizeClaim(c: SourceClaim, where: string): Claim {
  const since = c.since?.trim() || null;
  if (since !== null && !isIsoDay(since)) throw new Error(`${where}.since: ${JSON.stringify(c.since)} is not an ISO day`);
  return typeClaim({
    kind: c.kind,
    value: normalizeValue(c.value),
    qualifier: c.qualifier.trim(),
    subject: c.subject.trim(),
    attributedTo: c.attributedTo.trim(),
    asOf: isoOrNull(c.asOf, `${where}.asOf`),
    ...(c.max !== undefined ? { max: c.max } : {}),
    ...(c.people !== undefined ? { people: c.people } : {}),
    ...(c.subset !== undefined ? { subset: c.subset } : {}),
    ...(c.scope !== undefined ? { scope: c.scope } : {}),
    since,
    asOfTime: c.asOfTime?.trim() || null,
  });
}
