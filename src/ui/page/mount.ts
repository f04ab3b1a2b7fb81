// In-page UI. Every visible piece lives in its own shadow root, so page CSS cannot restyle it and
// its CSS cannot leak into the page. Hosts are inserted beside the words they annotate (never over
// them): a badge right after the quoted words, the summary as a block after the headline, a date
// after a headline link. remove() takes every host out and re-joins the text nodes it split, so the
// page's DOM is as it was.
import { h, render, type ComponentChild } from 'preact';
import { anchorArticle, type SnapshotText, type TextMap } from '../../core/article/anchors';
import type { LinkMatch, TabAnalysis } from '../../messaging/protocol';
import type { T } from '../i18n';
import { DiscrepancyBadge } from './badge';
import { closeOpenCard } from './disclosure';
import { LinkBadge } from './link-badge';
import { Summary } from './summary';
import css from './page.css?inline';

export interface PageUi {
  remove(): void;
  /** Discrepancy indexes shown beside their words. */
  anchored: ReadonlySet<number>;
  /** Findings and link dates not placed because of the caps (they are all in the popup). */
  hidden: number;
  /** Why nothing could be placed: placing failed part way and everything placed was taken out. */
  failed: string | null;
  /** True while every host placed is still in the document (a page may replace its own DOM). */
  intact(): boolean;
}

export interface PageUiData {
  snapshot: SnapshotText | null;
  tab: TabAnalysis | null;
  links: { anchor: Element; match: LinkMatch }[];
  t: T;
}

// Hosts are plain <span>/<div> elements: a page can define a custom element of any name before we
// run (and attach its own shadow root to it), but it cannot redefine the built-in ones. They carry
// data-corroborate so that tests and our own styles find them; ours are told apart by identity,
// so a page element that copies the attribute is still read as page text.
// Their shadow roots are closed: a page script sees the host and its place, never what is
// inside (which events we matched, which outlets said what). Only this module holds the roots.
export const HOST_ATTR = 'data-corroborate';
const roots = new WeakMap<Element, ShadowRoot>();
export const isOurHost = (el: Element) => roots.has(el);
/** The closed shadow root of one of our hosts (for our own code and tests), or null. */
export const rootOf = (el: Element): ShadowRoot | null => roots.get(el) ?? null;

/**
 * At most this many findings are placed beside their words, and this many dates beside headline
 * links; the rest are listed in the popup. A page that yields hundreds of either is not made
 * unreadable by us: the first findings are the ones in reading order, and warnings go first.
 */
export const MAX_FINDING_BADGES = 12;
export const MAX_LINK_BADGES = 40;

// Inserting inside these would make our button part of the page's control (a click would follow
// the link or submit the form), so the badge goes right after the outermost one.
const INTERACTIVE = 'a, button, label, summary, select, textarea, [contenteditable]:not([contenteditable="false"])';

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** One constructed sheet per document, shared by all hosts; it is not subject to the page's CSP. */
function sheetFor(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc)!;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (Ctor) {
      sheet = new Ctor();
      sheet.replaceSync(css);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

function createHost(doc: Document, kind: 'summary' | 'badge' | 'link', theme: 'light' | 'dark'): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(kind === 'summary' ? 'div' : 'span');
  host.setAttribute(HOST_ATTR, '');
  host.setAttribute('data-kind', kind);
  host.setAttribute('data-theme', theme);
  // Page stylesheets can target our tag; inline !important keeps the host an unobtrusive box.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', kind === 'summary' ? 'block' : 'inline', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  const sheet = sheetFor(doc);
  let adopted = false;
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      adopted = true;
    } catch {
      adopted = false;
    }
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

function parseRgb(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), a];
}

/** Dark when the first opaque background behind `el` is dark: the badges follow the page, not the OS. */
export function themeBehind(el: Element | null): 'light' | 'dark' {
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return 'light';
  for (let n: Element | null = el; n; n = n.parentElement) {
    const rgb = parseRgb(view.getComputedStyle(n).backgroundColor);
    if (rgb && rgb[3] > 0.5) {
      const lum = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
      return lum < 0.45 ? 'dark' : 'light';
    }
  }
  // A transparent page shows the canvas, which is dark only if the page opted into dark schemes.
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme ?? '';
  return scheme.includes('dark') && view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function outermost(node: Node, selector: string): Element | null {
  let found: Element | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.matches(selector)) found = el;
    if (el.tagName === 'BODY') break;
  }
  return found;
}

interface Placed {
  host: HTMLElement;
  /** When inserting split a text node: the two halves, re-joined on removal. */
  split: { head: Text; tail: Text } | null;
}

/** Puts `host` at the collapsed end of `range`, or after the link/control that contains it. */
function insertAtEnd(doc: Document, range: Range, host: HTMLElement): Placed {
  const node = range.endContainer;
  const offset = range.endOffset;
  const blocker = outermost(node, INTERACTIVE);
  if (blocker) {
    blocker.after(host);
    return { host, split: null };
  }
  if (node.nodeType === 3) {
    const text = node as Text;
    if (offset >= text.length) {
      text.after(host);
      return { host, split: null };
    }
    const at = doc.createRange();
    at.setStart(text, offset);
    at.collapse(true);
    at.insertNode(host); // splits the text node at the quote's end
    const tail = host.nextSibling;
    return { host, split: tail && tail.nodeType === 3 ? { head: text, tail: tail as Text } : null };
  }
  const at = doc.createRange();
  at.setStart(node, offset);
  at.collapse(true);
  at.insertNode(host);
  return { host, split: null };
}

/** Takes out every placed host, last first, re-joining the text nodes each split. */
function unplace(placed: Placed[]): void {
  for (const { host, split } of placed.splice(0).reverse()) {
    const root = roots.get(host);
    if (root) render(null, root);
    host.remove();
    if (split && split.head.nextSibling === split.tail && split.head.isConnected) {
      split.head.appendData(split.tail.data);
      split.tail.remove();
    }
  }
}

/**
 * `map`: the text map of the page, built beforehand over anchorRoot(doc) with `{ ignore: isOurHost }`
 * (the content script builds it in slices); built here when not given.
 */
export function mountPageUi(doc: Document, data: PageUiData, map?: TextMap): PageUi {
  const placed: Placed[] = [];
  const anchored = new Set<number>();
  const { tab, t } = data;
  let hidden = 0;
  let seq = 0;
  // Each theme reads computed styles, which after an insertion of ours would make the browser
  // work out the page's styles again: on a big page that is the dearest part of placing badges.
  // So every theme is read before anything is inserted (see the first use below).
  const themes = new Map<Element | null, 'light' | 'dark'>();
  const theme = (near: Element | null) => {
    let v = themes.get(near);
    if (!v) themes.set(near, (v = themeBehind(near)));
    return v;
  };
  const mount = (kind: 'summary' | 'badge' | 'link', near: Element | null, vnode: (id: string) => ComponentChild) => {
    const { host, root } = createHost(doc, kind, theme(near));
    render(vnode(`c${++seq}`), root);
    return host;
  };
  const ui = (failed: string | null): PageUi => ({
    anchored,
    hidden,
    failed,
    intact: () => placed.every((p) => p.host.isConnected),
    remove() {
      closeOpenCard();
      unplace(placed);
    },
  });

  try {
    const links = data.links.filter(({ anchor }) => anchor.isConnected);
    for (const { anchor } of links.slice(0, MAX_LINK_BADGES)) theme(anchor);
    if (tab && data.snapshot && tab.analysis.matches.length) {
      const anchors = anchorArticle(doc, data.snapshot, { ignore: isOurHost }, map);
      const matchOf = (id: string | null) => tab.analysis.matches.find((m) => m.eventId === id) ?? tab.analysis.matches[0] ?? null;
      // Every position is worked out from the one text map before the DOM is touched: ranges are
      // live, so inserting a host later splits text nodes without moving them, but the text map
      // itself would be stale after the first insertion.
      const all = tab.analysis.discrepancies
        .map((d, i) => ({ d, i, range: anchors.rangeFor(d.start, d.end) }))
        .filter((x): x is { d: (typeof x)['d']; i: number; range: Range } => x.range !== null);
      const chosen = [...all].sort((a, b) => Number(b.d.severity === 'warning') - Number(a.d.severity === 'warning') || a.d.start - b.d.start).slice(0, MAX_FINDING_BADGES);
      hidden += all.length - chosen.length;
      const titleRange = data.snapshot.blocks[0]?.tag === 'title' ? anchors.blockRange(0) : null;
      const fromTitle = titleRange ? outermost(titleRange.startContainer, 'h1, h2, h3, h4, h5, h6') : null;
      const headline = fromTitle ?? doc.querySelector('article h1, main h1, h1');
      for (const { range } of chosen) theme(range.endContainer.parentElement);
      theme(headline);
      // Insert from the last position backwards.
      for (const { d, i, range } of chosen.sort((a, b) => b.d.end - a.d.end || b.i - a.i)) {
        const near = range.endContainer.parentElement;
        const host = mount('badge', near, (id) => h(DiscrepancyBadge, { id, d, match: matchOf(d.eventId), t }));
        placed.push(insertAtEnd(doc, range, host));
        anchored.add(i);
      }
      if (headline && headline.isConnected) {
        const after = outermost(headline, INTERACTIVE) ?? headline;
        const host = mount('summary', headline, (id) => h(Summary, { id, tab, anchored, t }));
        after.after(host);
        placed.push({ host, split: null });
      }
    }

    hidden += Math.max(0, links.length - MAX_LINK_BADGES);
    for (const { anchor, match } of links.slice(0, MAX_LINK_BADGES)) {
      const host = mount('link', anchor, (id) => h(LinkBadge, { id, match, t }));
      anchor.after(host);
      placed.push({ host, split: null });
    }
  } catch (err) {
    // Never half a UI: whatever was placed comes out again, and the popup says why.
    closeOpenCard();
    unplace(placed);
    anchored.clear();
    return ui(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  }
  return ui(null);
}
