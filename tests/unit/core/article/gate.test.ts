import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { classifyPage } from '../../../../src/core/article/gate';

const page = (html: string) => parseHTML(`<!doctype html><html>${html}</html>`).document as unknown as Document;
const para = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of a story that goes on long enough to read as a paragraph of news prose.</p>`).join('');

describe('classifyPage', () => {
  it('trusts og:type article, article meta and JSON-LD articles', () => {
    expect(classifyPage(page('<head><meta property="og:type" content="article"></head><body></body>')).kind).toBe('article');
    expect(classifyPage(page('<head><meta property="article:published_time" content="2024-01-01"></head><body></body>')).kind).toBe('article');
    expect(classifyPage(page('<head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body></body>')).kind).toBe('article');
  });

  it('recognises a short story under a headline with no metadata', () => {
    expect(classifyPage(page(`<body><h1>Headline</h1>${para(4)}</body>`)).kind).toBe('article');
  });

  it('calls a page of headline links a front page', () => {
    const links = Array.from({ length: 10 }, (_, i) => `<li><a href="/s/${i}">Story number ${i} about the council budget and the harbour works</a></li>`).join('');
    expect(classifyPage(page(`<body><ul>${links}</ul></body>`)).kind).toBe('front');
  });

  it('leaves apps, forms and short pages alone', () => {
    expect(classifyPage(page('<body><h1>Settings</h1><form><input></form></body>')).kind).toBe('other');
    expect(classifyPage(page('<body><p>Hi</p><p>There</p><p>Short</p></body>')).kind).toBe('other');
    expect(classifyPage(page('<head><meta property="og:type" content="video.other"></head><body><h1>Clip</h1></body>')).kind).toBe('other');
  });

  it('does not count paragraphs in navigation and footers as story text', () => {
    const footer = `<footer>${para(5)}</footer>`;
    expect(classifyPage(page(`<body><h1>Shop</h1>${footer}</body>`)).kind).not.toBe('article');
  });

  it('handles a document without a body', () => {
    const d = page('<head></head>');
    d.body?.remove();
    expect(classifyPage(d).kind).toBe('other');
  });
});
