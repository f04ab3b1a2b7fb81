import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle, MAX_READABILITY_ELEMENTS } from '../../../../src/core/article/extract';

const windows: Window[] = [];
afterEach(() => {
  for (const w of windows.splice(0)) void w.happyDOM.close();
});

function page(body: string): Document {
  const window = new Window({ url: 'https://news.example/story' });
  windows.push(window);
  window.document.write(`<!doctype html><html><head><title>Strike on a school</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: rescuers in Nuseirat said at least 12 people were killed when a school sheltering families was hit overnight, and that many more were hurt.</p>`).join('');
const NAV = '<nav><a href="/a">Sport section</a> <a href="/b">Weather section</a> <a href="/c">Markets section</a></nav>';

describe('extractArticle on documents of any size', () => {
  it('lets Readability pick the story on a page of ordinary size (the menu is left out)', () => {
    const snap = extractArticle(page(`${NAV}<div class="story"><h1>Strike on a school</h1>${STORY}</div>`), { url: null });
    expect(snap.text).toContain('Paragraph 6: rescuers in Nuseirat');
    expect(snap.text).not.toContain('Weather section');
  });

  it('reads the <article> without Readability when the page has more elements than it may score', () => {
    const filler = '<span>x</span>'.repeat(MAX_READABILITY_ELEMENTS);
    const doc = page(`${NAV}<article><h1>Strike on a school</h1>${STORY}</article><div hidden>${filler}</div>`);
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(MAX_READABILITY_ELEMENTS);
    const snap = extractArticle(doc, { url: null });
    expect(snap.title).toBe('Strike on a school');
    expect(snap.text).toContain('Paragraph 1: rescuers in Nuseirat');
    expect(snap.text).toContain('Paragraph 6: rescuers in Nuseirat');
    expect(snap.text).not.toContain('Weather section');
  });
});
