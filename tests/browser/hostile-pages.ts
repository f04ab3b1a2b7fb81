// A generated suite of hostile pages of our own, in five categories: broken and adversarial markup,
// injection payloads in text and metadata, huge and deeply nested documents, single-page-app
// behaviour, and odd encodings. Most pages carry our test article (tests/fixtures/pages), so the
// extension reads, analyses and badges them; the rest are there to be survived. Deterministic: the
// same seed gives the same pages. Used by tests/browser/hostile-suite.test.ts (a sample) and by
// `npm run bench -- --hostile` (all of them, with the main-thread budget).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type Route } from './harness';

export type Category = 'markup' | 'injection' | 'huge' | 'spa' | 'encoding';

export interface HostilePage {
  path: string;
  category: Category;
  /** What the page does, for reports. */
  name: string;
  route: Route;
  /** The page changes its own text (so "page text unchanged" cannot be checked on it). */
  selfChanging: boolean;
  /** Path the SPA pages navigate to at the end, where none of our hosts may remain. */
  leaveBy?: string;
}

const STRIKES = readFileSync(join(FIXTURES, 'pages/ui-strikes-article.html'), 'utf8');
const HEAD = STRIKES.slice(0, STRIKES.indexOf('<body>'));
const ARTICLE = STRIKES.slice(STRIKES.indexOf('<article>'), STRIKES.indexOf('</article>') + '</article>'.length);
const PARAGRAPHS = [...ARTICLE.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
const FRONT = readFileSync(join(FIXTURES, 'pages/ui-front-page.html'), 'utf8');

function random(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const html = (body: string, head = HEAD) => `${head}<body>\n${body}\n</body></html>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Maker = (r: ReturnType<typeof random>, i: number) => Omit<HostilePage, 'path' | 'category'>;

const markup: Maker[] = [
  (r) => {
    const tags = ['div', 'span', 'b', 'i', 'table', 'td', 'li', 'p', 'font', 'center'];
    const junk = Array.from({ length: 20 + r.int(60) }, () => `<${r.pick(tags)}>`).join('');
    return { name: 'unclosed tags around the article', route: html(`${junk}${ARTICLE}${junk}`), selfChanging: false };
  },
  (r) => {
    const depth = 20 + r.int(150);
    return { name: `article inside ${depth} nested tables`, route: html(`${'<table><tr><td>'.repeat(depth)}${ARTICLE}${'</td></tr></table>'.repeat(depth)}`), selfChanging: false };
  },
  (r) => ({
    name: 'page elements that copy our attributes',
    route: html(`${ARTICLE.replace('<p>', `<p><span data-corroborate data-kind="${r.pick(['badge', 'summary', 'link'])}">page span</span> `)}<div data-corroborate data-kind="summary">page div</div>`),
    selfChanging: false,
  }),
  (r) => ({
    name: 'custom elements with their own shadow roots around the text',
    route: html(
      `<script>customElements.define('x-wrap', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: '${r.pick(['open', 'closed'])}' }).innerHTML = '<slot></slot><b>shadow</b>'; } });</script><x-wrap>${ARTICLE}</x-wrap>`,
    ),
    selfChanging: false,
  }),
  () => ({
    name: 'page CSS aimed at our hosts and at every span and div',
    route: html(`<style>[data-corroborate]{display:none!important} span,div{all:unset!important;font-size:40px!important} *{letter-spacing:9px}</style>${ARTICLE}`),
    selfChanging: false,
  }),
  () => ({ name: 'contenteditable body', route: html(`<div contenteditable="true">${ARTICLE}</div>`), selfChanging: false }),
  () => ({ name: 'display: contents everywhere', route: html(`<style>*{display:contents}</style>${ARTICLE}`), selfChanging: false }),
  (r) => ({
    name: 'article in an iframe srcdoc and in a template',
    route: html(`<iframe srcdoc="${html(ARTICLE).replace(/"/g, '&quot;')}"></iframe><template>${ARTICLE}</template><p>${esc(r.pick(PARAGRAPHS))}</p>`),
    selfChanging: false,
  }),
  () => ({ name: 'svg and math text in the article', route: html(ARTICLE.replace('</article>', '<svg><text>64 killed</text></svg><math><mi>x</mi></math></article>')), selfChanging: false }),
  (r) => ({ name: 'huge attribute values', route: html(ARTICLE.replace('<article>', `<article data-x="${'a'.repeat(100_000 + r.int(900_000))}" class="${'c '.repeat(5000)}">`)), selfChanging: false }),
  () => ({
    name: 'a <corroborate-ui> element defined by the page',
    route: html(`<script>customElements.define('corroborate-ui', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = 'taken'; } });</script>${ARTICLE}`),
    selfChanging: false,
  }),
  () => ({ name: 'no body, no head', route: ARTICLE, selfChanging: false }),
];

const payloads = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '__proto__ constructor prototype',
  '\u202eat least 46\u202c',
  '6\u200b4 people',
  '٦٤ people',
  '<svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '\u0000\u0001\u0007',
  '𝟔𝟒 killed',
];

const injection: Maker[] = [
  (r) => {
    const p = r.pick(payloads);
    return { name: `payload in the text: ${JSON.stringify(p).slice(0, 40)}`, route: html(ARTICLE.replace('</article>', `<p>${esc(p)} were killed on ${esc(p)}.</p></article>`)), selfChanging: false };
  },
  (r) => {
    const p = r.pick(payloads);
    const head = HEAD.replace('<meta property="og:type" content="article">', `<meta property="og:type" content="article"><meta property="og:title" content="${esc(p)}"><meta property="article:published_time" content="${r.pick(['9999-99-99', esc(p), '', '2024-13-45T99:99', '-271821-04-20'])}">`);
    return { name: 'payloads in metadata', route: html(ARTICLE, head), selfChanging: false };
  },
  (r) => ({
    name: 'malformed and huge JSON-LD',
    route: html(ARTICLE, HEAD.replace('</head>', `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":${r.pick(['"tomorrow"', '{"__proto__":{"x":1}}', '[' + '1,'.repeat(100_000) + '1]', '"' + 'x'.repeat(200_000) + '"'])}</script><script type="application/ld+json">{broken</script></head>`)),
    selfChanging: false,
  }),
  (r) => ({ name: 'a headline of tens of thousands of characters', route: html(ARTICLE.replace(/<h1>[^<]*<\/h1>/, `<h1>${'Strikes on Nuseirat '.repeat(1000 + r.int(4000))}</h1>`)), selfChanging: false }),
  (r) => ({
    name: 'javascript: and data: links on a front page',
    route: FRONT.replace(/href="([^"]*)"/g, (m, h: string) => (r.next() < 0.5 ? `href="javascript:window.__pwned=1//${h}"` : `href="data:text/html,${encodeURIComponent(h)}"`)),
    selfChanging: false,
  }),
  (r) => ({ name: 'payloads in every paragraph', route: html(ARTICLE.replace(/<p>/g, () => `<p>${esc(r.pick(payloads))} `)), selfChanging: false }),
];

const huge: Maker[] = [
  (r) => {
    const n = r.pick([2_000, 10_000, 30_000]);
    return { name: `${n} paragraphs after the article`, route: html(ARTICLE + Array.from({ length: n }, (_, k) => `<p>Paragraph ${k} of the archive, with nothing in it.</p>`).join('')), selfChanging: false };
  },
  (r) => {
    const depth = r.pick([500, 1_000, 2_000]);
    return { name: `article under ${depth} nested divs`, route: html(`${'<div>'.repeat(depth)}${ARTICLE}${'</div>'.repeat(depth)}`), selfChanging: false };
  },
  (r) => {
    const mb = r.pick([1, 3, 10]);
    return { name: `one text node of ${mb} MB`, route: html(ARTICLE.replace('</article>', `<p>${'word '.repeat((mb * 2 ** 20) / 5)}</p></article>`)), selfChanging: false };
  },
  (r) => {
    const n = r.pick([1_000, 5_000]);
    const links = Array.from({ length: n }, (_, k) => `<li><a href="/story/${k}">Strike on Khan Younis kills ${k} people, health ministry says</a></li>`).join('');
    return { name: `front page with ${n} headline links`, route: html(`<h1>World news</h1><ul>${links}</ul>`), selfChanging: false };
  },
  (r) => {
    const cells = r.pick([5_000, 20_000]);
    return { name: `table of ${cells} cells beside the article`, route: html(ARTICLE + `<table>${Array.from({ length: cells / 10 }, () => `<tr>${'<td>64 killed</td>'.repeat(10)}</tr>`).join('')}</table>`), selfChanging: false };
  },
];

// SPA pages: scripts that navigate, rewrite and tear at the page after it loaded.
const spaScript = (body: string) => `<script>addEventListener('load', () => { ${body} });</script>`;
const spa: Maker[] = [
  (r) => {
    const every = r.pick([10, 50, 100]);
    return { name: `pushState every ${every} ms for 2 s`, route: html(ARTICLE + spaScript(`let i = 0; const t = setInterval(() => { history.pushState({}, '', '?p=' + i++); if (i > ${2000 / every}) clearInterval(t); }, ${every});`)), selfChanging: false, leaveBy: 'empty' };
  },
  (r) => ({
    name: 'the article is replaced by another story and back',
    route: html(
      `<div id="app">${ARTICLE}</div>` +
        spaScript(`const a = document.getElementById('app').innerHTML; setTimeout(() => { history.pushState({}, '', '/other'); document.getElementById('app').innerHTML = '<h1>Harbour festival returns</h1><p>Boats and music on the quay.</p>'; }, ${300 + r.int(700)}); setTimeout(() => { history.pushState({}, '', '/back'); document.getElementById('app').innerHTML = a; }, 2000);`),
    ),
    selfChanging: true,
    leaveBy: 'empty',
  }),
  () => ({ name: 'the page removes our hosts as they appear', route: html(ARTICLE + spaScript(`new MutationObserver(() => document.querySelectorAll('[data-corroborate]').forEach((h) => h.remove())).observe(document.body, { childList: true, subtree: true });`)), selfChanging: false }),
  () => ({ name: 'the page moves its paragraphs around', route: html(ARTICLE + spaScript(`let k = 0; const t = setInterval(() => { const ps = document.querySelectorAll('article p'); const p = ps[k++ % ps.length]; p.parentNode.appendChild(p); if (k > 30) clearInterval(t); }, 60);`)), selfChanging: true }),
  (r) => ({ name: 'hashchange spam', route: html(ARTICLE + spaScript(`let i = 0; const t = setInterval(() => { location.hash = 'h' + i++; if (i > ${50 + r.int(150)}) clearInterval(t); }, 10);`)), selfChanging: false }),
  () => ({
    name: 'events with our and WXT names fired at the content script',
    route: html(ARTICLE + spaScript(`for (let i = 0; i < 300; i++) { window.dispatchEvent(new Event('wxt:locationchange')); document.dispatchEvent(new CustomEvent('corroborate', { detail: i })); window.postMessage({ type: 'wxt:content-script-started', corroborate: 1 }, '*'); }`)),
    selfChanging: false,
  }),
  () => ({ name: 'a page that rewrites its text every 100 ms', route: html(ARTICLE + spaScript(`let i = 0; const t = setInterval(() => { document.querySelector('.credit').textContent = 'Update ' + i++; if (i > 20) clearInterval(t); }, 100);`)), selfChanging: true }),
];

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}
const latin1 = (s: string) => Uint8Array.from(s.replace(/[^\u0000-\u00ff]/g, '?'), (c) => c.charCodeAt(0));

const encoding: Maker[] = [
  () => ({ name: 'windows-1252 bytes, declared in the header', route: { body: latin1(html(ARTICLE.replace('Deir al-Balah', 'Deir al-Balah – café'), HEAD.replace('<meta charset="utf-8">', ''))), type: 'text/html; charset=windows-1252' }, selfChanging: false }),
  () => ({ name: 'ISO-8859-1 declared only in a meta tag', route: { body: latin1(html(ARTICLE, HEAD.replace('<meta charset="utf-8">', '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">'))), type: 'text/html' }, selfChanging: false }),
  () => ({ name: 'UTF-16LE with a BOM', route: { body: utf16le(html(ARTICLE, HEAD.replace('<meta charset="utf-8">', ''))), type: 'text/html' }, selfChanging: false }),
  () => ({ name: 'UTF-8 bytes declared as Shift_JIS', route: { body: new TextEncoder().encode(html(ARTICLE.replace('Nuseirat', 'Nuṣeirāt'))), type: 'text/html; charset=shift_jis' }, selfChanging: false }),
  (r) => {
    const bytes = new TextEncoder().encode(html(ARTICLE));
    const broken = new Uint8Array(bytes);
    for (let k = 0; k < 50; k++) broken[500 + r.int(bytes.length - 600)] = r.pick([0xff, 0xfe, 0xc0, 0x80, 0x00]);
    return { name: 'invalid UTF-8 and NUL bytes sprinkled in', route: { body: broken, type: 'text/html; charset=utf-8' }, selfChanging: false };
  },
  () => ({ name: 'no charset anywhere, CRLF line ends', route: { body: new TextEncoder().encode(html(ARTICLE, HEAD.replace('<meta charset="utf-8">', '')).replace(/\n/g, '\r\n')), type: 'text/html' }, selfChanging: false }),
  () => ({ name: 'served as text/plain', route: { body: html(ARTICLE), type: 'text/plain; charset=utf-8' }, selfChanging: false }),
  () => ({ name: 'served as XHTML', route: { body: `<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Strikes</title></head><body>${ARTICLE.replace(/<p class="credit">Source :<\/p>/, '<p class="credit">Source :</p>')}</body></html>`, type: 'application/xhtml+xml' }, selfChanging: false }),
];

const MAKERS: Record<Category, Maker[]> = { markup, injection, huge, spa, encoding };
/** Share of the suite per category. */
const SHARE: Record<Category, number> = { markup: 0.25, injection: 0.2, huge: 0.15, spa: 0.2, encoding: 0.2 };

/** The empty view the SPA pages are sent to at the end of a visit. */
export const EMPTY_PATH = '/hostile/empty.html';
export const EMPTY_PAGE = html('<div id="app"><p>Nothing here.</p></div>');

export function hostilePages(count = 500, seed = 20261207): HostilePage[] {
  const r = random(seed);
  const pages: HostilePage[] = [];
  for (const category of Object.keys(MAKERS) as Category[]) {
    const makers = MAKERS[category];
    const n = Math.round(count * SHARE[category]);
    for (let i = 0; i < n; i++) {
      const made = makers[i % makers.length]!(r, i);
      pages.push({ ...made, category, path: `/hostile/${category}/${String(i).padStart(3, '0')}.html` });
    }
  }
  return pages;
}

/** An evenly spread sample of `n` pages, every category and maker represented. */
export function hostileSample(all: HostilePage[], n: number): HostilePage[] {
  const step = all.length / n;
  return Array.from({ length: n }, (_, k) => all[Math.floor(k * step)]!);
}
