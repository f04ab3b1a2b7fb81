// Who said what, for a discrepancy: one row per report (or official figure) the rule compared with.
// Used by the in-page cards and the popup. Links out are plain links; following one is the reader's
// choice, and only http(s) addresses become links.
import type { DiscrepancyEvidence } from '../../core/types';
import type { ComponentChildren } from 'preact';
import { formatDate, hostOf, safeHref, type T } from '../i18n';

export function ExternalLink({ href, children, class: cls }: { href: string | null; children: ComponentChildren; class?: string }) {
  const safe = safeHref(href);
  if (!safe) return <span class={cls}>{children}</span>;
  return (
    <a class={cls} href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function EvidenceList({ rows, t, limit = 8 }: { rows: DiscrepancyEvidence[]; t: T; limit?: number }) {
  if (!rows.length) return null;
  const shown = rows.slice(0, limit);
  return (
    <ul class="evidence">
      {shown.map((r, i) => (
        <li key={i}>
          <div class="ev-head">
            <ExternalLink href={r.url} class="ev-outlet">
              {r.outlet}
            </ExternalLink>
            {r.url && safeHref(r.url) ? <span class="ev-host">{hostOf(r.url)}</span> : null}
          </div>
          <div class="ev-value">{r.value}</div>
          {r.attributedTo || r.asOf ? (
            <div class="ev-meta">
              {r.attributedTo ? <span>{t('evidence_cited', r.attributedTo)}</span> : null}
              {r.attributedTo && r.asOf ? ' · ' : null}
              {r.asOf ? <span>{t('evidence_asOf', formatDate(r.asOf, t.locale))}</span> : null}
            </div>
          ) : null}
        </li>
      ))}
      {rows.length > limit ? <li class="ev-more">{t.plural('evidence_more', rows.length - limit)}</li> : null}
    </ul>
  );
}
