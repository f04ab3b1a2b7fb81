// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { assembleText, leafBlocks, MAX_RAW_BLOCK_CHARS, MAX_TEXT_CHARS } from '../../../../src/core/article/blocks';

function article(html: string): Element {
  const root = document.createElement('article');
  root.innerHTML = html;
  return root;
}

describe('leafBlocks', () => {
  it('reads leaf blocks in order with their whitespace collapsed, leaving out scripts and buttons', () => {
    const root = article('<p>Strikes  hit\n\t the camp.</p><div><p>Medics said 12 died.</p></div><script>x()</script><button>Share</button>');
    expect(leafBlocks(root).map((b) => [b.tag, b.text])).toEqual([
      ['p', 'Strikes hit the camp.'],
      ['p', 'Medics said 12 died.'],
    ]);
  });

  it('skips a block too long to normalise, and still reads the blocks after it', () => {
    const root = article('<p>First paragraph.</p><p id="huge"></p><p>Last paragraph.</p>');
    root.querySelector('#huge')!.textContent = 'word '.repeat(MAX_RAW_BLOCK_CHARS / 5 + 1);
    expect(leafBlocks(root).map((b) => b.text)).toEqual(['First paragraph.', 'Last paragraph.']);
  });

  it('keeps a long block under the raw limit', () => {
    const root = article('<p id="long"></p>');
    root.querySelector('#long')!.textContent = 'a '.repeat(10_000);
    expect(leafBlocks(root)).toHaveLength(1);
  });

  it('stops reading once the blocks hold what the analysis can take', () => {
    const paragraph = 'x'.repeat(999);
    const root = article(Array.from({ length: 400 }, () => `<p>${paragraph}</p>`).join(''));
    const blocks = leafBlocks(root);
    expect(blocks.length).toBeLessThan(400);
    expect(blocks.length).toBeGreaterThanOrEqual(MAX_TEXT_CHARS / 1001);
    // Nothing the text assembly would have kept was left out.
    expect(assembleText('', blocks).text.length).toBe(assembleText('', leafBlocks(root, Infinity)).text.length);
  });
});
