// Who reported the event: one row per report — outlet (linked), date, the report's gist in the
// project's words, and its structured claims with who was cited and as of when.
import type { Claim, ReportRecord } from '../../core/types';
import { formatDate, formatNumber, type T } from '../i18n';
import { ExternalLink } from '../shared/evidence';

function claimValue(c: Claim, t: T): string {
  const value = typeof c.value === 'number' ? formatNumber(c.value, t.locale) : c.kind === 'date' ? formatDate(c.value, t.locale) : c.value;
  return c.qualifier ? `${c.qualifier} ${value}` : value;
}

export function SourcesTable({ reports, t }: { reports: ReportRecord[]; t: T }) {
  if (!reports.length) return <p class="muted">{t('sources_none')}</p>;
  const sorted = [...reports].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  return (
    <table class="sources">
      <caption class="sr-only">{t('sources_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sources_colOutlet')}</th>
          <th scope="col">{t('sources_colSaid')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              <ExternalLink href={r.url} class="outlet">
                {r.outlet}
              </ExternalLink>
              <div class="muted small">{r.published ? formatDate(r.published, t.locale) : t('sources_undated')}</div>
            </th>
            <td>
              <div class="gist">{r.gist}</div>
              {r.claims.length ? (
                <ul class="claims">
                  {r.claims.map((c, i) => (
                    <li key={i}>
                      <span class="claim-value">{claimValue(c, t)}</span> <span class="claim-subject">{c.subject}</span>
                      {c.attributedTo || c.asOf ? (
                        <span class="muted small">
                          {' — '}
                          {c.attributedTo ? t('evidence_cited', c.attributedTo) : t('claims_uncited')}
                          {c.asOf ? ` · ${t('evidence_asOf', formatDate(c.asOf, t.locale))}` : ''}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
