// The event among the events around it (its parent, the events it links to, others in the same
// places within a few months), in date order. Each other event opens its own detail.
import type { EventRecord, RelatedEvent } from '../../core/types';
import { formatDate, formatDateSpan, type MessageKey, type T } from '../i18n';

export function Timeline({ event, related, t, onOpenEvent }: { event: EventRecord; related: RelatedEvent[]; t: T; onOpenEvent(id: string): void }) {
  const items = [
    ...related.map((r) => ({ id: r.id, title: r.title, date: r.date, dateEnd: null as string | null, relation: r.relation as RelatedEvent['relation'] | 'self' })),
    { id: event.id, title: event.title, date: event.date, dateEnd: event.dateEnd, relation: 'self' as const },
  ].sort((a, b) => a.date.localeCompare(b.date) || (a.relation === 'self' ? 1 : -1));
  return (
    <ol class="timeline">
      {items.map((it) => (
        <li key={it.id} class={it.relation === 'self' ? 'tl-self' : ''} {...(it.relation === 'self' ? { 'aria-current': 'true' } : {})}>
          <span class="tl-dot" aria-hidden="true" />
          <div class="tl-date">
            {it.dateEnd ? formatDateSpan(it.date, it.dateEnd, t.locale) : formatDate(it.date, t.locale)}
            <span class="tl-rel"> · {t(`relation_${it.relation.replace(/-/g, '_')}` as MessageKey)}</span>
          </div>
          <div class="tl-body">
            {it.relation === 'self' ? (
              <span class="tl-title">{it.title}</span>
            ) : (
              <button type="button" class="linklike tl-title" onClick={() => onOpenEvent(it.id)}>
                {it.title}
              </button>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
