// The page as the background reads it. Readability and the rest of the article reader run in the
// background over a parsed copy of the page, not on the reader's main thread, where one parse of a
// big page is a task of hundreds of milliseconds that nobody can cut up. What goes to the background
// is a reduced HTML of the live document, written here in steps that a caller can spread over many
// short tasks:
// - only what the reader uses: elements with their text; the attributes Readability and the date
//   and metadata readers look at (class, id, itemprop, rel, href, content, datetime, hidden, style…),
//   each cut to MAX_ATTR_CHARS; JSON-LD scripts; the head's title, meta and canonical link;
// - no scripts, styles, SVG, media, frames or form controls, and none of our own hosts;
// - no text node longer than MAX_TEXT_NODE_CHARS (the anchors' text map leaves them out too, so the
//   two texts stay the same), and no text past MAX_READ_TEXT_CHARS in all.
import { MAX_TEXT_NODE_CHARS } from './anchors';
import { ELEMENT, TEXT } from './node-kinds';

/** Text taken from a page in all; the analysed text is capped far below this (blocks.ts). */
export const MAX_READ_TEXT_CHARS = 1_000_000;
/** An attribute value longer than this is cut: class and id weights need a few words, not a megabyte. */
export const MAX_ATTR_CHARS = 400;
/** A hard stop on the written HTML, whatever the page's markup: well inside a runtime message. */
export const MAX_PAGE_HTML_CHARS = 4_000_000;

const DROP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'CANVAS',
  'VIDEO', 'AUDIO', 'SOURCE', 'TRACK', 'PICTURE', 'IMG', 'MAP', 'AREA', 'INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'OPTION',
  'DIALOG', 'SLOT', 'PORTAL',
]);
const VOID = new Set(['BR', 'HR', 'META', 'LINK', 'BASE', 'COL', 'WBR']);
const ATTRS = [
  'id', 'class', 'lang', 'dir', 'hidden', 'aria-hidden', 'role', 'itemprop', 'itemscope', 'itemtype', 'rel', 'href',
  'property', 'name', 'content', 'datetime', 'type', 'style', 'charset', 'http-equiv',
];
const NODE_COST = 40;

export interface TextOptions {
  /** Elements left out with their subtree (our own badge hosts). */
  ignore?: (el: Element) => boolean;
}

export interface PageReader {
  /** Does about `budget` units of work (a character written is one, a node visited 40); true when done. */
  step(budget: number): boolean;
  /** The HTML; runs what is left first. */
  finish(): string;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Tag names as HTML writes them; anything else (a custom element's odd name) is read as a div. */
const tagName = (el: Element) => {
  const t = el.tagName.toLowerCase();
  return /^[a-z][a-z0-9-]*$/.test(t) ? t : 'div';
};

function kept(el: Element, ignore: TextOptions['ignore']): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SCRIPT') return /ld\+json/i.test(el.getAttribute('type') ?? '');
  if (tag === 'LINK') return /\bcanonical\b/i.test(el.getAttribute('rel') ?? '');
  if (DROP.has(tag)) return false;
  return !(ignore?.(el) ?? false);
}

function openTag(el: Element): string {
  let out = `<${tagName(el)}`;
  for (const name of ATTRS) {
    const v = el.getAttribute(name);
    if (v === null) continue;
    out += v === '' ? ` ${name}` : ` ${name}="${escapeAttr(v.length > MAX_ATTR_CHARS ? v.slice(0, MAX_ATTR_CHARS) : v)}"`;
  }
  return `${out}>`;
}

/** The reduced HTML of `doc`, written in steps (see the file's head). */
export function pageReader(doc: Document, opts: TextOptions = {}): PageReader {
  const parts: string[] = ['<!doctype html>'];
  let written = parts[0]!.length;
  let textChars = 0;
  const root = doc.documentElement;
  let n: Node | null = root;
  let done = !root;
  const emit = (s: string) => {
    parts.push(s);
    written += s.length;
  };
  const close = (node: Node) => {
    if (node.nodeType === ELEMENT && !VOID.has((node as Element).tagName.toUpperCase())) emit(`</${tagName(node as Element)}>`);
  };
  /** Past `n` (not into it), closing the elements left on the way. */
  const next = () => {
    while (n && n !== root && !n.nextSibling) {
      n = n.parentNode;
      if (n) close(n);
    }
    if (!n || n === root) {
      done = true;
      n = null;
    } else n = n.nextSibling;
  };
  /** Out of room: close every element still open, from `n`'s parent up. */
  const stop = () => {
    for (let p = n?.parentNode ?? null; p && p.nodeType === ELEMENT; p = p.parentNode) {
      close(p);
      if (p === root) break;
    }
    done = true;
    n = null;
  };

  const step = (budget: number): boolean => {
    let left = budget;
    while (!done && n && left > 0) {
      left -= NODE_COST;
      if (written > MAX_PAGE_HTML_CHARS) {
        stop();
        break;
      }
      if (n.nodeType === TEXT) {
        const data = (n as Text).data;
        const inScript = n.parentNode?.nodeType === ELEMENT && (n.parentNode as Element).tagName.toUpperCase() === 'SCRIPT';
        if (data.length <= MAX_TEXT_NODE_CHARS) {
          if (inScript) {
            emit(data.replace(/<\//g, '<\\/'));
          } else {
            if (textChars + data.length > MAX_READ_TEXT_CHARS) {
              stop();
              break;
            }
            textChars += data.length;
            emit(escapeText(data));
          }
          left -= data.length;
        }
        next();
        continue;
      }
      if (n.nodeType === ELEMENT) {
        const el = n as Element;
        if (n === root || kept(el, opts.ignore)) {
          emit(openTag(el));
          if (el.firstChild && !VOID.has(el.tagName.toUpperCase())) {
            n = el.firstChild;
            continue;
          }
          if (n === root) close(n);
          else close(el);
        }
      }
      if (n === root) {
        done = true;
        break;
      }
      next();
    }
    return done;
  };

  return {
    step,
    finish() {
      while (!step(1 << 30));
      return parts.join('');
    },
  };
}
