// Everything the dataset holds about one event: its summary, who reported it, the events around it
// and the official figures for its days.
import type { EventDetail } from '../../core/types';
import { formatDateSpan, type T } from '../i18n';
import { SeriesFigures } from './series';
import { SourcesTable } from './sources-table';
import { Timeline } from './timeline';

export interface EventViewProps {
  detail: EventDetail;
  t: T;
  onOpenEvent(id: string): void;
  /** Show the title block (the search view does; under a match the match already names it). */
  withTitle?: boolean;
}

export function EventView({ detail, t, onOpenEvent, withTitle }: EventViewProps) {
  const e = detail.event;
  const id = e.id.replace(/[^a-zA-Z0-9_-]/g, '-');
  return (
    <div class="event-view">
      {withTitle ? (
        <>
          <h2 class="event-title">{e.title}</h2>
          <p class="muted">
            {formatDateSpan(e.date, e.dateEnd, t.locale)} · {e.category} · {t.plural('count_sources', detail.reports.length)}
          </p>
        </>
      ) : null}
      <p class="event-summary">{e.summary}</p>
      {e.notes.length ? (
        <section class="block" aria-labelledby={`${id}-notes`}>
          <h3 id={`${id}-notes`}>{t('event_notes')}</h3>
          <ul class="notes">
            {e.notes.map((n, i) => (
              <li key={i}>{n.summary}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="block" aria-labelledby={`${id}-sources`}>
        <h3 id={`${id}-sources`}>{t.plural('event_sourcesHeading', detail.reports.length)}</h3>
        <SourcesTable reports={detail.reports} t={t} />
      </section>
      <section class="block" aria-labelledby={`${id}-timeline`}>
        <h3 id={`${id}-timeline`}>{t('event_timeline')}</h3>
        <Timeline event={e} related={detail.related} t={t} onOpenEvent={onOpenEvent} />
      </section>
      {detail.series.length ? (
        <section class="block" aria-labelledby={`${id}-series`}>
          <h3 id={`${id}-series`}>{t('event_series')}</h3>
          <SeriesFigures series={detail.series} from={e.date} to={e.dateEnd ?? e.date} t={t} />
        </section>
      ) : null}
    </div>
  );
}
