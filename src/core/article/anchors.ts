// Snapshot offsets → live DOM ranges. The analysis quotes the article by offsets into
// ArticleSnapshot.text (title and Readability's leaf blocks, whitespace-normalised, joined by blank
// lines); the badges need the same words in the page the reader is looking at. The live document's
// text is normalised the same way, each block is found in it in order, and an offset inside a found
// block maps back to a (Text node, offset) pair. A block that cannot be found — Readability rewrote
// it, the page changed since — is simply not anchored: nothing is ever guessed.
import type { TextBlock } from '../types';
import { ELEMENT, TEXT } from './node-kinds';

/** Never part of the reading text; Readability drops these too. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'TEXTAREA', 'SELECT', 'BUTTON', 'INPUT']);
/** Elements that end a run of text: a block found in the map must start and end at a word edge or one of these. */
const BREAK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'ADDRESS', 'BR', 'HR',
]);
const WORD = /[\p{L}\p{N}]/u;

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
  // Reading .style builds a declaration object; most elements have no style attribute at all.
  if (!el.hasAttribute('style')) return false;
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

/**
 * Whitespace the normalised text does not keep as it is: a run of two or more, or one character
 * other than a plain space. A single space maps to itself, so a stretch of text with single spaces
 * is one piece of the map, not one piece a word.
 */
const CHANGED_SPACE = /[\s\u00a0\u200b]{2,}|[^\S ]|\u200b/g;
const SPACE = /[\s\u00a0\u200b]/;

/**
 * A text node longer than this is not read, here or by the page reader that gives the background
 * the page to analyse (serialize.ts), so the two texts stay the same; no news paragraph is near it,
 * and reading it would be most of the work on a page built to be slow.
 */
export const MAX_TEXT_NODE_CHARS = 800_000;

/** Work done per step of a builder: characters scanned plus a fixed cost per node visited. */
const NODE_COST = 40;

export interface TextMapBuilder {
  /** Does about `budget` units of work (a character scanned is one, a node visited 40); true when done. */
  step(budget: number): boolean;
  /** The map; runs what is left of the walk first. */
  finish(): TextMap;
}

/**
 * A text map built in steps, so that a caller on a page's main thread can give the page back its
 * thread between steps on a huge document. buildTextMap runs one to the end.
 */
export function textMapBuilder(root: Node, opts: TextMapOptions = {}): TextMapBuilder {
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

  /** Appends `piece` (source characters as they are, or one space standing for a run) from node `index` at `offset`. */
  const append = (piece: string, index: number, offset: number) => {
    const room = max - length;
    if (room <= 0 || !piece) return;
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

  // The text node being read, when a step ran out of budget inside it.
  let text: { data: string; index: number; pos: number } | null = null;
  /**
   * Reads on in the current text node for about `budget` characters and says how many it read.
   * A step may end inside a run of whitespace: the run's first part stands for it, and the rest is
   * dropped as whitespace after a space, so the map is the same however the node is cut.
   */
  const readText = (budget: number): number => {
    const t = text!;
    const { data, index } = t;
    const stop = Math.min(data.length, t.pos + Math.max(1, budget));
    let pos = t.pos;
    if (lastSpace) while (pos < stop && SPACE.test(data[pos]!)) pos++;
    const chunk = data.slice(pos, stop);
    let at = 0;
    CHANGED_SPACE.lastIndex = 0;
    for (let m = CHANGED_SPACE.exec(chunk); m && length < max; m = CHANGED_SPACE.exec(chunk)) {
      if (m.index > at) {
        append(chunk.slice(at, m.index), index, pos + at);
        lastSpace = chunk[m.index - 1] === ' ';
      }
      if (!lastSpace) append(' ', index, pos + m.index);
      lastSpace = true;
      at = m.index + m[0].length;
    }
    if (at < chunk.length && length < max) {
      append(chunk.slice(at), index, pos + at);
      lastSpace = chunk[chunk.length - 1] === ' ';
    }
    const read = stop - t.pos;
    t.pos = stop;
    if (stop >= data.length || length >= max) text = null;
    return Math.max(read, 1);
  };
  const mark = () => {
    if (breaks.last() !== length) breaks.push(length);
  };
  const isBreak = (n: Node) => n.nodeType === ELEMENT && BREAK_TAGS.has((n as Element).tagName.toUpperCase());

  let n: Node | null = root.firstChild;
  let walking = true;
  /** Moves past `n` (not into it), closing the blocks left on the way. */
  const next = () => {
    if (isBreak(n!)) mark();
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (n && n !== root && isBreak(n)) mark();
    }
    if (!n || n === root) {
      walking = false;
      n = null;
    } else n = n.nextSibling;
  };

  const step = (budget: number): boolean => {
    let left = budget;
    while (left > 0 && length < max) {
      if (text) {
        left -= readText(left);
        if (text) continue;
        next();
        continue;
      }
      if (!walking || !n) break;
      left -= NODE_COST;
      if (n.nodeType === TEXT) {
        const data = (n as Text).data;
        if (data.length > MAX_TEXT_NODE_CHARS) {
          // Not read (nor sent to be read: see the page reader), as if it were not there.
        } else if (data.length) {
          text = { data, index: nodes.length, pos: 0 };
          nodes.push(n as Text);
          continue;
        }
        next();
        continue;
      }
      if (n.nodeType === ELEMENT) {
        const el = n as Element;
        const skip = SKIP_TAGS.has(el.tagName.toUpperCase()) || hidden(el) || (opts.ignore?.(el) ?? false);
        if (!skip) {
          if (isBreak(el)) mark();
          if (el.firstChild) {
            n = el.firstChild;
            continue;
          }
        }
      }
      next();
    }
    return !(text || (walking && n)) || length >= max;
  };

  let built: TextMap | null = null;
  return {
    step,
    finish() {
      if (built) return built;
      while (!step(1 << 30));
      const all = pieces.join('');
      built = {
        text: all,
        nodes,
        at(i) {
          if (!(i >= 0 && i < all.length)) return null;
          const k = floor(segStart, i);
          if (k < 0) return null;
          return { node: nodes[segNode.data[k]!]!, offset: segOffset.data[k]! + (i - segStart.data[k]!) };
        },
        breakBefore(i) {
          const k = floor(breaks, i);
          return k >= 0 && breaks.data[k] === i;
        },
      };
      return built;
    },
  };
}

export function buildTextMap(root: Node, opts: TextMapOptions = {}): TextMap {
  return textMapBuilder(root, opts).finish();
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

/** The root the anchors' text map is built over. */
export function anchorRoot(doc: Document): Node {
  return doc.body ?? doc.documentElement;
}

/** `map`: one built beforehand over anchorRoot(doc) with the same options (in steps, by textMapBuilder). */
export function anchorArticle(doc: Document, snapshot: SnapshotText, opts: TextMapOptions = {}, map: TextMap = buildTextMap(anchorRoot(doc), opts)): ArticleAnchors {
  const starts = locateBlocks(map, snapshot.blocks);

  const mapRange = (from: number, to: number): Range | null => {
    if (to <= from || to > map.text.length) return null;
    const first = map.at(from);
    const last = map.at(to - 1);
    if (!first || !last) return null;
    // A map built in slices can be stale by the time it is used: the page may have changed its
    // text since. A range is only given when the live words are still the mapped ones.
    if (!first.node.isConnected || !last.node.isConnected || first.offset >= first.node.length || last.offset >= last.node.length) return null;
    const range = doc.createRange();
    range.setStart(first.node, first.offset);
    range.setEnd(last.node, last.offset + 1);
    if (range.toString().replace(/[\s\u00a0\u200b]+/g, ' ') !== map.text.slice(from, to)) return null;
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
