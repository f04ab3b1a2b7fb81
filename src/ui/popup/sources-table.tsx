// Who reported the event: one row per report — outlet (linked), date, the report's gist in the
// project's words, and its structured claims with who was cited and as of when.
import type { Claim, ReportRecord } from '../../core/types';
import { claimText } from '../claim-text';
import { formatDate, type T } from '../i18n';
import { ExternalLink } from '../shared/evidence';

function ClaimLine({ c, t }: { c: Claim; t: T }) {
  const text = claimText(c, t);
  return text.order === 'value-first' ? (
    <>
      <span class="claim-value">{text.value}</span> <span class="claim-subject">{text.subject}</span>
    </>
  ) : (
    <>
      <span class="claim-subject">{text.subject}:</span> <span class="claim-value">{text.value}</span>
    </>
  );
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
                      <ClaimLine c={c} t={t} />
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
