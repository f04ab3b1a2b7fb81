import { describe, expect, it } from 'vitest';
import messages from '../../../public/_locales/en/messages.json';
import { catalogueLookup, createT, formatDate, formatDateSpan, safeHref } from '../../../src/ui/i18n';
import { badgeLabel, firstNumber } from '../../../src/ui/discrepancy-text';
import { siteDisabled, siteFromInput } from '../../../src/ui/sites';
import { englishT, fakeDiscrepancy } from './helpers';

describe('the message catalogue', () => {
  it('uses only names chrome.i18n accepts', () => {
    for (const key of Object.keys(messages)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('substitutes named placeholders in order, as chrome.i18n does', () => {
    const lookup = catalogueLookup({ hi: { message: 'From $A$ to $B$, $$5', placeholders: { a: { content: '$1' }, b: { content: '$2' } } } });
    expect(lookup('hi', ['x', 'y'])).toBe('From x to y, $5');
  });

  it('picks the plural form by count and shows the key when a message is missing', () => {
    const t = englishT();
    expect(t.plural('count_sources', 1)).toBe('1 source');
    expect(t.plural('count_sources', 6)).toBe('6 sources');
    expect(t('nope' as never)).toBe('nope');
  });

  it('falls back to the _other form when a language has no form for the count', () => {
    const t = createT(catalogueLookup({ n_other: { message: '$N$ things', placeholders: { n: { content: '$1' } } } }), 'en');
    expect(t.plural('n', 1)).toBe('1 things');
  });
});

describe('formatting', () => {
  it('writes dates at the precision given, in the catalogue locale', () => {
    expect(formatDate('2024-11-01', 'en-GB')).toBe('1 Nov 2024');
    expect(formatDate('2024-11', 'en-GB')).toBe('Nov 2024');
    expect(formatDate('2024', 'en-GB')).toBe('2024');
    expect(formatDate('not a date', 'en-GB')).toBe('not a date');
    expect(formatDateSpan('2024-10-31', '2024-11-02', 'en-GB')).toMatch(/^31 Oct\s?–\s?2 Nov 2024$/);
  });

  it('turns only http(s) addresses into links', () => {
    expect(safeHref('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,x')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

describe('badge labels', () => {
  const t = englishT();

  it('gives the reports\' range and says none gives the article\'s figure', () => {
    expect(badgeLabel(fakeDiscrepancy(), t)).toBe('64? outlets: 25–95');
  });

  it('does not claim "none" when the figure is contested rather than absent', () => {
    expect(badgeLabel(fakeDiscrepancy({ severity: 'info', article: '25 killed' }), t)).toBe('outlets: 25–95');
  });

  it('labels official series rows as official figures', () => {
    const d = fakeDiscrepancy({ evidence: [{ outlet: 'Gaza Ministry of Health', url: null, value: '43,020', attributedTo: '', asOf: '2024-10-28' }, { outlet: 'Gaza Ministry of Health', url: null, value: '43,259', attributedTo: '', asOf: '2024-11-01' }] });
    expect(badgeLabel(d, t)).toBe('official: 43,020–43,259');
  });

  it('names the record date for a date slip and the publication date for a dateline slip', () => {
    expect(badgeLabel(fakeDiscrepancy({ kind: 'date', record: '2024-11-01' }), t)).toBe('event dated 1 Nov 2024');
    expect(badgeLabel(fakeDiscrepancy({ kind: 'dateline', record: '2024-11-02' }), t)).toBe('article dated 2 Nov 2024');
  });

  it('falls back to a generic label when the record is not a date or has no numbers', () => {
    expect(badgeLabel(fakeDiscrepancy({ kind: 'date', record: '1 Nov (Reuters: the strike)' }), t)).toBe('reports differ on the date');
    expect(badgeLabel(fakeDiscrepancy({ evidence: [{ outlet: 'X', url: null, value: 'many', attributedTo: '', asOf: null }] }), t)).toBe('figure differs from reports');
  });

  it('reads the first number in a value, with thousands separators', () => {
    expect(firstNumber('at least 1,200 people')).toBe(1200);
    expect(firstNumber('no number')).toBeNull();
  });
});

describe('site settings', () => {
  it('reads a host from what the reader typed', () => {
    expect(siteFromInput(' https://www.Example.com/news/1 ')).toBe('www.example.com');
    expect(siteFromInput('example.com')).toBe('example.com');
    expect(siteFromInput('localhost')).toBe('localhost');
    expect(siteFromInput('not a site')).toBeNull();
    expect(siteFromInput('word')).toBeNull();
    expect(siteFromInput('')).toBeNull();
  });

  it('turns a site off with its subdomains, but not look-alike names', () => {
    expect(siteDisabled('www.example.com', ['example.com'])).toBe(true);
    expect(siteDisabled('example.com', ['example.com'])).toBe(true);
    expect(siteDisabled('badexample.com', ['example.com'])).toBe(false);
  });
});
