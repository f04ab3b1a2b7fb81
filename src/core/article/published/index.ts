// Publication date from the best evidence available, in order of how much pages can be trusted
// to get it right: JSON-LD, meta tags, <time>, the URL, then a visible dateline.
import type { PublishedEvidence, PublishedFrom } from '../../types';
import { fromDateline } from './dateline';
import { fromJsonLd, fromMeta, fromTime } from './structured';
import { fromUrl } from './url';

export interface PublishedDate {
  published: string | null;
  publishedFrom: PublishedFrom;
  evidence: PublishedEvidence[];
  /** Set when sources disagree by more than a day (e.g. a stale meta tag on a rewritten story). */
  conflict: string | null;
}

const RANK: Exclude<PublishedFrom, null>[] = ['given', 'json-ld', 'meta', 'time', 'url', 'dateline'];

function dayDiff(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export function decidePublished(evidence: PublishedEvidence[]): PublishedDate {
  const sorted = [...evidence].sort((a, b) => RANK.indexOf(a.from) - RANK.indexOf(b.from));
  const best = sorted[0];
  if (!best) return { published: null, publishedFrom: null, evidence: [], conflict: null };
  const disagreeing = sorted.filter((e) => dayDiff(e.value, best.value) > 1);
  const conflict = disagreeing.length
    ? `${best.from} says ${best.value}; ${disagreeing.map((e) => `${e.from} says ${e.value}`).join('; ')}`
    : null;
  return { published: best.value, publishedFrom: best.from, evidence: sorted, conflict };
}

/** All publication-date evidence of a page; `lines` are the byline and first body lines. */
export function collectPublished(doc: Document | null, url: string | null, lines: string[]): PublishedEvidence[] {
  const structured = doc ? [...fromJsonLd(doc), ...fromMeta(doc), ...fromTime(doc)] : [];
  return [...structured, ...fromUrl(url), ...fromDateline(lines)];
}
