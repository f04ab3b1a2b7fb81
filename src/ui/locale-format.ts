// Numbers and dates written from a locale's symbols and patterns, without Intl.
//
// Why: the first Intl formatter built in a page's renderer starts ICU there, one task of 20–45 ms on
// the page's main thread (measured in Chromium on the hostile pages), which alone is most of what
// the extension may add to a page. The background worker, where that cost blocks no page, reads
// the locale's symbols and patterns from Intl once (readLocaleData), checks that writing from them
// gives exactly what Intl gives, and hands them to the content script, which formats with them
// (localeFormats). Anything the patterns do not cover (a calendar other than the Gregorian, a
// number too large to write out, a span that runs backwards) is answered with null, and the caller
// asks Intl as before.

/** One piece of a pattern: text as it is, or a field filled in when formatting. */
type Piece = string | { f: 'num' } | { f: 'day' | 'month' | 'year'; end?: true };

export interface LocaleData {
  locale: string;
  /** The locale's ten digits, 0 to 9. */
  digits: string[];
  group: string;
  decimal: string;
  /** Digits in the group nearest the decimal point, and in the groups before it. */
  primary: number;
  secondary: number;
  /** Fewest digits before the first group separator for it to be written (2: "1234" but "12,345"). */
  minGroup: number;
  /** Patterns around a number's digits: a positive, a negative, and a percentage. */
  plain: Piece[];
  negative: Piece[];
  percent: Piece[];
  /** "1 Nov 2024" and "Nov 2024", with the month names each uses. */
  day: Piece[];
  month: Piece[];
  dayMonths: string[];
  monthMonths: string[];
  /** Day names 1–31 as the day pattern writes them (index 0 unused). */
  days: string[];
  /** Spans of days: within one month, within one year, across years. */
  spans: { month: Piece[]; year: Piece[]; other: Piece[] };
}

export interface LocaleFormats {
  number(n: number): string | null;
  percent(x: number): string | null;
  /** `y`, `m` (1–12) and, for a day, `d`. */
  date(y: number, m: number, d?: number): string | null;
  /** Two days, `a` not after `b`, as Intl's formatRange writes them. */
  span(a: [number, number, number], b: [number, number, number]): string | null;
}

const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);
/** The formats written here, as Intl options (i18n.ts asks Intl with the same ones). */
export const DAY_OPTIONS: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
export const MONTH_OPTIONS: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };
export const PERCENT_OPTIONS: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Parts with the run of number parts replaced by one `num` field. */
function numberPattern(parts: Intl.NumberFormatPart[]): Piece[] {
  const out: Piece[] = [];
  for (const p of parts) {
    if (!NUMBER_PARTS.has(p.type)) out.push(p.value);
    else if (typeof out[out.length - 1] !== 'object') out.push({ f: 'num' });
  }
  return out;
}

function datePattern(parts: Intl.DateTimeFormatPart[], withSource = false): Piece[] | null {
  const out: Piece[] = [];
  for (const p of parts as (Intl.DateTimeFormatPart & { source?: string })[]) {
    if (p.type === 'literal') out.push(p.value);
    else if (p.type === 'day' || p.type === 'month' || p.type === 'year') out.push(withSource && p.source === 'endRange' ? { f: p.type, end: true } : { f: p.type });
    else return null; // an era, a related year, a day period: not a pattern this writes
  }
  return out;
}

const value = (parts: Intl.DateTimeFormatPart[], type: string) => parts.find((p) => p.type === type)?.value ?? '';

/**
 * The symbols and patterns of `locale` for the formats the page's badges use, read from Intl; null
 * when writing from them would not give what Intl gives (checked here on sample values).
 */
export function readLocaleData(locale: string): LocaleData | null {
  try {
    const nf = new Intl.NumberFormat(locale);
    const plainDigits = new Intl.NumberFormat(locale, { useGrouping: false });
    const digits = Array.from({ length: 10 }, (_, d) => plainDigits.format(d));
    const big = nf.formatToParts(1234567.5);
    const ints = big.filter((p) => p.type === 'integer').map((p) => p.value);
    const grouped = (n: number) => nf.formatToParts(n).some((p) => p.type === 'group');
    const df = new Intl.DateTimeFormat(locale, DAY_OPTIONS);
    const mf = new Intl.DateTimeFormat(locale, MONTH_OPTIONS);
    const pf = new Intl.NumberFormat(locale, PERCENT_OPTIONS);
    const day = datePattern(df.formatToParts(utc(2024, 11, 23)));
    const month = datePattern(mf.formatToParts(utc(2024, 11, 1)));
    const span = (a: Date, b: Date) => datePattern(df.formatRangeToParts(a, b), true);
    const spans = { month: span(utc(2024, 11, 1), utc(2024, 11, 3)), year: span(utc(2024, 10, 31), utc(2024, 11, 2)), other: span(utc(2023, 12, 31), utc(2024, 1, 2)) };
    if (!day || !month || !spans.month || !spans.year || !spans.other) return null;
    const data: LocaleData = {
      locale,
      digits,
      group: big.find((p) => p.type === 'group')?.value ?? '',
      decimal: big.find((p) => p.type === 'decimal')?.value ?? '.',
      primary: ints.length > 1 ? ints[ints.length - 1]!.length : 3,
      secondary: ints.length > 2 ? ints[ints.length - 2]!.length : ints.length > 1 ? ints[ints.length - 1]!.length : 3,
      minGroup: grouped(1000) ? 1 : grouped(10000) ? 2 : 3,
      plain: numberPattern(nf.formatToParts(5)),
      negative: numberPattern(nf.formatToParts(-5)),
      percent: numberPattern(pf.formatToParts(0.05)),
      day,
      month,
      dayMonths: Array.from({ length: 12 }, (_, m) => value(df.formatToParts(utc(2024, m + 1, 15)), 'month')),
      monthMonths: Array.from({ length: 12 }, (_, m) => value(mf.formatToParts(utc(2024, m + 1, 15)), 'month')),
      days: ['', ...Array.from({ length: 31 }, (_, d) => value(df.formatToParts(utc(2024, 1, d + 1)), 'day'))],
      spans: spans as LocaleData['spans'],
    };
    return agreesWithIntl(data, { nf, pf, df, mf }) ? data : null;
  } catch {
    return null; // an unknown locale, or an engine without formatRangeToParts
  }
}

/** Sample values written both ways: a mismatch anywhere and the data is not used. */
function agreesWithIntl(data: LocaleData, intl: { nf: Intl.NumberFormat; pf: Intl.NumberFormat; df: Intl.DateTimeFormat; mf: Intl.DateTimeFormat }): boolean {
  const f = localeFormats(data);
  const { nf, pf, df, mf } = intl;
  for (const n of [0, 7, -3, 42, 999, 1000, 1234, 12345, 123456, 1234567, 98765432, -45678, 2.5, 0.125, 1234.5678, 3.14159]) {
    if (f.number(n) !== nf.format(n)) return false;
  }
  for (const x of [0, 0.05, 0.42, 1, 0.999, 12.34]) if (f.percent(x) !== pf.format(x)) return false;
  const days: [number, number, number][] = [
    [2023, 10, 7],
    [2024, 1, 1],
    [2024, 2, 29],
    [2024, 9, 30],
    [2024, 12, 31],
    [1999, 5, 15],
  ];
  for (const [y, m, d] of days) {
    if (f.date(y, m, d) !== df.format(utc(y, m, d)) || f.date(y, m) !== mf.format(utc(y, m, 1))) return false;
  }
  const pairs: [[number, number, number], [number, number, number]][] = [
    [
      [2024, 6, 5],
      [2024, 6, 28],
    ],
    [
      [2024, 2, 27],
      [2024, 3, 2],
    ],
    [
      [2022, 11, 30],
      [2023, 1, 15],
    ],
  ];
  for (const [a, b] of pairs) if (f.span(a, b) !== df.formatRange(utc(...a), utc(...b))) return false;
  return true;
}

/** Writing from the data; null for what it does not cover. */
export function localeFormats(data: LocaleData): LocaleFormats {
  const toDigits = (ascii: string) => ascii.replace(/[0-9]/g, (c) => data.digits[Number(c)]!);
  const grouped = (int: string): string => {
    if (!data.group || int.length < data.primary + data.minGroup) return int;
    const out: string[] = [int.slice(-data.primary)];
    let rest = int.slice(0, -data.primary);
    while (rest.length > data.secondary) {
      out.unshift(rest.slice(-data.secondary));
      rest = rest.slice(0, -data.secondary);
    }
    if (rest) out.unshift(rest);
    return out.join(data.group);
  };
  /** |n| with at most `fraction` decimals (rounded half away from zero, as Intl does). */
  const body = (n: number, fraction: number): string | null => {
    const fixed = Math.abs(n).toFixed(fraction);
    if (!/^\d+(\.\d+)?$/.test(fixed)) return null; // written with an exponent: past 1e21
    const [int, frac = ''] = fixed.split('.');
    const kept = frac.replace(/0+$/, '');
    return toDigits(grouped(int!)) + (kept ? data.decimal + toDigits(kept) : '');
  };
  const fill = (pattern: Piece[], num: string) => pattern.map((p) => (typeof p === 'string' ? p : num)).join('');
  const writeDate = (pattern: Piece[], months: string[], a: [number, number, number], b = a): string | null => {
    let out = '';
    for (const p of pattern) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      if (p.f === 'num') return null;
      const [y, m, d] = p.end ? b : a;
      if (p.f === 'year') out += toDigits(String(y));
      else if (p.f === 'month') out += months[m - 1] ?? '';
      else out += data.days[d] ?? '';
    }
    return out;
  };
  const okDay = (y: number, m: number, d: number) => Number.isInteger(y) && y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
  return {
    number(n) {
      if (!Number.isFinite(n)) return null;
      const digits = body(n, 3);
      if (digits === null) return null;
      // -0.0001 is written as Intl writes it: "-0".
      return fill(n < 0 || Object.is(n, -0) ? data.negative : data.plain, digits);
    },
    percent(x) {
      if (!Number.isFinite(x) || x < 0) return null;
      const digits = body(x * 100, 0);
      return digits === null ? null : fill(data.percent, digits);
    },
    date(y, m, d) {
      if (!okDay(y, m, d ?? 1)) return null;
      return d === undefined ? writeDate(data.month, data.monthMonths, [y, m, 1]) : writeDate(data.day, data.dayMonths, [y, m, d]);
    },
    span(a, b) {
      if (!okDay(...a) || !okDay(...b)) return null;
      const order = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
      if (order > 0) return null;
      if (order === 0) return writeDate(data.day, data.dayMonths, a);
      const pattern = a[0] !== b[0] ? data.spans.other : a[1] !== b[1] ? data.spans.year : data.spans.month;
      return writeDate(pattern, data.dayMonths, a, b);
    },
  };
}
