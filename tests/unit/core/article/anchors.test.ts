import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT_NODE_CHARS, anchorArticle, buildTextMap, locateBlocks, textMapBuilder } from '../../../../src/core/article/anchors';
import { assembleText } from '../../../../src/core/article/blocks';
import { extractArticle } from '../../../../src/core/article/extract';

const windows: Window[] = [];
afterEach(() => {
  for (const w of windows.splice(0)) void w.happyDOM.close();
});

function page(body: string, head = ''): Document {
  const window = new Window({ url: 'https://news.example/story' });
  windows.push(window);
  window.document.write(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

/** Snapshot text built from the given block texts, as extract.ts assembles it. */
function snapshotOf(title: string, blocks: string[]) {
  return assembleText(title, blocks.map((text) => ({ text, tag: 'p' })));
}

function quote(text: string, words: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" not in the text`);
  return [at, at + words.length];
}

describe('buildTextMap', () => {
  it('normalises whitespace across nodes the way the snapshot does', () => {
    const doc = page('<p>  Ten   people\n were <em> killed </em>on\u00a0Friday. </p>');
    expect(buildTextMap(doc.body).text).toBe('Ten people were killed on Friday. ');
  });

  it('leaves out scripts, styles, hidden nodes and ignored elements', () => {
    const doc = page('<p>One<script>var x = "two";</script> three<span hidden>four</span><x-ours>five</x-ours> six<style>p{}</style></p>');
    const map = buildTextMap(doc.body, { ignore: (el) => el.tagName === 'X-OURS' });
    expect(map.text).toBe('One three six');
  });

  it('maps every character back to its text node and offset', () => {
    const doc = page('<p>Alpha <b>beta</b> gamma</p>');
    const map = buildTextMap(doc.body);
    const i = map.text.indexOf('beta');
    expect(map.at(i)).toEqual({ node: map.nodes[1], offset: 0 });
    expect(map.at(i + 3)!.offset).toBe(3);
    expect(map.at(map.text.length)).toBeNull();
    expect(map.at(-1)).toBeNull();
  });

  it('maps every character of many generated pages to a source character that reads the same', () => {
    // A small seeded generator of inline and block markup with runs of every kind of whitespace.
    let seed = 20261207;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const words = ['Gaza', 'strike', '64', 'killed', 'as', 'of', 'Nov.', 'al-Aqsa'];
    const spaces = [' ', '  ', '\n', ' \n\t ', '\u00a0', '\u200b', ''];
    const run = () => Array.from({ length: 1 + rnd(6) }, () => words[rnd(words.length)]! + spaces[rnd(spaces.length)]!).join('');
    const inline = (depth: number): string => {
      const k = rnd(5);
      if (depth > 2 || k < 2) return run();
      const tag = ['em', 'b', 'a', 'span'][rnd(4)]!;
      return `${run()}<${tag}>${inline(depth + 1)}</${tag}>${k === 4 ? '<br>' : ''}${run()}`;
    };
    for (let n = 0; n < 60; n++) {
      const body = Array.from({ length: 1 + rnd(5) }, () => `<${['p', 'li', 'div', 'h2'][rnd(4)]}>${inline(0)}</p>`).join(spaces[rnd(spaces.length)]!);
      const doc = page(body);
      const map = buildTextMap(doc.body);
      // Built in steps of any size, down to one character, the map is the same.
      const stepped = textMapBuilder(doc.body);
      const budget = 1 + rnd(12);
      let steps = 0;
      while (!stepped.step(budget)) steps++;
      const again = stepped.finish();
      expect(again.text).toBe(map.text);
      for (let i = 0; i < map.text.length; i++) expect(again.at(i)).toEqual(map.at(i));
      if (map.text.length > 40) expect(steps).toBeGreaterThan(1);
      expect(map.text).toBe(map.text.trimStart());
      expect(map.text).not.toMatch(/  /);
      for (let i = 0; i < map.text.length; i++) {
        const src = map.at(i)!;
        const ch = src.node.data[src.offset]!;
        if (map.text[i] === ' ') expect(ch).toMatch(/[\s\u00a0\u200b]/);
        else expect(ch).toBe(map.text[i]);
        // In order: a later character never comes from earlier in the same node.
        if (i > 0) {
          const prev = map.at(i - 1)!;
          if (prev.node === src.node) expect(src.offset).toBeGreaterThan(prev.offset);
        }
      }
    }
  });

  it('stops at its character cap and keeps memory per node, not per character', () => {
    const doc = page(`<p>${'word '.repeat(100_000)}</p><p>after</p>`);
    const map = buildTextMap(doc.body, { maxChars: 50_000 });
    expect(map.text.length).toBe(50_000);
    expect(map.text.includes('after')).toBe(false);
    expect(map.at(49_999)).toEqual({ node: map.nodes[0], offset: 49_999 });
  });
});

describe('text nodes too long to be read', () => {
  it('leaves a text node over the limit out, as the page reader does', () => {
    const doc = page(`<p>Before <span>${'x'.repeat(MAX_TEXT_NODE_CHARS + 1)}</span> after.</p>`);
    const map = buildTextMap(doc.body);
    expect(map.text).toBe('Before after.');
    // The snapshot's block, read without that node, is found.
    expect(locateBlocks(map, [{ start: 0, text: 'Before after.', tag: 'p' }])).toEqual([0]);
  });

  it('reads a text node at the limit', () => {
    const doc = page(`<p>${'y'.repeat(MAX_TEXT_NODE_CHARS)}</p>`);
    expect(buildTextMap(doc.body).text.length).toBe(MAX_TEXT_NODE_CHARS);
  });
});

describe('locateBlocks', () => {
  it('finds blocks in order, searching on from the previous one', () => {
    const doc = page('<aside><p>The council met.</p></aside><h1>Budget</h1><p>Intro.</p><p>The council met.</p>');
    const snap = snapshotOf('Budget', ['Intro.', 'The council met.']);
    const map = buildTextMap(doc.body);
    const starts = locateBlocks(map, snap.blocks);
    expect(starts[2]).toBe(map.text.lastIndexOf('The council met.'));
  });

  it('does not take a block for part of a longer word', () => {
    const doc = page('<p>Resources said so.</p>');
    const map = buildTextMap(doc.body);
    expect(locateBlocks(map, [{ start: 0, text: 'sources said', tag: 'p' }])).toEqual([null]);
  });

  it('finds list items written without spaces between them', () => {
    const doc = page('<ul><li>Gaza</li><li>Nuseirat</li></ul>');
    const map = buildTextMap(doc.body);
    expect(locateBlocks(map, [{ start: 0, text: 'Nuseirat', tag: 'li' }])).toEqual([4]);
  });
});

describe('anchorArticle', () => {
  it('gives no range from a map the page has changed since it was built', () => {
    const doc = page('<h1>Strike on the camp</h1><p>At least 64 people were killed.</p>');
    const snap = snapshotOf('Strike on the camp', ['At least 64 people were killed.']);
    const map = buildTextMap(doc.body);
    const [s, e] = quote(snap.text, '64 people');
    expect(anchorArticle(doc, snap, {}, map).rangeFor(s, e)?.toString()).toBe('64 people');
    // The page rewrites the paragraph (a live update) after the map was made in slices.
    (doc.querySelector('p')!.firstChild as Text).data = 'Officials gave no figure yet today.';
    expect(anchorArticle(doc, snap, {}, map).rangeFor(s, e)).toBeNull();
    doc.querySelector('p')!.remove();
    expect(anchorArticle(doc, snap, {}, map).rangeFor(s, e)).toBeNull();
  });

  it('maps a quote inside one text node to a range over exactly those words', () => {
    const doc = page('<h1>Strike on the camp</h1><p>As of November 1, 2023, the toll stood at 43,000.</p>');
    const snap = snapshotOf('Strike on the camp', ['As of November 1, 2023, the toll stood at 43,000.']);
    const [s, e] = quote(snap.text, 'November 1, 2023');
    const range = anchorArticle(doc, snap).rangeFor(s, e)!;
    expect(range.toString()).toBe('November 1, 2023');
    expect(range.endContainer.textContent).toContain('the toll stood');
  });

  it('maps a quote that spans inline elements and collapsed whitespace', () => {
    const doc = page('<h1>T</h1><p>Strikes hit homes, and <em>at least  64\n people</em> were killed.</p>');
    const snap = snapshotOf('T', ['Strikes hit homes, and at least 64 people were killed.']);
    const [s, e] = quote(snap.text, 'at least 64 people were killed');
    const range = anchorArticle(doc, snap).rangeFor(s, e)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('at least 64 people were killed');
    expect((range.startContainer.parentNode as Element).tagName).toBe('EM');
    expect(range.endContainer.textContent).toBe(' were killed.');
  });

  it('anchors the second occurrence when the quote is in the second block', () => {
    const doc = page('<h1>T</h1><p>Source: the army.</p><p>Source :</p>');
    const snap = snapshotOf('T', ['Source: the army.', 'Source :']);
    const [s, e] = quote(snap.text, 'Source :');
    const range = anchorArticle(doc, snap).rangeFor(s, e)!;
    expect((range.startContainer.parentNode as Element).textContent).toBe('Source :');
  });

  it('gives the headline block a range, for the summary to follow it', () => {
    const doc = page('<header><a href="/">Home</a></header><article><h1>Strike on the camp</h1><p>Body text.</p></article>');
    const snap = snapshotOf('Strike on the camp', ['Body text.']);
    const range = anchorArticle(doc, snap).blockRange(0)!;
    expect((range.startContainer.parentNode as Element).tagName).toBe('H1');
  });

  it('does not anchor a quote in a block Readability rewrote, and still anchors the others', () => {
    const doc = page('<h1>T</h1><p>First paragraph with 64 killed.</p><p>Second paragraph on 1 November 2023.</p>');
    // The snapshot's first block differs from the page (as if Readability had dropped a span).
    const snap = snapshotOf('T', ['First paragraph with 46 killed.', 'Second paragraph on 1 November 2023.']);
    const anchors = anchorArticle(doc, snap);
    expect(anchors.starts[1]).toBeNull();
    expect(anchors.rangeFor(...quote(snap.text, '46 killed'))).toBeNull();
    expect(anchors.rangeFor(...quote(snap.text, '1 November 2023'))!.toString()).toBe('1 November 2023');
  });

  it('returns null for a quote that crosses blocks, is empty, or lies outside the text', () => {
    const doc = page('<h1>T</h1><p>One.</p><p>Two.</p>');
    const snap = snapshotOf('T', ['One.', 'Two.']);
    const anchors = anchorArticle(doc, snap);
    const [s] = quote(snap.text, 'One.');
    const [, e] = quote(snap.text, 'Two.');
    expect(anchors.rangeFor(s, e)).toBeNull();
    expect(anchors.rangeFor(s, s)).toBeNull();
    expect(anchors.rangeFor(snap.text.length + 5, snap.text.length + 9)).toBeNull();
  });

  it('does not anchor when the page changed after the snapshot was taken', () => {
    const doc = page('<h1>T</h1><p>The toll rose to 64.</p>');
    const snap = snapshotOf('T', ['The toll rose to 64.']);
    doc.querySelector('p')!.textContent = 'The toll rose to 70 by evening.';
    expect(anchorArticle(doc, snap).rangeFor(...quote(snap.text, '64'))).toBeNull();
  });

  it('anchors every discrepancy quote of a real fixture page read by extractArticle', () => {
    const html = readFileSync(fileURLToPath(new URL('../../../fixtures/pages/ui-strikes-article.html', import.meta.url)), 'utf8');
    const window = new Window({ url: 'http://127.0.0.1/pages/ui-strikes-article.html' });
    windows.push(window);
    window.document.write(html);
    const doc = window.document as unknown as Document;
    const snap = extractArticle(doc, { url: window.location.href });
    const anchors = anchorArticle(doc, snap);
    for (const words of ['at least 64 people were killed', 'November 1, 2023', 'Source :']) {
      const range = anchors.rangeFor(...quote(snap.text, words));
      expect(range?.toString().replace(/\s+/g, ' ')).toBe(words);
    }
  });
});
