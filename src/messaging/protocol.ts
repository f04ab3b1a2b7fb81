// The one contract between the content script, the popup, the options page and the background.
// Every message is a key of Protocol with a typed request and a typed response; nothing is `any`.
import type { Analysis, ArticleSnapshot, EventDetail, LinkSnapshot, PackCoverage, PackMeta } from '../core/types';
import type { LocaleData } from '../ui/locale-format';
import type { PagePart } from './page-parts';

export type { EventDetail, RelatedEvent, SeriesSlice } from '../core/types';

export interface Settings {
  /** Show badges inside pages (the popup works either way). */
  badges: boolean;
  /** Hostnames where the content script does nothing. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { badges: true, disabledSites: [] };

/** The analysis of a tab, as stored per tab and shown by the popup. */
export interface TabAnalysis {
  analysis: Analysis;
  events: EventDetail[];
  analysedAt: number;
  /** What the page could show of it, as the content script reported. */
  page?: PageUiReport;
}

export interface PageUiReport {
  /** Placing badges failed and everything placed was taken out again: why. */
  failed: string | null;
  /** Findings and link dates left out of the page by the caps (all are in the popup). */
  hidden: number;
}

export interface LinkMatch {
  href: string;
  eventId: string;
  title: string;
  date: string;
  confidence: number;
}

export interface SearchHit {
  eventId: string;
  title: string;
  date: string;
  sources: number;
  score: number;
}

export interface PackSummary {
  meta: PackMeta;
  origin: 'bundled' | 'imported' | 'subscribed';
  installedAt: string;
  counts: { events: number; reports: number; claims: number; series: number; places: number; actors: number; outlets: number };
  /** Span and regions of its events; null for a pack installed before these were kept. */
  coverage: PackCoverage | null;
}

export type ImportResult = { ok: true; pack: PackSummary; replaced: boolean } | { ok: false; errors: string[] };

/** A subscription as the options page shows it (SubscriptionRow without the validators). */
export interface SubscriptionSummary {
  url: string;
  manifestUrl: string;
  addedAt: string;
  packId: string | null;
  version: string | null;
  lastCheckedAt: string | null;
  lastUpdatedAt: string | null;
  lastError: string | null;
}

/** What one check of a subscription did. */
export type CheckOutcome =
  | { result: 'updated'; version: string; pack: PackSummary; replaced: boolean }
  | { result: 'unchanged'; version: string | null }
  | { result: 'failed'; error: string };

export interface Status {
  ready: boolean;
  error: string | null;
  packs: number;
  events: number;
}

/** Answered at once, even while the dataset installs ('status' waits for the install to finish). */
export interface DatasetState {
  installing: boolean;
  /** The last install's failure, if it failed. */
  error: string | null;
}

export interface Protocol {
  /** An article already read (the extension's own pages, benches). */
  analyze: { req: { snapshot: ArticleSnapshot }; res: TabAnalysis };
  /**
   * A page as the content script wrote it (core/article/serialize.ts): read and analysed here, off the
   * page's main thread. The snapshot comes back so the page can place badges on its words.
   */
  'analyze-page': { req: { html: string; url: string } | { parts: { id: string; count: number }; url: string }; res: { snapshot: ArticleSnapshot; tab: TabAnalysis } };
  /** One part of a large page, sent a task at a time before `analyze-page` names the transfer (messaging/page-parts.ts). */
  'page-part': { req: PagePart; res: null };
  'page-ui': { req: PageUiReport; res: null };
  /** A locale's number and date patterns, read from Intl here so the page never starts Intl (ui/locale-format.ts). */
  'locale-data': { req: { locale: string }; res: LocaleData | null };
  links: { req: { links: LinkSnapshot[] }; res: LinkMatch[] };
  'tab-analysis': { req: { tabId: number }; res: TabAnalysis | null };
  'event-detail': { req: { id: string }; res: EventDetail | null };
  search: { req: { query: string; limit?: number }; res: SearchHit[] };
  packs: { req: Record<string, never>; res: PackSummary[] };
  /** An extension page installed or replaced a pack in IndexedDB: read the packs afresh. */
  'packs-changed': { req: Record<string, never>; res: PackSummary[] };
  'remove-pack': { req: { id: string }; res: PackSummary[] };
  subscriptions: { req: Record<string, never>; res: SubscriptionSummary[] };
  /** Adds a subscription (the options page asked for the host permission first); checked separately. */
  subscribe: { req: { url: string }; res: SubscriptionSummary[] };
  /** Removes the subscription and its pack in one transaction. */
  unsubscribe: { req: { url: string }; res: { subscriptions: SubscriptionSummary[]; packs: PackSummary[] } };
  settings: { req: Record<string, never>; res: Settings };
  'set-settings': { req: Partial<Settings>; res: Settings };
  status: { req: Record<string, never>; res: Status };
  'dataset-state': { req: Record<string, never>; res: DatasetState };
}

export type MessageType = keyof Protocol;

/**
 * What a content script, running inside a web page, may ask. Everything else (packs, imports,
 * settings changes, other tabs' analyses) is answered only for the extension's own pages, so a
 * compromised page context cannot change the user's data.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>(['analyze', 'analyze-page', 'page-part', 'page-ui', 'locale-data', 'links', 'settings']);
export type Req<K extends MessageType> = Protocol[K]['req'];
export type Res<K extends MessageType> = Protocol[K]['res'];

export interface Envelope<K extends MessageType = MessageType> {
  corroborate: 1;
  type: K;
  req: Req<K>;
}

/** Errors cross the boundary as data: a thrown Error would arrive as an opaque rejection. */
export type Reply<K extends MessageType> = { ok: true; value: Res<K> } | { ok: false; error: string };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { corroborate?: unknown }).corroborate === 1 &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}
