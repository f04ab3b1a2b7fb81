// The article as text blocks with offsets. Blocks are the leaf block elements of Readability's
// content; the plain text is the title and the blocks joined by blank lines, so a mention's offset
// tells both where it is in the text and which block (and so which DOM element) it came from.
import type { TextBlock } from '../types';

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DD', 'DT', 'DIV', 'SECTION', 'ARTICLE', 'ADDRESS',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

export const MAX_TEXT_CHARS = 200_000;

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function hasBlockChild(el: Element): boolean {
  for (const child of Array.from(el.children)) if (BLOCK_TAGS.has(child.tagName.toUpperCase())) return true;
  return false;
}

/** Leaf block elements of a subtree, in document order, with their normalised text. */
export function leafBlocks(root: Element): { el: Element; text: string; tag: string }[] {
  const out: { el: Element; text: string; tag: string }[] = [];
  const visit = (el: Element) => {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (BLOCK_TAGS.has(tag) && !hasBlockChild(el)) {
      const text = normalizeSpace(el.textContent ?? '');
      if (text) out.push({ el, text, tag: tag.toLowerCase() });
      return;
    }
    for (const child of Array.from(el.children)) visit(child);
  };
  visit(root);
  return out;
}

/** Joins title and blocks into the analysed text; drops a first block that repeats the title. */
export function assembleText(title: string, blocks: { text: string; tag: string }[]): { text: string; blocks: TextBlock[] } {
  const parts: TextBlock[] = [];
  let text = '';
  const push = (t: string, tag: string) => {
    if (text.length + t.length > MAX_TEXT_CHARS) return false;
    if (text) text += '\n\n';
    parts.push({ start: text.length, text: t, tag });
    text += t;
    return true;
  };
  if (title) push(title, 'title');
  blocks.forEach((b, i) => {
    if (i === 0 && normalizeSpace(b.text).toLowerCase() === title.toLowerCase()) return;
    push(b.text, b.tag);
  });
  return { text, blocks: parts };
}
