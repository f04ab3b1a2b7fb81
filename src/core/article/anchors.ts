// Snapshot offsets → live DOM ranges. The analysis quotes the article by offsets into
// ArticleSnapshot.text (title and Readability's leaf blocks, whitespace-normalised, joined by blank
// lines); the badges need the same words in the page the reader is looking at. The live document's
// text is normalised the same way, each block is found in it in order, and an offset inside a found
// block maps back to a (Text node, offset) pair. A block that cannot be found — Readability rewrote
// it, the page changed since — is simply not anchored: nothing is ever guessed.
import type { TextBlock } from '../types';

/** Never part of the reading text; Readability drops these too. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'TEXTAREA', 'SELECT', 'BUTTON', 'INPUT']);
/** Elements that end a run of text: a block found in the map must start and end at a word edge or one of these. */
const BREAK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'ADDRESS', 'BR', 'HR',
]);
const WORD = /[\p{L}\p{N}]/u;
const ELEMENT = 1;
const TEXT = 3;

export const MAX_MAP_CHARS = 2_000_000;

/**
 * The live text, whitespace-normalised like the snapshot, with a way back from each character to
 * its source. Memory is per text node and per collapsed run of whitespace, not per character: the
 * text is cut into segments inside which map offsets and node offsets advance together.
 */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** Where character `i` of `text` comes from, or null past the end. */
  at(i: number): { node: Text; offset: number } | null;
  /** Whether a block boundary or <br> lies just before character `i`. */
  breakBefore(i: number): boolean;
}

export interface TextMapOptions {
  /** Elements whose subtree is left out (our own badge hosts). */
  ignore?: (el: Element) => boolean;
  maxChars?: number;
}

/**
 * Readability drops nodes it judges invisible before it reads the text (its _isProbablyVisible);
 * leaving them out here keeps the two texts the same.
 */
function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = (el as HTMLElement).style;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/** Growable Int32 column. */
class Column {
  data = new Int32Array(256);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  last(): number {
    return this.length ? this.data[this.length - 1]! : -1;
  }
}

/** Index of the last entry of sorted `col` that is <= v, or -1. */
function floor(col: Column, v: number): number {
  let lo = 0;
  let hi = col.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (col.data[mid]! <= v) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const SPACE_RUN = /[\s\u00a0\u200b]+/g;

export function buildTextMap(root: Node, opts: TextMapOptions = {}): TextMap {
  const max = opts.maxChars ?? MAX_MAP_CHARS;
  const nodes: Text[] = [];
  const pieces: string[] = [];
  // Segment k: map offsets from segStart[k] on come from nodes[segNode[k]], from segOffset[k] on.
  const segStart = new Column();
  const segNode = new Column();
  const segOffset = new Column();
  const breaks = new Column(); // sorted map offsets with a boundary just before them
  let length = 0;
  let lastSpace = true; // drops leading whitespace, as the snapshot's trim does

  /** Appends data[from, to) (no whitespace in it, or one space standing for a run) from node `index`. */
  const append = (piece: string, index: number, offset: number) => {
    const room = max - length;
    if (room <= 0) return;
    if (piece.length > room) piece = piece.slice(0, room);
    const k = segStart.length - 1;
    const contiguous = k >= 0 && segNode.data[k] === index && segOffset.data[k]! + (length - segStart.data[k]!) === offset;
    if (!contiguous) {
      segStart.push(length);
      segNode.push(index);
      segOffset.push(offset);
    }
    pieces.push(piece);
    length += piece.length;
  };
  const addText = (t: Text) => {
    const data = t.data;
    const index = nodes.length;
    nodes.push(t);
    let pos = 0;
    SPACE_RUN.lastIndex = 0;
    for (let m = SPACE_RUN.exec(data); m && length < max; m = SPACE_RUN.exec(data)) {
      if (m.index > pos) {
        append(data.slice(pos, m.index), index, pos);
        lastSpace = false;
      }
      if (!lastSpace) append(' ', index, m.index);
      lastSpace = true;
      pos = m.index + m[0].length;
    }
    if (pos < data.length && length < max) {
      append(data.slice(pos), index, pos);
      lastSpace = false;
    }
  };
  const mark = () => {
    if (breaks.last() !== length) breaks.push(length);
  };
  const isBreak = (n: Node) => n.nodeType === ELEMENT && BREAK_TAGS.has((n as Element).tagName.toUpperCase());

  let n: Node | null = root.firstChild;
  while (n && length < max) {
    let descend = false;
    if (n.nodeType === TEXT) addText(n as Text);
    else if (n.nodeType === ELEMENT) {
      const el = n as Element;
      const skip = SKIP_TAGS.has(el.tagName.toUpperCase()) || hidden(el) || (opts.ignore?.(el) ?? false);
      if (!skip) {
        if (isBreak(el)) mark();
        descend = !!el.firstChild;
      }
    }
    if (descend) {
      n = n.firstChild;
      continue;
    }
    if (isBreak(n)) mark();
    // Up until there is a next sibling, closing the blocks left on the way.
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== root && isBreak(n)) mark();
    }
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  const text = pieces.join('');
  return {
    text,
    nodes,
    at(i) {
      if (!(i >= 0 && i < text.length)) return null;
      const k = floor(segStart, i);
      if (k < 0) return null;
      return { node: nodes[segNode.data[k]!]!, offset: segOffset.data[k]! + (i - segStart.data[k]!) };
    },
    breakBefore(i) {
      const k = floor(breaks, i);
      return k >= 0 && breaks.data[k] === i;
    },
  };
}

/** Does [start, end) begin and end at a word edge (or a block boundary) of the map? */
function atEdges(map: TextMap, start: number, end: number): boolean {
  const { text } = map;
  const okStart = start === 0 || map.breakBefore(start) || !WORD.test(text[start - 1]!) || !WORD.test(text[start]!);
  const okEnd = end >= text.length || map.breakBefore(end) || !WORD.test(text[end]!) || !WORD.test(text[end - 1]!);
  return okStart && okEnd;
}

function find(map: TextMap, needle: string, from: number): number {
  for (let i = map.text.indexOf(needle, from); i >= 0; i = map.text.indexOf(needle, i + 1)) {
    if (atEdges(map, i, i + needle.length)) return i;
  }
  return -1;
}

/**
 * Where each block starts in the map, or null when it is not there. Body blocks are searched in
 * order, each after the previous one found, so a sentence repeated in a teaser above the article
 * does not pull the later blocks with it. The title is searched from the top and does not move the
 * search on: the headline can sit in a header apart from the body.
 */
export function locateBlocks(map: TextMap, blocks: TextBlock[]): (number | null)[] {
  let cursor = 0;
  return blocks.map((b) => {
    if (!b.text) return null;
    if (b.tag === 'title') {
      const at = find(map, b.text, 0);
      return at < 0 ? null : at;
    }
    const at = find(map, b.text, cursor);
    if (at < 0) return null;
    cursor = at + b.text.length;
    return at;
  });
}

export interface ArticleAnchors {
  map: TextMap;
  /** Map offset of each snapshot block, or null where the block was not found. */
  starts: (number | null)[];
  /** A live Range over snapshot.text[start, end), or null when those words cannot be placed. */
  rangeFor(start: number, end: number): Range | null;
  /** A live Range over a whole block (e.g. the headline), or null. */
  blockRange(index: number): Range | null;
}

export interface SnapshotText {
  text: string;
  blocks: TextBlock[];
}

export function anchorArticle(doc: Document, snapshot: SnapshotText, opts: TextMapOptions = {}): ArticleAnchors {
  const map = buildTextMap(doc.body ?? doc.documentElement, opts);
  const starts = locateBlocks(map, snapshot.blocks);

  const mapRange = (from: number, to: number): Range | null => {
    if (to <= from || to > map.text.length) return null;
    const first = map.at(from);
    const last = map.at(to - 1);
    if (!first || !last) return null;
    const range = doc.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    return range;
  };

  return {
    map,
    starts,
    rangeFor(start, end) {
      if (!(end > start)) return null;
      const i = snapshot.blocks.findIndex((b) => b.start <= start && end <= b.start + b.text.length);
      const block = snapshot.blocks[i];
      const at = starts[i];
      if (!block || at === null || at === undefined) return null;
      const from = at + (start - block.start);
      const to = from + (end - start);
      // The words must be the same in both; anything else means the block was not what we think.
      if (map.text.slice(from, to) !== snapshot.text.slice(start, end)) return null;
      return mapRange(from, to);
    },
    blockRange(index) {
      const block = snapshot.blocks[index];
      const at = starts[index];
      if (!block || at === null || at === undefined) return null;
      return mapRange(at, at + block.text.length);
    },
  };
}
