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
const SPACE = /[\s\u00a0\u200b]/;
const WORD = /[\p{L}\p{N}]/u;
const ELEMENT = 1;
const TEXT = 3;

export const MAX_MAP_CHARS = 2_000_000;

/** The live text, whitespace-normalised like the snapshot, with each character's source position. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** Per character of `text`: index into `nodes`, and offset inside that node. */
  nodeIndex: Int32Array;
  nodeOffset: Int32Array;
  /** breaks[i] = 1 when a block boundary or <br> lies just before character i. */
  breaks: Uint8Array;
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

export function buildTextMap(root: Node, opts: TextMapOptions = {}): TextMap {
  const max = opts.maxChars ?? MAX_MAP_CHARS;
  const nodes: Text[] = [];
  let chars: string[] = [];
  let nodeIndex = new Int32Array(1024);
  let nodeOffset = new Int32Array(1024);
  let breaks = new Uint8Array(1025);
  let length = 0;
  let lastSpace = true; // drops leading whitespace, as the snapshot's trim does
  let full = false;

  const grow = () => {
    const size = nodeIndex.length * 2;
    const ni = new Int32Array(size);
    ni.set(nodeIndex);
    const no = new Int32Array(size);
    no.set(nodeOffset);
    const br = new Uint8Array(size + 1);
    br.set(breaks);
    nodeIndex = ni;
    nodeOffset = no;
    breaks = br;
  };
  const push = (ch: string, node: number, offset: number) => {
    if (length >= nodeIndex.length) grow();
    chars.push(ch);
    nodeIndex[length] = node;
    nodeOffset[length] = offset;
    length++;
    if (length >= max) full = true;
  };
  const addText = (t: Text) => {
    const data = t.data;
    const index = nodes.length;
    nodes.push(t);
    for (let i = 0; i < data.length && !full; i++) {
      const ch = data[i]!;
      if (SPACE.test(ch)) {
        if (!lastSpace) push(' ', index, i);
        lastSpace = true;
      } else {
        push(ch, index, i);
        lastSpace = false;
      }
    }
  };
  const mark = () => {
    breaks[length] = 1;
  };
  const isBreak = (n: Node) => n.nodeType === ELEMENT && BREAK_TAGS.has((n as Element).tagName.toUpperCase());

  let n: Node | null = root.firstChild;
  while (n && !full) {
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
  const text = chars.join('');
  chars = [];
  return { text, nodes, nodeIndex: nodeIndex.subarray(0, length), nodeOffset: nodeOffset.subarray(0, length), breaks: breaks.subarray(0, length + 1) };
}

/** Does [start, end) begin and end at a word edge (or a block boundary) of the map? */
function atEdges(map: TextMap, start: number, end: number): boolean {
  const { text, breaks } = map;
  const okStart = start === 0 || breaks[start] === 1 || !WORD.test(text[start - 1]!) || !WORD.test(text[start]!);
  const okEnd = end >= text.length || breaks[end] === 1 || !WORD.test(text[end]!) || !WORD.test(text[end - 1]!);
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
    const startNode = map.nodes[map.nodeIndex[from]!];
    const endNode = map.nodes[map.nodeIndex[to - 1]!];
    if (!startNode || !endNode) return null;
    const range = doc.createRange();
    range.setStart(startNode, map.nodeOffset[from]!);
    range.setEnd(endNode, map.nodeOffset[to - 1]! + 1);
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
