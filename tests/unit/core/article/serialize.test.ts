import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_NODE_CHARS } from '../../../../src/core/article/anchors';
import { extractArticle } from '../../../../src/core/article/extract';
import { parseDocument, snapshotFromHtml } from '../../../../src/core/article/parse';
import { MAX_ATTR_CHARS, MAX_READ_TEXT_CHARS, pageReader } from '../../../../src/core/article/serialize';

const written = (html: string, ignore?: (el: Element) => boolean) => pageReader(parseDocument(html), { ignore }).finish();
const doc = (body: string, head = '') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('pageReader', () => {
  it('keeps the text, the metadata and JSON-LD, and leaves out scripts, styles, media and controls', () => {
    const out = written(
      doc(
        '<article class="story"><h1>Strike on a school</h1><p>Ten people were killed.</p><script>window.x=1</script><style>p{}</style>' +
          '<svg><text>chart</text></svg><button>Share</button><img src="a.jpg"><iframe src="https://ads.example/"></iframe></article>' +
          '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-06"}</script>',
        '<title>School strike</title><meta property="og:type" content="article"><link rel="canonical" href="https://news.example/a"><link rel="stylesheet" href="s.css">',
      ),
    );
    const parsed = parseDocument(out);
    expect(parsed.querySelector('h1')?.textContent).toBe('Strike on a school');
    expect(parsed.querySelector('article')?.getAttribute('class')).toBe('story');
    expect(parsed.title).toBe('School strike');
    expect(parsed.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    expect(parsed.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://news.example/a');
    expect(JSON.parse(parsed.querySelector('script[type="application/ld+json"]')!.textContent!).datePublished).toBe('2024-06-06');
    expect(parsed.documentElement.getAttribute('lang')).toBe('en');
    for (const gone of ['svg', 'button', 'img', 'iframe', 'style', 'link[rel="stylesheet"]', 'script:not([type])']) expect(parsed.querySelector(gone)).toBeNull();
    expect(out).not.toContain('window.x');
    expect(out).not.toContain('Share');
  });

  it('keeps only the attributes the reader uses, each cut to its limit', () => {
    const long = 'x'.repeat(MAX_ATTR_CHARS * 3);
    const out = written(doc(`<div id="main" class="${long}" onclick="steal()" data-track="1" style="display:none"><p>Text.</p></div>`));
    const div = parseDocument(out).querySelector('#main')!;
    expect(div.getAttribute('class')).toHaveLength(MAX_ATTR_CHARS);
    expect(div.getAttribute('style')).toBe('display:none');
    expect(div.hasAttribute('onclick')).toBe(false);
    expect(div.hasAttribute('data-track')).toBe(false);
  });

  it('writes markup characters in text and attributes so that they read back the same', () => {
    const out = written(doc('<p title="x">Tom &amp; Jerry said &lt;script&gt;alert(1)&lt;/script&gt; "no"</p><p class="a&quot;b">2 &lt; 3</p>'));
    const parsed = parseDocument(out);
    const ps = parsed.querySelectorAll('p');
    expect(ps[0]!.textContent).toBe('Tom & Jerry said <script>alert(1)</script> "no"');
    expect(ps[1]!.getAttribute('class')).toBe('a"b');
    expect(parsed.querySelector('script')).toBeNull();
  });

  it('a JSON-LD script cannot end early and open markup of its own', () => {
    // A page's script can hold "</script>" in its text when it was set from JavaScript.
    const live = parseDocument(doc('<p>Body.</p><script type="application/ld+json"></script>'));
    live.querySelector('script')!.textContent = '{"name":"</script><p id=evil>x</p>"}';
    const parsed = parseDocument(pageReader(live).finish());
    expect(parsed.querySelector('#evil')).toBeNull();
    expect(JSON.parse(parsed.querySelector('script')!.textContent!).name).toBe('</script><p id=evil>x</p>');
  });

  it('leaves out our own hosts and a text node too long to read, and stops at the text limit with every tag closed', () => {
    const live = parseDocument(doc(`<p>Kept <span data-ours>badge</span> words.</p><p>${'y'.repeat(MAX_TEXT_NODE_CHARS + 1)}</p><p>After.</p>`));
    const out = pageReader(live, { ignore: (el) => el.hasAttribute('data-ours') }).finish();
    const parsed = parseDocument(out);
    expect(parsed.querySelector('p')!.textContent).toBe('Kept  words.');
    expect(out).not.toContain('yyyy');
    expect(parsed.querySelectorAll('p')[2]!.textContent).toBe('After.');

    const paragraphs = Array.from({ length: 30 }, (_, i) => `<div><p>${String(i).padStart(2, '0')}${'z'.repeat(MAX_READ_TEXT_CHARS / 20)}</p></div>`).join('');
    const capped = written(doc(paragraphs));
    expect(capped.endsWith('</body></html>')).toBe(true);
    const n = parseDocument(capped).querySelectorAll('p').length;
    expect(n).toBeGreaterThan(15);
    expect(n).toBeLessThan(21);
  });

  it('gives the same HTML however its work is cut into steps', () => {
    const html = doc('<h1>T</h1>' + Array.from({ length: 40 }, (_, i) => `<p class="c${i}">Para <em>${i}</em> text &amp; more.</p>`).join('') + '<ul><li>a</li><li>b</li></ul>');
    const whole = written(html);
    for (const budget of [1, 7, 100, 5000]) {
      const reader = pageReader(parseDocument(html));
      let steps = 0;
      while (!reader.step(budget)) steps++;
      expect(reader.finish()).toBe(whole);
      if (budget < 100) expect(steps).toBeGreaterThan(10);
    }
  });

  it('reads the same article from the written page as from the page itself (the fixture articles)', () => {
    const dir = join(import.meta.dirname, '../../../fixtures/articles');
    const names = readdirSync(dir).filter((d) => !d.endsWith('.ts'));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) {
      const source = readFileSync(join(dir, name, 'source.html'), 'utf8');
      const direct = extractArticle(parseDocument(source), { url: 'https://news.example/story' });
      const viaWritten = snapshotFromHtml(written(source), { url: 'https://news.example/story' });
      expect(viaWritten.text, name).toBe(direct.text);
      expect(viaWritten.title, name).toBe(direct.title);
      expect(viaWritten.published, name).toBe(direct.published);
      expect(viaWritten.lang, name).toBe(direct.lang);
    }
  });
});
