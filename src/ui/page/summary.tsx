// The compact line under the headline: which event(s) the article is about, when, how many sources,
// how many discrepancies. Its card lists them all, including those that could not be marked in the
// text (their words were not found in the page).
import { Mark } from '../shared/mark';
import type { TabAnalysis } from '../../messaging/protocol';
import { kindName } from '../discrepancy-text';
import { formatDateSpan, formatPercent, type T } from '../i18n';
import { SeverityIcon } from '../shared/discrepancy';
import { Card } from './card';
import { useDisclosure } from './disclosure';

export interface SummaryProps {
  id: string;
  tab: TabAnalysis;
  /** Indexes into analysis.discrepancies of those shown beside their words. */
  anchored: ReadonlySet<number>;
  t: T;
}

export function Summary({ id, tab, anchored, t }: SummaryProps) {
  const ui = useDisclosure();
  const { matches, discrepancies } = tab.analysis;
  const first = matches[0];
  if (!first) return null;
  const cardId = `${id}-card`;
  const warn = discrepancies.some((d) => d.severity !== 'info');
  return (
    <div class="wrap summary-wrap" onFocusOut={ui.wrapperProps.onFocusOut}>
      <button
        type="button"
        ref={ui.buttonRef}
        class={`summary ${discrepancies.length ? (warn ? 'summary-warning' : 'summary-info') : 'summary-plain'}`}
        aria-expanded={ui.open}
        {...(ui.open ? { 'aria-controls': cardId } : {})}
        {...ui.buttonProps}
      >
        <span class="brand" aria-hidden="true">
          <Mark size={11} />
        </span>
        <span class="s-title">{first.title}</span>
        {matches.length > 1 ? <span class="s-more">{t.plural('summary_moreEvents', matches.length - 1)}</span> : null}
        <span class="s-sep" aria-hidden="true">·</span>
        <span class="s-date">{formatDateSpan(first.date, first.dateEnd, t.locale)}</span>
        <span class="s-sep" aria-hidden="true">·</span>
        <span class="s-sources">{t.plural('count_sources', first.sources)}</span>
        {discrepancies.length ? (
          <span class="s-disc">
            <span class="mark" aria-hidden="true">
              {warn ? '!' : 'i'}
            </span>
            {t.plural('count_discrepancies', discrepancies.length)}
          </span>
        ) : null}
        <span class={discrepancies.length ? 'chev' : 'chev chev-end'} aria-hidden="true" />
      </button>
      <Card id={cardId} ui={ui} t={t} role="dialog" title={t('summary_cardTitle')}>
        <p class="sub">{t.plural('summary_eventsHeading', matches.length)}</p>
        <ul class="events">
          {matches.map((m) => (
            <li key={m.eventId}>
              <div class="ev-title">{m.title}</div>
              <div class="ev-meta">
                {formatDateSpan(m.date, m.dateEnd, t.locale)} · {t.plural('count_sources', m.sources)} · {t('summary_confidence', formatPercent(m.confidence, t.locale))}
              </div>
            </li>
          ))}
        </ul>
        {discrepancies.length ? (
          <>
            <p class="sub">{t.plural('summary_discHeading', discrepancies.length)}</p>
            <ul class="discs">
              {discrepancies.map((d, i) => (
                <li key={i}>
                  <SeverityIcon severity={d.severity} t={t} />
                  <div>
                    <div class="d-head">
                      <span class="d-kind">{kindName(d.kind, t)}</span> <q>{d.quote}</q>
                      {anchored.has(i) ? null : <span class="d-unplaced"> {t('summary_notMarked')}</span>}
                    </div>
                    <div class="d-msg">{d.message}</div>
                  </div>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="msg">{t('summary_noDisc')}</p>
        )}
        <p class="card-foot">{t('card_more')}</p>
      </Card>
    </div>
  );
}
