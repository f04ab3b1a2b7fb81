// Everything the dataset holds about one event: its summary, who reported it, the events around it
// and the official figures for its days.
import type { ComponentChildren } from 'preact';
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
  /**
   * Sources, timeline and figures behind disclosures, closed: under the tab's answer they are the
   * detail a reader opens, and the popup stays about two screens tall.
   */
  folded?: boolean;
}

function Block({ id, heading, folded, children }: { id: string; heading: string; folded?: boolean; children: ComponentChildren }) {
  if (folded) {
    return (
      <details class="block" id={id}>
        <summary>
          <h3 class="block-heading">{heading}</h3>
        </summary>
        {children}
      </details>
    );
  }
  return (
    <section class="block" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{heading}</h3>
      {children}
    </section>
  );
}

export function EventView({ detail, t, onOpenEvent, withTitle, folded }: EventViewProps) {
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
        <Block id={`${id}-notes`} heading={t('event_notes')} folded={folded}>
          <ul class="notes">
            {e.notes.map((n, i) => (
              <li key={i}>{n.summary}</li>
            ))}
          </ul>
        </Block>
      ) : null}
      <Block id={`${id}-sources`} heading={t.plural('event_sourcesHeading', detail.reports.length)} folded={folded}>
        <SourcesTable reports={detail.reports} t={t} />
      </Block>
      <Block id={`${id}-timeline`} heading={t('event_timeline')} folded={folded}>
        <Timeline event={e} related={detail.related} t={t} onOpenEvent={onOpenEvent} />
      </Block>
      {detail.series.length ? (
        <Block id={`${id}-series`} heading={t('event_series')} folded={folded}>
          <SeriesFigures series={detail.series} from={e.date} to={e.dateEnd ?? e.date} t={t} />
        </Block>
      ) : null}
    </div>
  );
}
