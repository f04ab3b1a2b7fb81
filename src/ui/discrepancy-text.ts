// Short words for a discrepancy: the label of its badge beside the quoted words ("event dated
// 1 Nov 2024", "64? outlets: 25–95") and the name of its kind. The long explanation is the
// rule's own message; these only have to fit on a line.
import type { Discrepancy, DiscrepancyKind } from '../core/types';
import { formatDate, formatDateSpan, formatNumber, type MessageKey, type T } from './i18n';

export const KIND_ORDER: DiscrepancyKind[] = ['figure', 'date', 'dateline', 'place', 'attribution', 'context', 'sourcing'];

export function kindName(kind: DiscrepancyKind, t: T): string {
  return t(`kind_${kind}` as MessageKey);
}

export function kindHeading(kind: DiscrepancyKind, t: T): string {
  return t(`kindHeading_${kind}` as MessageKey);
}

/** The first number written in a value ("at least 1,200 people" → 1200), or null. */
export function firstNumber(value: string): number | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(value);
  if (!m) return null;
  const n = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function numberSpan(values: number[], locale: string): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? formatNumber(lo, locale) : `${formatNumber(lo, locale)}–${formatNumber(hi, locale)}`;
}

const ISO_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function badgeLabel(d: Discrepancy, t: T): string {
  const L = t.locale;
  switch (d.kind) {
    case 'date': {
      const [from, to] = d.record.split('/');
      if (from && ISO_DAY.test(from) && (!to || ISO_DAY.test(to))) return t('badge_eventDated', formatDateSpan(from, to ?? null, L));
      return t('badge_dateDiffers');
    }
    case 'dateline':
      return ISO_DAY.test(d.record) ? t('badge_articleDated', formatDate(d.record, L)) : t('badge_dateDiffers');
    case 'figure': {
      const values = d.evidence.map((e) => firstNumber(e.value)).filter((n): n is number => n !== null);
      const mine = firstNumber(d.article);
      if (!values.length) return t('badge_figureDiffers');
      // Official series rows carry no link; reports always do.
      const official = d.evidence.every((e) => !e.url);
      const span = numberSpan(values, L);
      if (official) return t('badge_official', span);
      if (d.severity === 'warning' && mine !== null && !values.includes(mine)) return t('badge_sourcesNone', span, formatNumber(mine, L));
      return t('badge_sources', span);
    }
    case 'place':
      return t('badge_place');
    case 'attribution':
      return t('badge_attribution');
    case 'context': {
      const when = d.record.split(': ').pop() ?? '';
      return when && when !== d.record ? t('badge_context', when) : t('badge_contextGeneric');
    }
    case 'sourcing':
      return t('badge_sourcing');
  }
}

/** Discrepancies grouped by kind, in a fixed reading order. */
export function byKind(list: Discrepancy[]): [DiscrepancyKind, Discrepancy[]][] {
  return KIND_ORDER.map((k) => [k, list.filter((d) => d.kind === k)] as [DiscrepancyKind, Discrepancy[]]).filter(([, l]) => l.length > 0);
}
