import { describe, expect, it } from 'vitest';
import { DAY_OPTIONS, MONTH_OPTIONS, PERCENT_OPTIONS, localeFormats, readLocaleData } from '../../../src/ui/locale-format';
import { formatDate, formatDateSpan, formatNumber, useLocaleData } from '../../../src/ui/i18n';

// Locales with other digits, separators, group sizes and word orders.
const LOCALES = ['en-GB', 'en-US', 'fr', 'de', 'de-CH', 'es', 'pl', 'hi', 'ar-EG', 'he', 'zh', 'tr', 'sv', 'fi', 'vi'];
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

// A fixed-seed generator, so a failure names a value that can be tried again.
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('numbers and dates written from a locale’s patterns', () => {
  for (const locale of LOCALES) {
    it(`writes what Intl writes in ${locale}`, () => {
      const data = readLocaleData(locale);
      expect(data, locale).not.toBeNull();
      const f = localeFormats(data!);
      const nf = new Intl.NumberFormat(locale);
      const pf = new Intl.NumberFormat(locale, PERCENT_OPTIONS);
      const df = new Intl.DateTimeFormat(locale, DAY_OPTIONS);
      const mf = new Intl.DateTimeFormat(locale, MONTH_OPTIONS);
      const r = rng(7);
      for (let i = 0; i < 300; i++) {
        const n = Math.round((r() - 0.3) * 10 ** Math.floor(r() * 9)) / (r() < 0.3 ? 8 : 1);
        expect(f.number(n), `${locale} ${n}`).toBe(nf.format(n));
        const x = Math.round(r() * 1000) / 1000;
        expect(f.percent(x), `${locale} ${x}`).toBe(pf.format(x));
        const a: [number, number, number] = [2000 + Math.floor(r() * 30), 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28)];
        const later = new Date(utc(...a).getTime() + Math.floor(r() * 800) * 86_400_000);
        const b: [number, number, number] = [later.getUTCFullYear(), later.getUTCMonth() + 1, later.getUTCDate()];
        expect(f.date(...a), `${locale} ${a}`).toBe(df.format(utc(...a)));
        expect(f.date(a[0], a[1]), `${locale} ${a}`).toBe(mf.format(utc(a[0], a[1], 1)));
        expect(f.span(a, b), `${locale} ${a} ${b}`).toBe(df.formatRange(utc(...a), utc(...b)));
      }
    });
  }

  it('leaves to Intl what the patterns do not cover', () => {
    const f = localeFormats(readLocaleData('en-GB')!);
    expect(f.number(Number.NaN)).toBeNull();
    expect(f.number(1e22)).toBeNull();
    expect(f.percent(-0.5)).toBeNull();
    expect(f.date(2024, 13, 1)).toBeNull();
    expect(f.span([2024, 5, 2], [2024, 5, 1])).toBeNull();
  });

  it('gives no data for a locale it cannot write exactly (another calendar) or does not know', () => {
    expect(readLocaleData('th')).toBeNull(); // Buddhist years
    expect(readLocaleData('not a locale!')).toBeNull();
  });

  it('is what the formatting functions use once given, for that locale only', () => {
    const data = readLocaleData('de')!;
    const tampered = { ...data, locale: 'de-x-test', group: '_' };
    useLocaleData(tampered);
    expect(formatNumber(12345, 'de-x-test')).toBe('12_345');
    expect(formatNumber(12345, 'de')).toBe('12.345');
    expect(formatDate('2024-11-01', 'de-x-test')).toBe(new Intl.DateTimeFormat('de', DAY_OPTIONS).format(utc(2024, 11, 1)));
    expect(formatDateSpan('2024-11-01', '2024-11-03', 'de-x-test')).toBe(new Intl.DateTimeFormat('de', DAY_OPTIONS).formatRange(utc(2024, 11, 1), utc(2024, 11, 3)));
  });
});
