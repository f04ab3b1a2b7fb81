// Dates in article URLs: /2024/11/02/, /2024-11-02/, /20241102/. Only full days count; a bare
// /2024/ section path says nothing about the day.
import type { PublishedEvidence } from '../../types';
import { isoDay } from './iso';

const PATTERNS = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/,
  /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_-]|$)/,
];

export function fromUrl(url: string | null): PublishedEvidence[] {
  if (!url) return [];
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  for (const re of PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const value = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) return [{ from: 'url', value, raw: m[0] }];
  }
  return [];
}
