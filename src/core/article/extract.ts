// Page → ArticleSnapshot. Readability works on a clone, so the page the reader is looking at is never
// touched; title, site, byline, language and the publication date come from the page's own metadata.
import { Readability } from '@mozilla/readability';
import type { ArticleSnapshot } from '../types';
import { assembleText, leafBlocks, normalizeSpace } from './blocks';
import { collectPublished, decidePublished } from './published';

export interface ExtractOptions {
  url: string | null;
  /** ISO day given by the caller (CLI --published); outranks everything the page says. */
  published?: string | null;
}

function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute('content');
  return v ? normalizeSpace(v) : null;
}

function pickTitle(doc: Document, readabilityTitle: string | null | undefined): string {
  const h1 = normalizeSpace(doc.querySelector('article h1, main h1, h1')?.textContent ?? '');
  const og = meta(doc, 'meta[property="og:title"]');
  return h1 || og || normalizeSpace(readabilityTitle ?? '') || normalizeSpace(doc.title ?? '');
}

function siteName(doc: Document, url: string | null, fromReadability: string | null | undefined): string | null {
  const site = meta(doc, 'meta[property="og:site_name"]') ?? (fromReadability ? normalizeSpace(fromReadability) : null);
  if (site) return site;
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** The page's own idea of its address, when the caller has none (saved pages, CLI input). */
function declaredUrl(doc: Document): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'meta[property="og:url"]');
  if (!href) return null;
  try {
    const u = new URL(href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Above this many elements Readability is not run: cloning and scoring the document grows with its
 * size (about 4 µs an element in Chromium, measured by `npm run bench -- --hostile`), and in the
 * content script that is one task on the reader's main thread. 8,000 keeps it within the 50 ms
 * budget and is well above a news page's usual 1,000–4,000. The page's <article>, <main> or body
 * is read instead, with the usual text caps.
 */
export const MAX_READABILITY_ELEMENTS = 8_000;

function readable(doc: Document) {
  if (doc.getElementsByTagName('*').length > MAX_READABILITY_ELEMENTS) return null;
  const clone = doc.cloneNode(true) as Document;
  try {
    return new Readability<Node>(clone, { serializer: (node) => node, charThreshold: 250, maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
  } catch {
    return null; // over maxElemsToParse after all, or a document Readability cannot read
  }
}

export function extractArticle(doc: Document, opts: ExtractOptions): ArticleSnapshot {
  const url = opts.url ?? declaredUrl(doc);
  const parsed = readable(doc);
  const content = parsed?.content as Element | null | undefined;
  // Readability gives up on short pages; the <article> or the body is then the best we have.
  const root = content ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const title = pickTitle(doc, parsed?.title);
  const rawBlocks = root ? leafBlocks(root) : [];
  const { text, blocks } = assembleText(title, rawBlocks);
  const byline = parsed?.byline ? normalizeSpace(parsed.byline) : null;
  const body = rawBlocks.filter((b) => b.text.toLowerCase() !== title.toLowerCase());
  const firstLines = [...(byline ? [byline] : []), ...body.slice(0, 3).map((b) => b.text)];
  const evidence = collectPublished(doc, url, firstLines);
  if (opts.published) evidence.unshift({ from: 'given', value: opts.published, raw: opts.published });
  const decided = decidePublished(evidence);
  return {
    url,
    site: siteName(doc, url, parsed?.siteName),
    title,
    byline,
    published: decided.published,
    publishedFrom: decided.publishedFrom,
    publishedEvidence: decided.evidence,
    text,
    blocks,
    lang: parsed?.lang ?? doc.documentElement?.getAttribute('lang') ?? null,
  };
}
