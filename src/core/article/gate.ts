// Is this page a news article, a front page of article links, or neither? Called on every page the
// content script sees, so it looks at cheap signals first and stops at the first decisive one.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { isArticleJsonLd, jsonLdNodes } from './published/structured';

export type PageKind = 'article' | 'front' | 'other';

export interface GateResult {
  kind: PageKind;
  reason: string;
}

const HEADLINE_LINK_MIN_CHARS = 25;
const FRONT_MIN_LINKS = 8;

/** Links whose text reads like a headline: several words, not a menu item. */
export function headlineLinks(doc: Document, limit = 400): HTMLAnchorElement[] {
  const out: HTMLAnchorElement[] = [];
  const anchors = doc.querySelectorAll('a[href]');
  const n = Math.min(anchors.length, 3000);
  for (let i = 0; i < n && out.length < limit; i++) {
    const a = anchors[i] as HTMLAnchorElement;
    const text = a.textContent ?? '';
    if (text.length < HEADLINE_LINK_MIN_CHARS || text.length > 300) continue;
    if (text.trim().split(/\s+/).length < 4) continue;
    out.push(a);
  }
  return out;
}

// Short wire stories (three or four paragraphs under a headline) are below Readability's
// readerable score but are exactly the pages this product is for.
const STORY_MIN_PARAGRAPHS = 3;
const STORY_MIN_PARAGRAPH_CHARS = 40;
const STORY_MIN_TOTAL_CHARS = 300;

function hasStoryText(doc: Document, paragraphs: HTMLCollectionOf<HTMLParagraphElement>): boolean {
  if (!doc.querySelector('h1')) return false;
  let count = 0;
  let total = 0;
  const n = Math.min(paragraphs.length, 200);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i]!;
    const len = (p.textContent ?? '').trim().length;
    if (len < STORY_MIN_PARAGRAPH_CHARS || p.closest('nav, aside, footer, form')) continue;
    count++;
    total += len;
    if (count >= STORY_MIN_PARAGRAPHS && total >= STORY_MIN_TOTAL_CHARS) return true;
  }
  return false;
}

export function classifyPage(doc: Document): GateResult {
  if (!doc.body) return { kind: 'other', reason: 'no body' };
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.toLowerCase();
  if (ogType === 'article') return { kind: 'article', reason: 'og:type article' };
  if (doc.querySelector('meta[property="article:published_time"]')) {
    return { kind: 'article', reason: 'article:published_time meta' };
  }
  if (doc.querySelector('script[type="application/ld+json"]') && jsonLdNodes(doc).some(isArticleJsonLd)) {
    return { kind: 'article', reason: 'JSON-LD article' };
  }
  if (ogType && ogType !== 'article') {
    // A declared non-article (website, video, product) is only a front page if it lists headlines.
    return headlineLinks(doc, FRONT_MIN_LINKS).length >= FRONT_MIN_LINKS
      ? { kind: 'front', reason: `og:type ${ogType} with headline links` }
      : { kind: 'other', reason: `og:type ${ogType}` };
  }
  // Only pages with some paragraphs are worth a closer look.
  const paragraphs = doc.getElementsByTagName('p');
  if (paragraphs.length >= 3) {
    if (hasStoryText(doc, paragraphs)) return { kind: 'article', reason: 'headline and story paragraphs' };
    if (isProbablyReaderable(doc, { minContentLength: 120, minScore: 20 })) return { kind: 'article', reason: 'readable text' };
  }
  if (headlineLinks(doc, FRONT_MIN_LINKS).length >= FRONT_MIN_LINKS) {
    return { kind: 'front', reason: 'headline links' };
  }
  return { kind: 'other', reason: 'no article signals' };
}
