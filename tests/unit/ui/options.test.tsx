// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackSummary, SubscriptionSummary } from '../../../src/messaging/protocol';
import { Options, type OptionsProps } from '../../../src/ui/options/options';
import { fakeMeta, fakeSource } from '../factories';
import { englishT } from './helpers';

const t = englishT();
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

const counts = { events: 49, reports: 290, claims: 700, series: 15, places: 300, actors: 120, outlets: 80 };
const bundled: PackSummary = { meta: fakeMeta({ id: 'core', title: 'Corroborate core dataset' }), origin: 'bundled', installedAt: '2025-01-02T00:00:00Z', counts, coverage: null };
const imported: PackSummary = {
  meta: fakeMeta({ id: 'extra', title: 'Extra pack', sources: [fakeSource({ id: 's', name: 'A source', licence: 'CC BY 4.0', url: 'javascript:alert(1)' })] }),
  origin: 'imported',
  installedAt: '2025-01-03T00:00:00Z',
  coverage: null,
  counts: { ...counts, events: 3 },
};

function show(overrides: Partial<OptionsProps>) {
  root = document.createElement('div');
  document.body.append(root);
  const props: OptionsProps = {
    t,
    packs: [bundled, imported],
    settings: { badges: true, disabledSites: ['example.com'] },
    error: null,
    importState: { status: 'idle' },
    removing: null,
    removeError: null,
    saving: false,
    settingsError: null,
    subscriptions: [],
    subscribeState: { status: 'idle' },
    onImport: vi.fn(),
    onSubscribe: vi.fn(),
    onCheckSubscription: vi.fn(),
    onUnsubscribe: vi.fn(),
    onRemovePack: vi.fn(),
    onSetBadges: vi.fn(),
    onAddSite: vi.fn(),
    onRemoveSite: vi.fn(),
    ...overrides,
  };
  act(() => render(<Options {...props} />, root));
  return props;
}

const packCard = (id: string) => root.querySelector(`[data-pack="${id}"]`)!;

describe('the options page', () => {
  it('describes each pack: title, version, counts, sources with licence and attribution', () => {
    show({});
    const core = packCard('core');
    expect(core.querySelector('.pack-title')!.textContent).toBe('Corroborate core dataset');
    expect(core.textContent).toContain('Version 1.0.0 · data up to 23 Jul 2024 · installed 2 Jan 2025 · id core');
    expect(core.textContent).toContain('Events49');
    expect(core.querySelector('.licence')!.textContent).toBe('Public domain');
    expect(core.textContent).toContain('Daily figures compiled by Tech for Palestine.');
    expect(core.querySelector('.source-name')!.getAttribute('href')).toBe('https://github.com/TechForPalestine/palestine-datasets');
    expect(packCard('extra').querySelector('a.source-name')).toBeNull();
  });

  it('says the bundled pack cannot be removed and asks before removing an imported one', () => {
    const props = show({});
    expect(packCard('core').querySelector('button')).toBeNull();
    expect(packCard('core').textContent).toContain('it cannot be removed');
    act(() => (packCard('extra').querySelector('button') as HTMLButtonElement).click());
    expect(props.onRemovePack).not.toHaveBeenCalled();
    act(() => (packCard('extra').querySelector('.btn-danger') as HTMLButtonElement).click());
    expect(props.onRemovePack).toHaveBeenCalledWith('extra');
  });

  it('lists every validation message of a rejected import', () => {
    show({ importState: { status: 'done', name: 'bad.json.gz', result: { ok: false, errors: ['events[0].date: not an ISO date', 'meta.id: missing'] } } });
    const alert = root.querySelector('.import [role=alert]')!;
    expect(alert.textContent).toContain('bad.json.gz was not imported and nothing was changed. 2 problems:');
    expect(Array.from(alert.querySelectorAll('li'), (li) => li.textContent)).toEqual(['events[0].date: not an ISO date', 'meta.id: missing']);
  });

  it('says what an import added or replaced', () => {
    show({ importState: { status: 'done', name: 'x.gz', result: { ok: true, pack: imported, replaced: true } } });
    expect(root.querySelector('.result-ok')!.textContent).toBe('Replaced with Extra pack 1.0.0: 3 events, 290 reports.');
  });

  it('links to the privacy policy that ships with the extension', () => {
    show({});
    const link = root.querySelector('.privacy a')!;
    expect(link.textContent).toBe('Privacy policy');
    expect(link.getAttribute('href')).toBe('/privacy.txt');
  });

  it('toggles badges, removes a site, and adds only valid site names', () => {
    const props = show({});
    act(() => (root.querySelector('#badges') as HTMLInputElement).click());
    expect(props.onSetBadges).toHaveBeenCalledWith(false);
    act(() => (root.querySelector('.sites button') as HTMLButtonElement).click());
    expect(props.onRemoveSite).toHaveBeenCalledWith('example.com');
    const input = root.querySelector('#site-input') as HTMLInputElement;
    const submit = (value: string) => {
      act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      act(() => void root.querySelector('form.add-site')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    };
    submit('not a site');
    expect(props.onAddSite).not.toHaveBeenCalled();
    expect(root.querySelector('#site-error')!.textContent).toBe('Enter a site name such as example.com.');
    submit('https://News.Example.org/world/1');
    expect(props.onAddSite).toHaveBeenCalledWith('news.example.org');
    expect(root.querySelector('#site-error')).toBeNull();
  });

  describe('subscriptions', () => {
    const sub: SubscriptionSummary = {
      url: 'https://packs.example.org/extra.pack.json.gz',
      manifestUrl: 'https://packs.example.org/extra.pack.json.gz.manifest.json',
      addedAt: '2026-12-01T09:00:00Z',
      packId: 'extra',
      version: '1.2.0',
      lastCheckedAt: '2026-12-07T10:00:00Z',
      lastUpdatedAt: '2026-12-06T10:00:00Z',
      lastError: 'The server answered 503 for the manifest; try again later.',
    };
    const card = () => root.querySelector(`[data-subscription="${sub.url}"]`)!;

    it('says that only the pack and its manifest are fetched and nothing about the pages read is sent', () => {
      show({});
      const intro = root.querySelector('#subscribe-privacy')!.textContent!;
      expect(intro).toMatch(/Off unless you add an address/);
      expect(intro).toMatch(/fetches only the pack and its manifest from that address/);
      expect(intro).toMatch(/nothing about the pages you read is ever sent/);
      // The input is labelled and described by that text.
      expect(root.querySelector('label[for="subscribe-url"]')!.textContent).toBe('Pack address');
      expect(root.querySelector('#subscribe-url')!.getAttribute('aria-describedby')).toBe('subscribe-privacy subscribe-hint');
      expect(root.textContent).toContain('No subscriptions.');
    });

    it('shows the source, version, last update and last error of a subscription', () => {
      show({ subscriptions: [sub] });
      expect(card().querySelector('.site')!.textContent).toBe(sub.url);
      expect(card().querySelector('[data-field="version"]')!.textContent).toBe('1.2.0');
      expect(card().querySelector('[data-field="updated"]')!.textContent).toMatch(/6 Dec 2026/);
      expect(card().querySelector('[data-field="error"]')!.textContent).toBe(sub.lastError);
      expect(card().querySelector('button[aria-label="Check now for an update of https://packs.example.org/extra.pack.json.gz"]')!.textContent).toBe('Check now');
    });

    it('hands the typed address to onSubscribe, and check now and unsubscribe their subscription', () => {
      const props = show({ subscriptions: [sub] });
      const input = root.querySelector('#subscribe-url') as HTMLInputElement;
      act(() => {
        input.value = '  https://packs.example.org/other.pack.json.gz ';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      act(() => void root.querySelector('form.subscribe-form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
      expect(props.onSubscribe).toHaveBeenCalledWith('https://packs.example.org/other.pack.json.gz');
      const [check, unsubscribe] = card().querySelectorAll('button');
      act(() => check!.click());
      expect(props.onCheckSubscription).toHaveBeenCalledWith(sub.url);
      act(() => unsubscribe!.click());
      expect(props.onUnsubscribe).toHaveBeenCalledWith(sub.url);
    });

    const live = () => root.querySelector('.subscribe-result[aria-live="polite"]')!;
    it('announces a refused permission, a failed check and an update in the live region', () => {
      show({ subscribeState: { status: 'refused', origin: 'https://packs.example.org' } });
      expect(live().querySelector('[role="alert"]')!.textContent).toBe('Permission to reach https://packs.example.org was refused, so Corroborate did not subscribe. Nothing was fetched.');
      render(null, root);
      root.remove();
      show({ subscribeState: { status: 'checked', url: sub.url, outcome: { result: 'failed', error: 'There is no manifest at x (the server answered 404).' } } });
      expect(live().querySelector('[role="alert"]')!.textContent).toMatch(/^The update failed, and the installed pack was kept: There is no manifest/);
      render(null, root);
      root.remove();
      show({ subscribeState: { status: 'checked', url: sub.url, outcome: { result: 'updated', version: '1.3.0', replaced: true, pack: { ...imported, origin: 'subscribed' } } } });
      expect(live().querySelector('[role="status"]')!.textContent).toBe('Updated Extra pack to version 1.3.0.');
    });

    it('marks a subscribed pack and offers no remove button on its card', () => {
      show({ packs: [bundled, { ...imported, origin: 'subscribed' }] });
      expect(packCard('extra').querySelector('.tag')!.textContent).toBe('Subscribed');
      expect(packCard('extra').querySelector('button')).toBeNull();
      expect(packCard('extra').textContent).toContain('unsubscribe below to remove it');
    });
  });
});
