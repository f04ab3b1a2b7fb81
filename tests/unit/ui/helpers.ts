// Shared pieces for UI tests: the English catalogue as a `T`, and an analysis built with factories.
import messages from '../../../public/_locales/en/messages.json';
import type { Discrepancy, Match } from '../../../src/core/types';
import type { EventDetail, TabAnalysis } from '../../../src/messaging/protocol';
import { catalogueLookup, createT, type T } from '../../../src/ui/i18n';
import { fakeEvent, fakeReport, fakeSeries } from '../factories';

export function englishT(): T {
  return createT(catalogueLookup(messages), messages.dateLocale.message);
}

export function fakeMatch(overrides: Partial<Match> = {}): Match {
  return {
    eventId: 'ev-1',
    title: 'Strikes on eastern Khan Younis',
    date: '2024-07-22',
    dateEnd: null,
    confidence: 0.93,
    reasons: ['shares: Khan Younis, Israel Defense Forces', 'dated 22 Jul 2024, article published 23 Jul 2024'],
    sources: 2,
    ...overrides,
  };
}

export function fakeDiscrepancy(overrides: Partial<Discrepancy> = {}): Discrepancy {
  return {
    kind: 'figure',
    eventId: 'ev-1',
    quote: 'at least 64 people were killed',
    start: 0,
    end: 30,
    article: 'at least 64 killed (Gaza Health Ministry)',
    record: 'at least 95 (health officials, 1 Nov 2024); 25 (hospital officials, 1 Nov 2024)',
    severity: 'warning',
    message: 'Reports of this event give 25–95 killed; none gives 64.',
    evidence: [
      { outlet: 'Wire One', url: 'https://wire.example/a', value: 'at least 95 people killed', attributedTo: 'health officials', asOf: '2024-11-01' },
      { outlet: 'Paper Two', url: 'https://paper.example/b', value: '25 people killed', attributedTo: 'hospital officials', asOf: '2024-11-01' },
    ],
    ...overrides,
  };
}

export function fakeDetail(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    packId: 'core',
    event: fakeEvent(),
    reports: [fakeReport(), fakeReport({ id: 'ev-1#2', outlet: 'Second Paper', url: 'https://second.example/story', published: '2024-07-23' })],
    related: [{ id: 'ev-0', title: 'Evacuation orders for eastern Khan Younis', date: '2024-07-01', relation: 'same-place' }],
    series: [
      {
        seriesId: 'gaza-killed',
        title: 'Gaza: people killed since 7 October 2023',
        reportedBy: 'Gaza Ministry of Health',
        cumulative: true,
        measure: 'killed',
        points: fakeSeries().points.slice(0, 4),
      },
    ],
    ...overrides,
  };
}

export function fakeTab(overrides: { matches?: Match[]; discrepancies?: Discrepancy[]; events?: EventDetail[]; title?: string } = {}): TabAnalysis {
  return {
    analysis: {
      article: { title: overrides.title ?? 'Strikes hit eastern Khan Younis', url: 'https://news.example/story', site: 'News Example', published: '2024-07-23', publishedFrom: 'meta' },
      matches: overrides.matches ?? [fakeMatch()],
      discrepancies: overrides.discrepancies ?? [fakeDiscrepancy()],
      timing: { totalMs: 10 },
    },
    events: overrides.events ?? [fakeDetail()],
    analysedAt: 0,
  };
}
