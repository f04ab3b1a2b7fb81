import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findFullDate, fromDateline } from '../../../../src/core/article/published/dateline';
import { parseMachineDate } from '../../../../src/core/article/published/iso';
import { fromJsonLd, fromMeta, fromTime } from '../../../../src/core/article/published/structured';
import { fromUrl } from '../../../../src/core/article/published/url';
import { decidePublished } from '../../../../src/core/article/published';

const doc = (head: string, body = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('machine-readable dates', () => {
  it('takes the day as written, ignoring the time zone offset', () => {
    expect(parseMachineDate('2024-10-19T23:30:00-05:00')).toBe('2024-10-19');
    expect(parseMachineDate('Sat, 02 Nov 2024 07:15:00 GMT')).toBe('2024-11-02');
    expect(parseMachineDate('20241102T071500Z')).toBe('2024-11-02');
  });

  it('rejects impossible and empty dates', () => {
    expect(parseMachineDate('2024-02-30')).toBeNull();
    expect(parseMachineDate('2024-13-01')).toBeNull();
    expect(parseMachineDate('')).toBeNull();
    expect(parseMachineDate('yesterday')).toBeNull();
  });
});

describe('structured evidence', () => {
  it('reads datePublished from JSON-LD, including inside @graph', () => {
    const d = doc('<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2024-07-02T08:00:00Z"}]}</script>');
    expect(fromJsonLd(d)).toEqual([{ from: 'json-ld', value: '2024-07-02', raw: '2024-07-02T08:00:00Z' }]);
  });

  it('skips broken JSON-LD and JSON-LD that is not an article', () => {
    const d = doc('<script type="application/ld+json">{ broken</script><script type="application/ld+json">{"@type":"Organization","foundingDate":"1999-01-01"}</script>');
    expect(fromJsonLd(d)).toEqual([]);
  });

  it('reads article:published_time meta', () => {
    expect(fromMeta(doc('<meta property="article:published_time" content="2023-11-27T18:00:00Z">'))[0]?.value).toBe('2023-11-27');
  });

  it('prefers a <time> marked as the publication time and ignores sidebars', () => {
    const d = doc('', '<aside><time datetime="2019-01-01">old</time></aside><time datetime="2024-01-05">x</time><time itemprop="datePublished" datetime="2024-01-04">y</time>');
    expect(fromTime(d).map((e) => e.value)).toEqual(['2024-01-04']);
  });

  it('finds full-day dates in URLs but not section years', () => {
    expect(fromUrl('https://x.example/world/2024/11/02/story')[0]?.value).toBe('2024-11-02');
    expect(fromUrl('https://x.example/news/2024-07-13-strike.html')[0]?.value).toBe('2024-07-13');
    expect(fromUrl('https://x.example/archive/2024/')).toEqual([]);
    expect(fromUrl('https://x.example/story/12345678')).toEqual([]);
    expect(fromUrl('not a url')).toEqual([]);
  });
});

describe('visible datelines', () => {
  it('reads a date glued to the words around it by a scraper', () => {
    expect(fromDateline(['Web DeskNovember 2, 2024 06:59 AMworld'])[0]?.value).toBe('2024-11-02');
  });

  it('reads "Published October 25, 2024 | 06:18 PM"', () => {
    expect(fromDateline(['Published October 25, 2024 | 06:18 PM'])[0]?.value).toBe('2024-10-25');
  });

  it('reads day-first dotted dates and Spanish month names', () => {
    expect(fromDateline(['NTB 16.05.2021 10:47'])[0]?.value).toBe('2021-05-16');
    expect(fromDateline(['Redacción | 2 de julio de 2024'])[0]?.value).toBe('2024-07-02');
  });

  it('accepts a date that opens a paragraph followed by a separator', () => {
    const line = 'Nov. 2, 2024 — Rescue teams worked through the night in the south of the territory, searching collapsed homes for people still missing after the raid.';
    expect(fromDateline([line])[0]?.value).toBe('2024-11-02');
  });

  it('does not take a date inside a sentence of the story as the dateline', () => {
    const line = 'As of November 1, 2023, the ministry of health in the enclave said the war had killed more than 43,000 people across the territory.';
    expect(fromDateline([line])).toEqual([]);
  });

  it('refuses slash dates whose day and month cannot be told apart', () => {
    expect(findFullDate('03/04/2024')?.ambiguous).toBe(true);
    expect(fromDateline(['Posted 03/04/2024'])).toEqual([]);
    expect(fromDateline(['Posted 11/25/2023'])[0]?.value).toBe('2023-11-25');
  });

  it('ignores times, counts and years alone', () => {
    expect(fromDateline(['Updated 06:59 AM'])).toEqual([]);
    expect(fromDateline(['2,750 wounded'])).toEqual([]);
    expect(fromDateline(['Since 1967'])).toEqual([]);
  });
});

describe('deciding the publication date', () => {
  it('ranks JSON-LD over meta and flags sources more than a day apart', () => {
    const d = decidePublished([
      { from: 'meta', value: '2023-11-27', raw: '' },
      { from: 'json-ld', value: '2021-05-21', raw: '' },
    ]);
    expect(d.published).toBe('2021-05-21');
    expect(d.publishedFrom).toBe('json-ld');
    expect(d.conflict).toContain('meta says 2023-11-27');
  });

  it('does not flag a one-day difference (time zones, late-night posting)', () => {
    expect(decidePublished([{ from: 'json-ld', value: '2024-11-02', raw: '' }, { from: 'dateline', value: '2024-11-01', raw: '' }]).conflict).toBeNull();
  });

  it('reports no date when there is no evidence', () => {
    expect(decidePublished([])).toEqual({ published: null, publishedFrom: null, evidence: [], conflict: null });
  });
});
