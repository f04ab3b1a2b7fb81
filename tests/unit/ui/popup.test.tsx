// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackSummary } from '../../../src/messaging/protocol';
import { datasetCoverage } from '../../../src/ui/popup/coverage';
import { Popup, type PopupProps } from '../../../src/ui/popup/popup';
import { fakeMeta } from '../factories';
import { englishT, fakeDetail, fakeDiscrepancy, fakeMatch, fakeTab } from './helpers';

const t = englishT();
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(overrides: Partial<PopupProps>) {
  root = document.createElement('div');
  document.body.append(root);
  const props: PopupProps = {
    state: { status: 'loading' },
    t,
    search: { status: 'idle' },
    detail: null,
    attribution: ['Corroborate curated events', 'Tech for Palestine'],
    coverage: null,
    datasetError: null,
    onSearch: vi.fn(),
    onOpenEvent: vi.fn(),
    onBack: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
  act(() => render(<Popup {...props} />, root));
  return props;
}

describe('the popup', () => {
  it('says what it is doing while loading, and while the dataset installs', () => {
    show({ state: { status: 'loading' } });
    expect(root.textContent).toContain('Reading this page…');
    show({ state: { status: 'installing' } });
    expect(root.textContent).toContain('The dataset is still being installed');
    expect(root.querySelector('input[type=search]')).toBeNull();
  });

  it('gives the install failure with its message', () => {
    show({ state: { status: 'dataset-error', message: 'The bundled dataset is damaged: bad header' } });
    expect(root.querySelector('[role=alert]')!.textContent).toBe('The dataset could not be installed: The bundled dataset is damaged: bad header');
  });

  it('explains a page that is not an article and offers the search', () => {
    show({ state: { status: 'empty' } });
    expect(root.textContent).toContain('This page was not read as a news article.');
    expect(root.querySelector('input[type=search]')).not.toBeNull();
  });

  it('tells an article with no known event apart from a page that is not an article', () => {
    show({ state: { status: 'ready', tab: fakeTab({ matches: [], discrepancies: [], events: [] }) } });
    expect(root.querySelector('.article-title')!.textContent).toBe('Strikes hit eastern Khan Younis');
    expect(root.textContent).toContain('No known event in the dataset matched this article.');
  });

  it('says what the dataset covers where nothing matched, and not beside a match', () => {
    const counts = { events: 0, reports: 0, claims: 0, series: 0, places: 0, actors: 0, outlets: 0 };
    const pack = (id: string, events: number, builtAt: string, coverage: PackSummary['coverage']): PackSummary => ({
      meta: fakeMeta({ id, builtAt }),
      origin: 'imported',
      installedAt: '2026-01-01T00:00:00Z',
      counts: { ...counts, events },
      coverage,
    });
    const coverage = datasetCoverage([
      pack('a', 400, '2024-12-01T00:00:00Z', {
        from: '2023-10-07',
        to: '2024-11-30',
        regions: [
          { name: 'Gaza Strip', events: 210 },
          { name: 'West Bank', events: 70 },
          { name: 'Southern Lebanon', events: 60 },
        ],
      }),
      pack('b', 61, '2025-02-03T00:00:00Z', {
        from: '2021-05-02',
        to: '2024-06-01',
        regions: [
          { name: 'Northern Israel', events: 27 },
          { name: 'West Bank', events: 20 },
          { name: 'Syria', events: 5 },
        ],
      }),
    ]);
    expect(coverage).toMatchObject({ events: 461, from: '2021-05-02', to: '2024-11-30', updated: '2025-02-03' });
    expect(coverage!.regions.map((r) => r.name)).toEqual(['Gaza Strip', 'West Bank', 'Southern Lebanon', 'Northern Israel', 'Syria']);
    show({ state: { status: 'ready', tab: fakeTab({ matches: [], discrepancies: [], events: [] }) }, coverage });
    expect(root.querySelector('.coverage')!.textContent!.replace(/\s/g, ' ')).toBe(
      'The dataset holds 461 events, dated 2 May 2021 – 30 Nov 2024, most of them in Gaza Strip, West Bank, Southern Lebanon, Northern Israel and 1 other place. It was last updated on 3 Feb 2025.',
    );
    show({ state: { status: 'empty' }, coverage });
    expect(root.querySelector('.coverage')).not.toBeNull();
    show({ state: { status: 'ready', tab: fakeTab() }, coverage });
    expect(root.querySelector('.coverage')).toBeNull();
    // A pack installed before coverage was kept: its count and date, no span or regions made up.
    show({ state: { status: 'empty' }, coverage: datasetCoverage([pack('old', 49, '2024-07-23T00:00:00Z', null)]) });
    expect(root.querySelector('.coverage')!.textContent).toBe('The dataset holds 49 events. It was last updated on 23 Jul 2024.');
    expect(datasetCoverage([])).toBeNull();
  });

  it('shows the matched event with its confidence and why it matched', () => {
    show({ state: { status: 'ready', tab: fakeTab() } });
    const match = root.querySelector('.match')!;
    expect(match.querySelector('.match-title')!.textContent).toBe('Strikes on eastern Khan Younis');
    expect(match.textContent).toContain('93% match');
    expect(match.textContent).toContain('22 Jul 2024 · 2 sources');
    expect(Array.from(match.querySelectorAll('.why li'), (li) => li.textContent)).toEqual(fakeMatch().reasons);
  });

  it('lists events at the same place on other days quietly, apart from the matches, and opens one', () => {
    const tab = fakeTab({ matches: [] });
    tab.analysis.samePlace = [{ eventId: 'ev-9', title: 'Strike on a house in Bani Suheila', date: '2024-03-02', dateEnd: null, place: 'Bani Suheila' }];
    const props = show({ state: { status: 'ready', tab } });
    const box = root.querySelector('details.same-place')!;
    expect(box.hasAttribute('open')).toBe(false);
    expect(box.querySelector('summary')!.textContent).toBe('Also at these places, on other days');
    expect(box.textContent).toContain('2 Mar 2024 · Bani Suheila');
    expect(root.querySelector('.match')).toBeNull();
    act(() => (box.querySelector('button') as HTMLButtonElement).click());
    expect(props.onOpenEvent).toHaveBeenCalledWith('ev-9');
  });

  it('shows no same-place list when the analysis has none', () => {
    show({ state: { status: 'ready', tab: fakeTab() } });
    expect(root.querySelector('details.same-place')).toBeNull();
    show({ state: { status: 'ready', tab: fakeTab({ matches: [] }) } });
    expect(root.querySelector('details.same-place')).toBeNull();
  });

  it("says when badges could not be placed on the page, or how many findings are only listed here", () => {
    show({ state: { status: 'ready', tab: { ...fakeTab(), page: { failed: 'IndexSizeError: offset out of range', hidden: 0 } } } });
    expect(root.textContent).toContain("Couldn't place badges on this page (IndexSizeError: offset out of range)");
    render(null, root);
    root.remove();
    show({ state: { status: 'ready', tab: { ...fakeTab(), page: { failed: null, hidden: 3 } } } });
    expect(root.textContent).toContain('3 more findings are listed here but not marked on the page.');
    render(null, root);
    root.remove();
    show({ state: { status: 'ready', tab: fakeTab() } });
    expect(root.textContent).not.toContain("Couldn't place badges");
    expect(root.textContent).not.toContain('not marked on the page');
  });

  it('groups discrepancies by kind with the message, the article against the records, and who said what', () => {
    const tab = fakeTab({ discrepancies: [fakeDiscrepancy(), fakeDiscrepancy({ kind: 'sourcing', quote: 'Source :', severity: 'warning', message: 'An empty credit line.', evidence: [] }), fakeDiscrepancy({ kind: 'figure', severity: 'info', message: 'Contested.' })] });
    show({ state: { status: 'ready', tab } });
    const groups = Array.from(root.querySelectorAll('.disc-group'));
    expect(groups.map((g) => g.querySelector('.group-title')!.textContent)).toEqual(['Figures 2', 'Sourcing 1']);
    expect(groups[0]!.querySelectorAll('.disc-item')).toHaveLength(2);
    expect(groups[0]!.textContent).toContain('Reports of this event give 25–95 killed; none gives 64.');
    expect(groups[0]!.querySelector('.who summary')!.textContent).toBe('Who said what (2)');
    expect(root.querySelector('.pill')!.textContent).toBe('3 discrepancies');
  });

  it('lists the sources with what each said, who was cited and as of when, linking out plainly', () => {
    show({ state: { status: 'ready', tab: fakeTab() } });
    const rows = Array.from(root.querySelectorAll('table.sources tbody tr'));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('at least 38 people killed');
    expect(rows[0]!.textContent).toContain('cited: Gaza Health Ministry · as of 22 Jul 2024');
    const link = rows[0]!.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('draws the timeline with this event among its neighbours, and opens a neighbour on click', () => {
    const props = show({ state: { status: 'ready', tab: fakeTab() } });
    const items = Array.from(root.querySelectorAll('.timeline li'));
    expect(items.map((li) => li.querySelector('.tl-date')!.textContent)).toEqual(['1 Jul 2024 · same place', '22 Jul 2024 · this event']);
    expect(items[1]!.getAttribute('aria-current')).toBe('true');
    act(() => (items[0]!.querySelector('button') as HTMLButtonElement).click());
    expect(props.onOpenEvent).toHaveBeenCalledWith('ev-0');
  });

  it('draws the official figures as an SVG sparkline with an accessible name and a table', () => {
    const detail = fakeDetail();
    detail.series[0]!.points = [
      { date: '2024-07-20', value: 38900 },
      { date: '2024-07-21', value: 39006 },
      { date: '2024-07-22', value: 39090 },
    ];
    show({ state: { status: 'ready', tab: fakeTab({ events: [detail] }) } });
    const svg = root.querySelector('svg.spark')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('38,900 on 20 Jul 2024 to 39,090 on 22 Jul 2024');
    expect(root.querySelectorAll('table.figures tbody tr')).toHaveLength(3);
    expect(root.querySelector('table.figures tr.in-event')!.textContent).toContain('+84');
  });

  it('searches, shows results, and opens a result', () => {
    const props = show({ state: { status: 'empty' }, search: { status: 'done', query: 'nuseirat', hits: [{ eventId: 'e1', title: 'Strike on Nuseirat', date: '2024-06-06', sources: 6, score: 1 }] } });
    const input = root.querySelector('input[type=search]') as HTMLInputElement;
    act(() => {
      input.value = 'beit lahia';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(props.onSearch).toHaveBeenCalledWith('beit lahia');
    act(() => (root.querySelector('.hit') as HTMLButtonElement).click());
    expect(props.onOpenEvent).toHaveBeenCalledWith('e1');
  });

  it('says when a search finds nothing', () => {
    show({ state: { status: 'empty' }, search: { status: 'done', query: 'atlantis', hits: [] } });
    expect(root.textContent).toContain('No events found for “atlantis”.');
  });

  it('shows an opened event with a way back', () => {
    const props = show({ state: { status: 'empty' }, detail: { status: 'ready', detail: fakeDetail() } });
    expect(root.querySelector('.event-title')!.textContent).toBe('Strikes on eastern Khan Younis');
    act(() => (root.querySelector('.back') as HTMLButtonElement).click());
    expect(props.onBack).toHaveBeenCalled();
  });

  it('credits the dataset sources in the footer', () => {
    show({ state: { status: 'empty' } });
    expect(root.querySelector('.attrib')!.textContent).toBe('Data: Corroborate curated events; Tech for Palestine.');
  });

  it('renders markup in page and pack text as text', () => {
    const tab = fakeTab({ title: '<img src=x onerror="window.__pwned=1">', matches: [fakeMatch({ title: '<script>alert(1)</script>', reasons: ['<b>r</b>'] })] });
    tab.events[0]!.reports[0]!.url = 'javascript:alert(1)';
    show({ state: { status: 'ready', tab } });
    expect(root.querySelector('img:not(.logo), script, b')).toBeNull();
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(root.querySelector('.article-title')!.textContent).toBe('<img src=x onerror="window.__pwned=1">');
  });
});
