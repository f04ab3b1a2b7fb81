// The article as text blocks with offsets. Blocks are the leaf block elements of Readability's
// content; the plain text is the title and the blocks joined by blank lines, so a mention's offset
// tells both where it is in the text and which block (and so which DOM element) it came from.
import type { TextBlock } from '../types';

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DD', 'DT', 'DIV', 'SECTION', 'ARTICLE', 'ADDRESS',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

export const MAX_TEXT_CHARS = 200_000;
/**
 * A block whose raw text is longer than this is left out before it is normalised: collapsing
 * whitespace can shrink it, but not below the analysed text's cap unless it is mostly blank, and
 * normalising a 10 MB text node costs several times its size in memory.
 */
export const MAX_RAW_BLOCK_CHARS = 4 * MAX_TEXT_CHARS;

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

function hasBlockChild(el: Element): boolean {
  for (const child of Array.from(el.children)) if (BLOCK_TAGS.has(child.tagName.toUpperCase())) return true;
  return false;
}

/**
 * Leaf block elements of a subtree, in document order, with their normalised text. Stops once the
 * blocks hold `maxChars` (the rest could not be analysed anyway), and skips a block too long to
 * normalise (MAX_RAW_BLOCK_CHARS); both bound the work on a huge page, not what is read on a news one.
 */
export function leafBlocks(root: Element, maxChars = MAX_TEXT_CHARS): { el: Element; text: string; tag: string }[] {
  const out: { el: Element; text: string; tag: string }[] = [];
  let total = 0;
  const visit = (el: Element) => {
    if (total >= maxChars) return;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return;
    if (BLOCK_TAGS.has(tag) && !hasBlockChild(el)) {
      const raw = el.textContent ?? '';
      if (raw.length > MAX_RAW_BLOCK_CHARS) return;
      const text = normalizeSpace(raw);
      if (text) {
        out.push({ el, text, tag: tag.toLowerCase() });
        total += text.length + 2;
      }
      return;
    }
    for (const child of Array.from(el.children)) {
      if (total >= maxChars) return;
      visit(child);
    }
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
