// The body of a discrepancy, as the in-page card and the popup show it: the plain-language message,
// the article's words against the records, and who said what.
import type { Discrepancy } from '../../core/types';
import { formatDate, formatDateSpan, type T } from '../i18n';
import { EvidenceList } from './evidence';

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A rule's article/record value for display: ISO dates and date spans formatted, text as is. */
export function displayValue(value: string, t: T): string {
  if (ISO.test(value)) return formatDate(value, t.locale);
  const [a, b] = value.split('/');
  if (a && b && ISO.test(a) && ISO.test(b)) return formatDateSpan(a, b, t.locale);
  return value;
}

export function SeverityIcon({ severity, t }: { severity: Discrepancy['severity']; t: T }) {
  const label = severity === 'info' ? t('severity_info') : t('severity_warning');
  return (
    <span class={`sev sev-${severity}`} role="img" aria-label={label} title={label}>
      {severity === 'info' ? 'i' : '!'}
    </span>
  );
}

export interface DiscrepancyBodyProps {
  d: Discrepancy;
  t: T;
  evidenceLimit?: number;
  /** The popup folds the evidence away under "Who said what (n)"; the in-page card shows it. */
  foldEvidence?: boolean;
  /** The in-page card leaves out the records line when the evidence rows say the same, one per row. */
  compact?: boolean;
}

export function DiscrepancyBody({ d, t, evidenceLimit, foldEvidence, compact }: DiscrepancyBodyProps) {
  const article = displayValue(d.article, t);
  const showRecord = !(compact && d.evidence.length > 1);
  const comparison = (
    <dl class="cmp">
      <dt>{t('card_article')}</dt>
      <dd>
        <q>{d.quote}</q>
        {article && article !== d.quote ? <span class="cmp-val"> — {article}</span> : null}
      </dd>
      {showRecord ? (
        <>
          <dt>{t('card_record')}</dt>
          <dd>{displayValue(d.record, t)}</dd>
        </>
      ) : null}
    </dl>
  );
  return (
    <div class="disc">
      <p class="msg">{d.message}</p>
      {foldEvidence && d.evidence.length ? null : comparison}
      {d.evidence.length && foldEvidence ? (
        <details class="who">
          <summary>{t('card_whoSaidCount', String(d.evidence.length))}</summary>
          {comparison}
          <EvidenceList rows={d.evidence} t={t} {...(evidenceLimit ? { limit: evidenceLimit } : {})} />
        </details>
      ) : null}
      {d.evidence.length && !foldEvidence ? (
        <>
          <p class="sub">{t('card_whoSaid')}</p>
          <EvidenceList rows={d.evidence} t={t} {...(evidenceLimit ? { limit: evidenceLimit } : {})} />
        </>
      ) : null}
    </div>
  );
}
