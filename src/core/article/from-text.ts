// A plain-text article (CLI .txt input): the first non-empty line is the headline, the rest the body,
// paragraphs split on blank lines (or single newlines when the file has no blank lines).
import type { ArticleSnapshot } from '../types';
import { assembleText, normalizeSpace } from './blocks';
import { collectPublished, decidePublished } from './published';

export function snapshotFromText(raw: string, opts: { url: string | null; published?: string | null }): ArticleSnapshot {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const title = first >= 0 ? normalizeSpace(lines[first]!) : '';
  const body = first >= 0 ? lines.slice(first + 1).join('\n') : '';
  const paragraphs = (/\n\s*\n/.test(body) ? body.split(/\n\s*\n/) : body.split('\n'))
    .map(normalizeSpace)
    .filter(Boolean)
    .map((text) => ({ text, tag: 'p' }));
  const { text, blocks } = assembleText(title, paragraphs);
  const evidence = collectPublished(null, opts.url, paragraphs.slice(0, 3).map((p) => p.text));
  if (opts.published) evidence.unshift({ from: 'given', value: opts.published, raw: opts.published });
  const decided = decidePublished(evidence);
  return {
    url: opts.url,
    site: null,
    title,
    byline: null,
    published: decided.published,
    publishedFrom: decided.publishedFrom,
    publishedEvidence: decided.evidence,
    text,
    blocks,
    lang: null,
  };
}
