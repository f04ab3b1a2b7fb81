// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { assembleText, normalizeSpace } from '../../../src/core/article/blocks';
import { HOST_ATTR, MAX_FINDING_BADGES, MAX_LINK_BADGES, mountPageUi, rootOf, type PageUi } from '../../../src/ui/page/mount';
import { englishT, fakeDiscrepancy, fakeMatch, fakeTab } from './helpers';

const t = englishT();
let ui: PageUi | null = null;
afterEach(() => {
  ui?.remove();
  ui = null;
  document.body.innerHTML = '';
});

function article(title: string, paragraphs: string[]) {
  document.body.innerHTML = `<header><a href="/">Home</a></header><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const blocks = Array.from(document.querySelectorAll('article p'), (p) => ({ text: normalizeSpace(p.textContent ?? ''), tag: 'p' }));
  return assembleText(title, blocks);
}

function at(text: string, words: string) {
  const start = text.indexOf(words);
  return { quote: words, start, end: start + words.length };
}

const hosts = () => Array.from(document.querySelectorAll(`[${HOST_ATTR}]`)) as HTMLElement[];

describe('mountPageUi', () => {
  it('puts a badge right after the quoted words, inside a shadow root, and a summary after the headline', () => {
    const snap = article('Strikes on the camps', ['Officials said <em>at least 64 people</em> were killed overnight.', 'As of November 1, 2023, the toll stood higher.']);
    const tab = fakeTab({
      discrepancies: [
        fakeDiscrepancy({ ...at(snap.text, 'at least 64 people were killed') }),
        fakeDiscrepancy({ kind: 'dateline', ...at(snap.text, 'November 1, 2023'), record: '2024-11-02', message: 'Wrong year, likely.' }),
      ],
    });
    ui = mountPageUi(document, { snapshot: snap, tab, links: [], t });
    const badges = hosts().filter((h) => h.dataset.kind === 'badge');
    expect(badges).toHaveLength(2);
    for (const host of badges) {
      const before = host.previousSibling!.textContent!;
      const label = rootOf(host)!.querySelector('.label')!.textContent;
      if (label === 'article dated 2 Nov 2024') expect(before.endsWith('November 1, 2023')).toBe(true);
      else {
        expect(label).toBe('64? outlets: 25–95');
        expect(before).toBe(' were killed');
      }
      expect(host.textContent).toBe('');
      // Closed: the page sees the host, not what is in it.
      expect(host.shadowRoot).toBeNull();
      expect(() => host.attachShadow({ mode: 'open' })).toThrow();
    }
    expect(rootOf(document.body)).toBeNull();
    const summary = hosts().find((h) => h.dataset.kind === 'summary')!;
    expect(summary.previousElementSibling!.tagName).toBe('H1');
    expect(rootOf(summary)!.textContent).toContain('Strikes on eastern Khan Younis');
    expect(ui.anchored.size).toBe(2);
  });

  it('leaves the page exactly as it was when removed', () => {
    const snap = article('Title here', ['One <b>two</b> three four.', 'Five six seven.']);
    const before = document.body.innerHTML;
    const textNodes = document.body.querySelectorAll('p')[0]!.childNodes.length;
    ui = mountPageUi(document, { snapshot: snap, tab: fakeTab({ discrepancies: [fakeDiscrepancy({ ...at(snap.text, 'two') }), fakeDiscrepancy({ ...at(snap.text, 'three') }), fakeDiscrepancy({ ...at(snap.text, 'three') })] }), links: [], t });
    expect(hosts()).toHaveLength(4);
    ui.remove();
    ui = null;
    expect(hosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.querySelectorAll('p')[0]!.childNodes.length).toBe(textNodes);
  });

  it('badges nothing inline for a quote it cannot find, but still counts it in the summary', () => {
    const snap = article('Title here', ['The page says one thing.']);
    const tab = fakeTab({ discrepancies: [fakeDiscrepancy({ quote: 'something else', start: snap.text.length - 5, end: snap.text.length + 9 })] });
    ui = mountPageUi(document, { snapshot: { ...snap, blocks: snap.blocks.map((b, i) => (i === 1 ? { ...b, text: 'Readability rewrote this.' } : b)) }, tab, links: [], t });
    expect(hosts().map((h) => h.dataset.kind)).toEqual(['summary']);
    expect(ui.anchored.size).toBe(0);
    const summary = rootOf(hosts()[0]!)!;
    act(() => (summary.querySelector('button.summary') as HTMLButtonElement).click());
    expect(summary.textContent).toContain('(not marked in the text)');
  });

  it('never puts a badge inside a link: it goes after the link', () => {
    const snap = article('Title here', ['Read <a href="/x">the report from 1 Nov</a> for more.']);
    ui = mountPageUi(document, { snapshot: snap, tab: fakeTab({ discrepancies: [fakeDiscrepancy({ ...at(snap.text, 'report from 1 Nov') })] }), links: [], t });
    const host = hosts().find((h) => h.dataset.kind === 'badge')!;
    expect(host.closest('a')).toBeNull();
    expect((host.previousSibling as Element).tagName).toBe('A');
  });

  it('renders page and pack text as text, never as markup', () => {
    const snap = article('Title here', ['A quote with &lt;img src=x onerror=alert(1)&gt; in it.']);
    const tab = fakeTab({
      matches: [fakeMatch({ title: '<img src=x onerror="window.__pwned=1">' })],
      discrepancies: [fakeDiscrepancy({ ...at(snap.text, '<img src=x onerror=alert(1)>'), message: '<b>bold</b>', evidence: [{ outlet: '<script>x</script>', url: 'javascript:alert(1)', value: '<i>v</i>', attributedTo: '', asOf: null }] })],
    });
    ui = mountPageUi(document, { snapshot: snap, tab, links: [], t });
    for (const host of hosts()) {
      const root = rootOf(host)!;
      act(() => root.querySelector('button')!.click());
      expect(root.querySelector('img, b, i, script')).toBeNull();
      expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    }
    expect(rootOf(hosts()[1]!)!.textContent).toContain('<img src=x onerror="window.__pwned=1">');
  });

  it('adds a date badge after matched headline links, and nothing for links without a match', () => {
    document.body.innerHTML = '<ul><li><a id="a" href="/a">Ceasefire between Israel and Hezbollah takes effect</a></li><li><a id="b" href="/b">Harbour festival returns</a></li></ul>';
    const a = document.getElementById('a')!;
    ui = mountPageUi(document, { snapshot: null, tab: null, links: [{ anchor: a, match: { href: '/a', eventId: 'e', title: 'US- and France-brokered ceasefire', date: '2024-11-27', confidence: 0.8 } }], t });
    const host = a.nextElementSibling as HTMLElement;
    expect(host.hasAttribute(HOST_ATTR)).toBe(true);
    expect(rootOf(host)!.textContent).toContain('27 Nov 2024');
    expect(document.getElementById('b')!.nextElementSibling).toBeNull();
  });
});

describe('a badge card', () => {
  function mountOne() {
    const snap = article('Title here', ['Officials said 64 people were killed.']);
    ui = mountPageUi(document, { snapshot: snap, tab: fakeTab({ discrepancies: [fakeDiscrepancy({ ...at(snap.text, '64 people were killed') })] }), links: [], t });
    const root = rootOf(hosts().find((h) => h.dataset.kind === 'badge')!)!;
    return { root, button: root.querySelector('button.badge') as HTMLButtonElement };
  }

  it('is closed until asked for, opens on click with the message and the sources as plain links', () => {
    const { root, button } = mountOne();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.card')).toBeNull();
    expect(root.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toContain('none gives 64');
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const card = root.getElementById(button.getAttribute('aria-controls')!)!;
    expect(card.textContent).toContain('Reports of this event give 25–95 killed; none gives 64.');
    const links = Array.from(card.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://wire.example/a', 'https://paper.example/b']);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('closes on Escape, on a click outside, and on a second click', () => {
    const { root, button } = mountOne();
    act(() => button.click());
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    expect(root.querySelector('.card')).not.toBeNull();
    act(() => void document.body.dispatchEvent(new Event('pointerdown', { bubbles: true, composed: true })));
    expect(root.querySelector('.card')).toBeNull();
    act(() => button.click());
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens on focus without pinning, and closes when focus leaves', () => {
    const { root, button } = mountOne();
    act(() => button.focus());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    act(() => void button.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: document.body })));
    expect(root.querySelector('.card')).toBeNull();
  });

  it('places a badge inside the headline and the summary after it, from one reading of the text', () => {
    const snap = article('Strike kills 64 in the camp', ['Officials gave the toll on Sunday.']);
    const before = document.body.innerHTML;
    const tab = fakeTab({ discrepancies: [fakeDiscrepancy({ ...at(snap.text, 'kills 64') })] });
    ui = mountPageUi(document, { snapshot: snap, tab, links: [], t });
    expect(ui.failed).toBeNull();
    const badge = hosts().find((h) => h.dataset.kind === 'badge')!;
    expect(badge.closest('h1')).not.toBeNull();
    expect(hosts().find((h) => h.dataset.kind === 'summary')!.previousElementSibling!.tagName).toBe('H1');
    ui.remove();
    ui = null;
    expect(document.body.innerHTML).toBe(before);
  });

  it('places at most the capped number of finding badges, warnings first, and says how many it left out', () => {
    const words = Array.from({ length: 30 }, (_, i) => `fact${i}`);
    const snap = article('Many findings', [words.join(' ') + '.']);
    const list = words.map((w, i) => fakeDiscrepancy({ ...at(snap.text, w), severity: i === 29 ? 'warning' : 'info' }));
    ui = mountPageUi(document, { snapshot: snap, tab: fakeTab({ discrepancies: list }), links: [], t });
    const badges = hosts().filter((h) => h.dataset.kind === 'badge');
    expect(badges).toHaveLength(MAX_FINDING_BADGES);
    expect(ui.hidden).toBe(30 - MAX_FINDING_BADGES);
    expect(ui.anchored.has(29)).toBe(true); // the one warning, though it comes last
    expect(ui.anchored.has(0)).toBe(true);
    expect(ui.anchored.has(28)).toBe(false);
  });

  it('places at most the capped number of link dates', () => {
    document.body.innerHTML = Array.from({ length: 60 }, (_, i) => `<p><a id="l${i}" href="/s${i}">Story ${i}</a></p>`).join('');
    const links = Array.from({ length: 60 }, (_, i) => ({ anchor: document.getElementById(`l${i}`)!, match: { href: `/s${i}`, eventId: 'e', title: 'An event', date: '2024-11-27', confidence: 0.8 } }));
    ui = mountPageUi(document, { snapshot: null, tab: null, links, t });
    expect(hosts()).toHaveLength(MAX_LINK_BADGES);
    expect(ui.hidden).toBe(60 - MAX_LINK_BADGES);
  });

  it('takes out everything it placed when placing fails part way, and says why', () => {
    const snap = article('Title', ['First fact here.', 'Second fact here.']);
    const before = document.body.innerHTML;
    const tab = fakeTab({ discrepancies: [fakeDiscrepancy({ ...at(snap.text, 'First fact') }), fakeDiscrepancy({ ...at(snap.text, 'Second fact') })] });
    // The page breaks insertion after the first badge went in (a hostile script, a frozen node).
    const original = Range.prototype.insertNode;
    let calls = 0;
    Range.prototype.insertNode = function (this: Range, node: Node) {
      if (++calls > 1) throw new Error('the page said no');
      return original.call(this, node);
    };
    try {
      ui = mountPageUi(document, { snapshot: snap, tab, links: [], t });
    } finally {
      Range.prototype.insertNode = original;
    }
    expect(calls).toBe(2);
    expect(ui.failed).toContain('the page said no');
    expect(ui.anchored.size).toBe(0);
    expect(hosts()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does not take a page element that copies our attribute for one of ours', () => {
    const snap = article('Title', ['The figure <span data-corroborate>was 64</span> people.']);
    const tab = fakeTab({ discrepancies: [fakeDiscrepancy({ ...at(snap.text, 'was 64') })] });
    ui = mountPageUi(document, { snapshot: snap, tab, links: [], t });
    expect(ui.anchored.size).toBe(1);
  });
});
