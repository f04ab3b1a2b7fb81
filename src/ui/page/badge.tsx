// A badge beside the words a discrepancy quotes: a small button whose label says what the records
// say ("event dated 1 Nov 2024"); its card explains and lists who said what.
import type { Discrepancy, Match } from '../../core/types';
import { badgeLabel, kindName } from '../discrepancy-text';
import { formatDateSpan, type T } from '../i18n';
import { DiscrepancyBody } from '../shared/discrepancy';
import { Card } from './card';
import { useDisclosure } from './disclosure';

export interface DiscrepancyBadgeProps {
  id: string;
  d: Discrepancy;
  match: Match | null;
  t: T;
}

export function DiscrepancyBadge({ id, d, match, t }: DiscrepancyBadgeProps) {
  const ui = useDisclosure();
  const cardId = `${id}-card`;
  const descId = `${id}-desc`;
  const label = badgeLabel(d, t);
  return (
    <span class="wrap" onFocusOut={ui.wrapperProps.onFocusOut}>
      <button
        type="button"
        ref={ui.buttonRef}
        class={`badge badge-${d.severity}`}
        aria-expanded={ui.open}
        {...(ui.open ? { 'aria-controls': cardId } : {})}
        aria-describedby={descId}
        data-kind={d.kind}
        {...ui.buttonProps}
      >
        <span class="mark" aria-hidden="true">
          {d.severity === 'info' ? 'i' : '!'}
        </span>
        <span class="label">{label}</span>
      </button>
      <span id={descId} class="sr-only">
        {t('badge_describe', kindName(d.kind, t), d.message)}
      </span>
      <Card id={cardId} ui={ui} t={t} role="dialog" title={t('card_titleKind', kindName(d.kind, t))}>
        <DiscrepancyBody d={d} t={t} evidenceLimit={6} compact />
        {match ? (
          <p class="card-event">
            {t('card_event', match.title, formatDateSpan(match.date, match.dateEnd, t.locale))}
          </p>
        ) : null}
        <p class="card-foot">{t('card_more')}</p>
      </Card>
    </span>
  );
}
