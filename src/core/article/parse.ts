// HTML text → Document, the same way wherever the article reader runs: the extension's background
// (over the reduced page the content script writes, serialize.ts) and the command line (over a saved
// page). linkedom's worker build has no Node dependencies, so it is one parser for both.
import { parseHTML } from 'linkedom/worker';
import type { ArticleSnapshot } from '../types';
import { extractArticle, type ExtractOptions } from './extract';

/**
 * linkedom builds no <html> element for a fragment ("<p>…</p>" saved from a clipboard, a scraper's
 * body dump), and every DOM call then fails, so a fragment is parsed inside a document shell, as a
 * browser would.
 */
export function parseDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (doc.documentElement) return doc;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}

export function snapshotFromHtml(html: string, opts: ExtractOptions): ArticleSnapshot {
  return extractArticle(parseDocument(html), opts);
}
