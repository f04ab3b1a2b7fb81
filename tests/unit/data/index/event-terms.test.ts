import { describe, expect, it } from 'vitest';
import { eventTerms } from '../../../../src/core/matching/terms';
import type { EventRecord, PlaceRecord } from '../../../../src/core/types';
import { eventTermsIndexer } from '../../../../src/data/index/event-terms';
import { syntheticPack } from '../../../../src/data/pack/synthetic';
import { fakeEvent, fakePack } from '../../factories';

function indexerTerms(events: EventRecord[], places: PlaceRecord[]): string[][] {
  const indexer = eventTermsIndexer(new Map(places.map((p) => [p.id, p])));
  return events.map((e) => {
    const found = new Set<string>();
    indexer.terms(e, (n) => found.add(indexer.names[n]!));
    return [...found].sort();
  });
}

function coreTerms(events: EventRecord[], places: PlaceRecord[]): string[][] {
  const byId = new Map(places.map((p) => [p.id, p]));
  return events.map((e) => eventTerms(e, byId).sort());
}

describe('eventTermsIndexer', () => {
  it('gives every event of a synthetic pack exactly the terms eventTerms gives it', () => {
    const pack = syntheticPack({ events: 1500, seed: 3 });
    expect(indexerTerms(pack.events, pack.places)).toEqual(coreTerms(pack.events, pack.places));
  });

  it('agrees with eventTerms on titles and keywords that folding treats specially', () => {
    const { places } = fakePack();
    const titles = [
      'Strike\ton  al-Qarara\u00a0east of Khān Yūnis',
      'Ash-Shati camp: as the army said, an-Nuseirat “hit”',
      'القرارة والنصيرات قصف',
      'Ta\u2019izz and Ta’izz — O’Brien’s report',
      'ΟΔΟΣ Σ  İstanbul ß Øresund',
      '12.53% of 1967 borders',
      '  ',
      '',
      'Ｆｕｌｌｗｉｄｔｈ ﬁrst ﷺ word',
    ];
    const events = titles.map((title, i) => fakeEvent({ id: `t${i}`, title, keywords: [title.split(' ')[0] ?? '', 'al- Qarara', 'Khan\nYounis'] }));
    expect(indexerTerms(events, places)).toEqual(coreTerms(events, places));
  });

  it('agrees on places, parents, actors and multi-month spans', () => {
    const { places } = fakePack();
    const events = [
      fakeEvent({ places: [{ id: 'ps-qarara' }, { id: 'ps-khan-younis' }], actors: ['idf', 'hamas'] }),
      fakeEvent({ id: 'long', date: '2023-10', dateEnd: '2024-03', precision: 'month', places: [{ id: 'unknown-place' }] }),
      fakeEvent({ id: 'year', date: '2024', precision: 'year', dateEnd: null, places: [] }),
    ];
    expect(indexerTerms(events, places)).toEqual(coreTerms(events, places));
  });
});
