// UI strings go through one lookup: browser.i18n.getMessage in the extension, the English catalogue
// in unit tests. Components receive a `T` as a prop, so they stay pure and testable in Node.
import type catalogue from '../../public/_locales/en/messages.json';
import { DAY_OPTIONS, MONTH_OPTIONS, PERCENT_OPTIONS, localeFormats, type LocaleData, type LocaleFormats } from './locale-format';

export type MessageKey = keyof typeof catalogue;
type Sub = string | number;

export interface T {
  (key: MessageKey, ...subs: Sub[]): string;
  /** Picks `<key>_one` / `<key>_other` (or other CLDR plural forms) by `n`, which is also $1. */
  plural(key: string, n: number, ...rest: Sub[]): string;
  /** A language tag for Intl (dates, numbers). */
  locale: string;
}

export type Lookup = (key: string, subs: string[]) => string;

export function createT(lookup: Lookup, locale: string): T {
  let rules: Intl.PluralRules | null = null;
  const t = ((key: MessageKey, ...subs: Sub[]) => lookup(key, subs.map(String)) || key) as T;
  t.plural = (key, n, ...rest) => {
    const subs = [formatNumber(n, locale), ...rest.map(String)];
    rules ??= pluralRules(locale);
    return lookup(`${key}_${rules.select(n)}`, subs) || lookup(`${key}_other`, subs) || key;
  };
  t.locale = locale;
  return t;
}

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * chrome.i18n's substitution rules for a catalogue held in memory: named placeholders ($NAME$)
 * resolve to their content ($1…$9), then $n takes the n-th substitution; $$ is a dollar sign.
 */
export function catalogueLookup(messages: Record<string, CatalogueEntry>): Lookup {
  return (key, subs) => {
    const entry = messages[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const p = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
      return p ? p[1].content : whole;
    });
    return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}

// ─── Formatting (locale passed in; no clock, no machine locale) ────────────────────────────────────

// Building an Intl formatter is far dearer than using one (tens of milliseconds for the first in a
// page), and a page's badges format dozens of numbers and dates: one formatter per locale and kind.
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();
function cached<F extends Formatter>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

const plurals = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let r = plurals.get(locale);
  if (!r) plurals.set(locale, (r = new Intl.PluralRules(locale)));
  return r;
}

// A locale's symbols and patterns, once given (the content script gets them from the background),
// write numbers and dates here without starting Intl in the page (see locale-format.ts). Whatever
// they do not cover, and every locale not given, is written by Intl.
const written = new Map<string, LocaleFormats>();

/** From now on, `data.locale`'s numbers and dates are written from `data`. */
export function useLocaleData(data: LocaleData): void {
  written.set(data.locale, localeFormats(data));
}

export function formatNumber(n: number, locale: string): string {
  const fast = written.get(locale)?.number(n);
  if (fast != null) return fast;
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

/** "2024-11-01" → "1 Nov 2024" (in en-GB); "2024-11" → "Nov 2024"; "2024" → "2024"; else as given. */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1]!;
  const fast = written.get(locale)?.date(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  if (fast != null) return fast;
  const options = m[3] ? DAY_OPTIONS : MONTH_OPTIONS;
  const fmt = cached(`${m[3] ? 'd' : 'm'}|${locale}`, () => new Intl.DateTimeFormat(locale, options));
  return fmt.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1))));
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO instant as the reader's local date and time ("7 Dec 2026, 11:54"); else as given. */
export function formatDateTime(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  let fmt = timeFormats.get(locale);
  if (!fmt) timeFormats.set(locale, (fmt = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return fmt.format(d);
}

/** A date or a span: "31 Oct – 2 Nov 2024" is left to Intl's range formatting. */
export function formatDateSpan(from: string, to: string | null | undefined, locale: string): string {
  if (!to || to === from) return formatDate(from, locale);
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!a || !b) return `${formatDate(from, locale)} – ${formatDate(to, locale)}`;
  const day = (m: RegExpExecArray): [number, number, number] => [Number(m[1]), Number(m[2]), Number(m[3])];
  const fast = written.get(locale)?.span(day(a), day(b));
  if (fast != null) return fast;
  const fmt = cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, DAY_OPTIONS));
  const date = ([y, m, d]: [number, number, number]) => new Date(Date.UTC(y, m - 1, d));
  return fmt.formatRange(date(day(a)), date(day(b)));
}

/** "A, B and C" in the locale's words. */
export function formatList(items: string[], locale: string): string {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}

export function formatPercent(x: number, locale: string): string {
  const fast = written.get(locale)?.percent(x);
  if (fast != null) return fast;
  return cached(`p|${locale}`, () => new Intl.NumberFormat(locale, PERCENT_OPTIONS)).format(x);
}

/** Host part of a URL for display ("www.reuters.com" → "reuters.com"), or "" if it is not a URL. */
export function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Only http(s) links are rendered as links; anything else from a pack is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
