// The toolbar popup: what Corroborate found on this tab — the matched events with "why", the
// discrepancies grouped by kind, and for each event its sources, timeline and official figures —
// or, when it found nothing, why not and a search over the dataset. Pure: state in, callbacks out.
import type { Match, SamePlace } from '../../core/types';
import type { EventDetail, TabAnalysis } from '../../messaging/protocol';
import { formatDate, formatDateSpan, formatPercent, type MessageKey, type T } from '../i18n';
import { CoverageNote, type DatasetCoverage } from './coverage';
import { Discrepancies } from './discrepancies';
import { EventView } from './event-view';
import { Search, type SearchState } from './search';

export type { SearchState } from './search';

export type PopupState =
  | { status: 'loading' }
  | { status: 'installing' }
  | { status: 'dataset-error'; message: string }
  /** The page was not read as an article (or Corroborate is off there). */
  | { status: 'empty' }
  | { status: 'error'; message: string }
  | { status: 'ready'; tab: TabAnalysis };

export type DetailState =
  | null
  | { status: 'loading'; id: string }
  | { status: 'ready'; detail: EventDetail }
  | { status: 'missing'; id: string }
  | { status: 'error'; message: string };

export interface PopupProps {
  state: PopupState;
  t: T;
  search: SearchState;
  /** An event opened from the search or the timeline; shown instead of the tab's analysis. */
  detail: DetailState;
  /** Names of the dataset's sources, for the attribution line. */
  attribution: string[];
  /** What the installed packs cover; null until known. */
  coverage: DatasetCoverage | null;
  /** The dataset install failed (the popup may still have an older analysis to show). */
  datasetError: string | null;
  onSearch(query: string): void;
  onOpenEvent(id: string): void;
  onBack(): void;
  onOpenOptions(): void;
}

function MatchCard({ m, t }: { m: Match; t: T }) {
  return (
    <article class="match" aria-label={m.title}>
      <div class="match-head">
        <h3 class="match-title">{m.title}</h3>
        <span class="conf" title={t('match_confidenceHint')}>
          {t('match_confidence', formatPercent(m.confidence, t.locale))}
        </span>
      </div>
      <p class="muted match-meta">
        {formatDateSpan(m.date, m.dateEnd, t.locale)} · {t.plural('count_sources', m.sources)}
      </p>
      {m.reasons.length ? (
        <details class="why">
          <summary>{t('match_why')}</summary>
          <ul>
            {m.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}

/** Events at a place the article names, on other days: quiet, behind a disclosure, never compared. */
function SamePlaceList({ list, t, onOpenEvent }: { list: SamePlace[] | undefined; t: T; onOpenEvent(id: string): void }) {
  if (!list?.length) return null;
  return (
    <details class="same-place">
      <summary>{t('samePlace_heading')}</summary>
      <p class="muted small">{t('samePlace_hint')}</p>
      <ul>
        {list.map((s) => (
          <li key={s.eventId}>
            <button type="button" class="linklike" onClick={() => onOpenEvent(s.eventId)}>
              {s.title}
            </button>
            <span class="muted small"> {t('samePlace_item', formatDateSpan(s.date, s.dateEnd, t.locale), s.place)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

function ArticleHeader({ tab, t }: { tab: TabAnalysis; t: T }) {
  const a = tab.analysis.article;
  const from = a.publishedFrom ? t(`publishedFrom_${a.publishedFrom.replace(/-/g, '_')}` as MessageKey) : '';
  return (
    <section class="article" aria-labelledby="article-h">
      <h2 id="article-h" class="section-title">
        {t('article_heading')}
      </h2>
      <p class="article-title">{a.title}</p>
      <p class="muted small">
        {a.site ? `${a.site} · ` : ''}
        {a.published ? t('article_published', formatDate(a.published, t.locale), from) : t('article_undated')}
      </p>
      {a.publishedConflict ? <p class="note warn-text small">{a.publishedConflict}</p> : null}
      {tab.page?.failed ? (
        <p class="note warn-text small" role="status">
          {t('page_failed', tab.page.failed)}
        </p>
      ) : null}
      {!tab.page?.failed && tab.page?.hidden ? <p class="note small">{t.plural('page_hidden', tab.page.hidden)}</p> : null}
      {a.inferredPeriod ? (
        <p class="note small">{t('article_inferred', formatDateSpan(a.inferredPeriod.from, a.inferredPeriod.to, t.locale), a.inferredPeriod.reason)}</p>
      ) : null}
    </section>
  );
}

function Ready({ tab, t, coverage, onOpenEvent }: { tab: TabAnalysis; t: T; coverage: DatasetCoverage | null; onOpenEvent(id: string): void }) {
  const { matches, discrepancies } = tab.analysis;
  if (!matches.length) {
    return (
      <>
        <ArticleHeader tab={tab} t={t} />
        <p class="state" role="status">
          {t('state_noMatch')}
        </p>
        <p class="muted small">{t('state_noMatchHint')}</p>
        <CoverageNote coverage={coverage} t={t} />
        <SamePlaceList list={tab.analysis.samePlace} t={t} onOpenEvent={onOpenEvent} />
      </>
    );
  }
  const many = tab.events.length > 1;
  return (
    <>
      <ArticleHeader tab={tab} t={t} />
      <section aria-labelledby="events-h">
        <h2 id="events-h" class="section-title">
          {t.plural('events_heading', matches.length)}
        </h2>
        {matches.map((m) => (
          <MatchCard key={m.eventId} m={m} t={t} />
        ))}
        <SamePlaceList list={tab.analysis.samePlace} t={t} onOpenEvent={onOpenEvent} />
      </section>
      <section aria-labelledby="disc-h" class="discrepancies">
        <h2 id="disc-h" class="section-title">
          {t('disc_heading')} <span class="count">{discrepancies.length}</span>
        </h2>
        <Discrepancies list={discrepancies} t={t} />
      </section>
      {tab.events.map((detail, i) => (
        <section key={detail.event.id} aria-labelledby={`about-h-${i}`} class="about">
          <h2 id={`about-h-${i}`} class="section-title">
            {many ? t('about_eventNamed', detail.event.title) : t('about_event')}
          </h2>
          <EventView detail={detail} t={t} onOpenEvent={onOpenEvent} folded />
        </section>
      ))}
    </>
  );
}

function Detail({ detail, t, onBack, onOpenEvent }: { detail: Exclude<DetailState, null>; t: T; onBack(): void; onOpenEvent(id: string): void }) {
  return (
    <>
      <button type="button" class="back linklike" onClick={onBack}>
        <span aria-hidden="true">← </span>
        {t('detail_back')}
      </button>
      {detail.status === 'loading' ? (
        <p class="state" role="status">
          {t('detail_loading')}
        </p>
      ) : null}
      {detail.status === 'missing' ? <p class="state">{t('detail_missing')}</p> : null}
      {detail.status === 'error' ? (
        <p class="state error" role="alert">
          {t('state_error', detail.message)}
        </p>
      ) : null}
      {detail.status === 'ready' ? <EventView detail={detail.detail} t={t} onOpenEvent={onOpenEvent} withTitle /> : null}
    </>
  );
}

export function Popup(props: PopupProps) {
  const { state, t } = props;
  const count = state.status === 'ready' ? state.tab.analysis.discrepancies.length : 0;
  const showSearch = !props.detail && state.status !== 'loading' && state.status !== 'installing' && state.status !== 'dataset-error';
  return (
    <div class="popup">
      <header class="top">
        <img class="logo" src="/icons/48.png" alt="" width="22" height="22" />
        <h1 class="app">{t('extName')}</h1>
        {state.status === 'ready' && state.tab.analysis.matches.length ? (
          <span class={`pill ${count ? 'pill-warn' : 'pill-ok'}`}>{count ? t.plural('count_discrepancies', count) : t('pill_noDisc')}</span>
        ) : null}
      </header>
      <main>
        {props.datasetError && state.status === 'ready' ? <p class="banner">{t('state_datasetErrorShort', props.datasetError)}</p> : null}
        {props.detail ? (
          <Detail detail={props.detail} t={t} onBack={props.onBack} onOpenEvent={props.onOpenEvent} />
        ) : (
          <>
            {state.status === 'loading' ? (
              <p class="state" role="status">
                {t('state_loading')}
              </p>
            ) : null}
            {state.status === 'installing' ? (
              <p class="state" role="status">
                {t('state_installing')}
              </p>
            ) : null}
            {state.status === 'dataset-error' ? (
              <p class="state error" role="alert">
                {t('state_datasetError', state.message)}
              </p>
            ) : null}
            {state.status === 'empty' ? (
              <>
                <p class="state">{t('state_notArticle')}</p>
                <p class="muted small">{t('state_notArticleHint')}</p>
                <CoverageNote coverage={props.coverage} t={t} />
              </>
            ) : null}
            {state.status === 'error' ? (
              <p class="state error" role="alert">
                {t('state_error', state.message)}
              </p>
            ) : null}
            {state.status === 'ready' ? <Ready tab={state.tab} t={t} coverage={props.coverage} onOpenEvent={props.onOpenEvent} /> : null}
          </>
        )}
        {showSearch ? <Search state={props.search} t={t} onSearch={props.onSearch} onOpenEvent={props.onOpenEvent} /> : null}
      </main>
      <footer class="foot">
        <p class="attrib">{props.attribution.length ? t('footer_data', props.attribution.join('; ')) : t('footer_dataPending')}</p>
        <button type="button" class="linklike" onClick={props.onOpenOptions}>
          {t('footer_settings')}
        </button>
      </footer>
    </div>
  );
}
