// In-page UI. Every visible piece lives in its own shadow root, so page CSS cannot restyle it and
// its CSS cannot leak into the page. Hosts are inserted beside the words they annotate (never over
// them): a badge right after the quoted words, the summary as a block after the headline, a date
// after a headline link. remove() takes every host out and re-joins the text nodes it split, so the
// page's DOM is as it was.
import { h, render, type ComponentChild } from 'preact';
import { anchorArticle, type SnapshotText } from '../../core/article/anchors';
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
}

export interface PageUiData {
  snapshot: SnapshotText | null;
  tab: TabAnalysis | null;
  links: { anchor: Element; match: LinkMatch }[];
  t: T;
}

export const HOST_TAG = 'corroborate-ui';
export const isOurHost = (el: Element) => el.tagName.toLowerCase() === HOST_TAG;

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
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-kind', kind);
  host.setAttribute('data-theme', theme);
  // Page stylesheets can target our tag; inline !important keeps the host an unobtrusive box.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', kind === 'summary' ? 'block' : 'inline', 'important');
  const root = host.attachShadow({ mode: 'open' });
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

export function mountPageUi(doc: Document, data: PageUiData): PageUi {
  const placed: Placed[] = [];
  const anchored = new Set<number>();
  const { tab, t } = data;
  let seq = 0;
  const mount = (kind: 'summary' | 'badge' | 'link', near: Element | null, vnode: (id: string) => ComponentChild) => {
    const { host, root } = createHost(doc, kind, themeBehind(near));
    render(vnode(`c${++seq}`), root);
    return host;
  };

  if (tab && data.snapshot && tab.analysis.matches.length) {
    const anchors = anchorArticle(doc, data.snapshot, { ignore: isOurHost });
    const matchOf = (id: string | null) => tab.analysis.matches.find((m) => m.eventId === id) ?? tab.analysis.matches[0] ?? null;
    // All ranges first (they are live, so splitting one text node keeps the others right), then
    // insert from the last position backwards.
    const targets = tab.analysis.discrepancies
      .map((d, i) => ({ d, i, range: anchors.rangeFor(d.start, d.end) }))
      .filter((x): x is { d: (typeof x)['d']; i: number; range: Range } => x.range !== null)
      .sort((a, b) => b.d.end - a.d.end || b.i - a.i);
    for (const { d, i, range } of targets) {
      const near = range.endContainer.parentElement;
      const host = mount('badge', near, (id) => h(DiscrepancyBadge, { id, d, match: matchOf(d.eventId), t }));
      placed.push(insertAtEnd(doc, range, host));
      anchored.add(i);
    }

    const titleRange = data.snapshot.blocks[0]?.tag === 'title' ? anchors.blockRange(0) : null;
    const fromTitle = titleRange ? outermost(titleRange.startContainer, 'h1, h2, h3, h4, h5, h6') : null;
    const headline = fromTitle ?? doc.querySelector('article h1, main h1, h1');
    if (headline) {
      const after = outermost(headline, INTERACTIVE) ?? headline;
      const host = mount('summary', headline, (id) => h(Summary, { id, tab, anchored, t }));
      after.after(host);
      placed.push({ host, split: null });
    }
  }

  for (const { anchor, match } of data.links) {
    if (!anchor.isConnected) continue;
    const host = mount('link', anchor, (id) => h(LinkBadge, { id, match, t }));
    anchor.after(host);
    placed.push({ host, split: null });
  }

  return {
    anchored,
    remove() {
      closeOpenCard();
      // Last placed first, so each split is re-joined with the halves it made.
      for (const { host, split } of placed.splice(0).reverse()) {
        if (host.shadowRoot) render(null, host.shadowRoot);
        host.remove();
        if (split && split.head.nextSibling === split.tail && split.head.isConnected) {
          split.head.appendData(split.tail.data);
          split.tail.remove();
        }
      }
    },
  };
}
