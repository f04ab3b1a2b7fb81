// A date beside a headline link that leads to a known event; the event's title shows on hover or
// focus. Links are left alone: the badge sits after the link, never inside it.
import { Mark } from '../shared/mark';
import type { LinkMatch } from '../../messaging/protocol';
import { formatDate, type T } from '../i18n';
import { Card } from './card';
import { useDisclosure } from './disclosure';

export function LinkBadge({ id, match, t }: { id: string; match: LinkMatch; t: T }) {
  const ui = useDisclosure();
  const tipId = `${id}-tip`;
  const date = formatDate(match.date, t.locale);
  return (
    <span class="wrap" onFocusOut={ui.wrapperProps.onFocusOut}>
      <button
        type="button"
        ref={ui.buttonRef}
        class="badge badge-link"
        aria-label={t('link_label', date)}
        aria-describedby={tipId}
        aria-expanded={ui.open}
        {...ui.buttonProps}
      >
        <Mark size={11} />
        <span class="label">{date}</span>
      </button>
      <span id={tipId} class="sr-only">
        {t('link_tip', match.title, date)}
      </span>
      <Card id={`${id}-card`} ui={ui} t={t} role="tooltip" title="">
        <div class="tip-kicker">{t('link_kicker')}</div>
        <div class="tip-title">{match.title}</div>
        <div class="tip-date">{date}</div>
      </Card>
    </span>
  );
}
