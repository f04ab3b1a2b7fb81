// Publication dates a page declares for machines: JSON-LD, meta tags and <time>. Declared dates are
// the best evidence when present, but scraped and syndicated pages often carry stale or copied ones,
// so every source found is kept and compared.
import type { PublishedEvidence } from '../../types';
import { parseMachineDate } from './iso';

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting|OpinionNewsArticle|BackgroundNewsArticle|Report|WebPage)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function* walkJsonLd(node: Json): Generator<{ [k: string]: Json }> {
  if (Array.isArray(node)) for (const item of node) yield* walkJsonLd(item);
  else if (node && typeof node === 'object') {
    yield node;
    if (node['@graph']) yield* walkJsonLd(node['@graph']);
  }
}

function types(node: { [k: string]: Json }): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** JSON-LD blocks on the page, parsed; broken ones are skipped (pages ship invalid JSON often). */
export function jsonLdNodes(doc: Document): { [k: string]: Json }[] {
  const out: { [k: string]: Json }[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const raw = script.textContent ?? '';
    if (raw.length > 500_000) continue;
    try {
      for (const node of walkJsonLd(JSON.parse(raw) as Json)) out.push(node);
    } catch {
      // Invalid JSON-LD is common and harmless: other evidence still counts.
    }
  }
  return out;
}

export function isArticleJsonLd(node: { [k: string]: Json }): boolean {
  return types(node).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage');
}

export function fromJsonLd(doc: Document): PublishedEvidence[] {
  const out: PublishedEvidence[] = [];
  for (const node of jsonLdNodes(doc)) {
    if (!types(node).some((t) => ARTICLE_TYPES.test(t))) continue;
    const raw = node['datePublished'] ?? node['dateCreated'];
    if (typeof raw !== 'string') continue;
    const value = parseMachineDate(raw);
    if (value) out.push({ from: 'json-ld', value, raw });
  }
  return out;
}

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
].join(',');

export function fromMeta(doc: Document): PublishedEvidence[] {
  const out: PublishedEvidence[] = [];
  for (const el of Array.from(doc.querySelectorAll(META_SELECTORS))) {
    const raw = el.getAttribute('content') ?? '';
    const value = parseMachineDate(raw);
    if (value) out.push({ from: 'meta', value, raw });
  }
  return out;
}

/** <time> elements outside navigation and sidebars; one marked as the publication time wins. */
export function fromTime(doc: Document): PublishedEvidence[] {
  const found: { ev: PublishedEvidence; marked: boolean }[] = [];
  for (const el of Array.from(doc.querySelectorAll('time')).slice(0, 50)) {
    if (el.closest('aside, nav, footer, [role="complementary"]')) continue;
    const raw = el.getAttribute('datetime') ?? el.textContent ?? '';
    const value = parseMachineDate(raw);
    if (!value) continue;
    const marked =
      el.hasAttribute('pubdate') ||
      el.getAttribute('itemprop') === 'datePublished' ||
      /publish|posted|created/i.test(el.className || '');
    found.push({ ev: { from: 'time', value, raw }, marked });
  }
  const marked = found.filter((f) => f.marked);
  return (marked.length ? marked : found.slice(0, 1)).map((f) => f.ev);
}
