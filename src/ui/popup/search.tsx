// Search the dataset: for pages Corroborate did not match, or to look an event up. Results open the
// event's detail.
import { useState } from 'preact/hooks';
import type { SearchHit } from '../../messaging/protocol';
import { formatDate, type T } from '../i18n';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'error'; query: string; message: string };

export function Search({ state, t, onSearch, onOpenEvent }: { state: SearchState; t: T; onSearch(query: string): void; onOpenEvent(id: string): void }) {
  const [query, setQuery] = useState(state.status === 'idle' ? '' : state.query);
  return (
    <section class="search" aria-labelledby="search-h">
      <h2 id="search-h" class="section-title">
        {t('search_heading')}
      </h2>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) onSearch(query.trim());
        }}
      >
        <label for="search-q" class="sr-only">
          {t('search_label')}
        </label>
        <input
          id="search-q"
          type="search"
          value={query}
          placeholder={t('search_placeholder')}
          autocomplete="off"
          maxLength={200}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="btn">
          {t('search_button')}
        </button>
      </form>
      <div aria-live="polite">
        {state.status === 'searching' ? <p class="muted">{t('search_searching')}</p> : null}
        {state.status === 'error' ? <p class="error">{t('search_error', state.message)}</p> : null}
        {state.status === 'done' && !state.hits.length ? <p class="muted">{t('search_noResults', state.query)}</p> : null}
        {state.status === 'done' && state.hits.length ? (
          <ul class="hits" aria-label={t.plural('search_results', state.hits.length)}>
            {state.hits.map((h) => (
              <li key={h.eventId}>
                <button type="button" class="hit" onClick={() => onOpenEvent(h.eventId)}>
                  <span class="hit-title">{h.title}</span>
                  <span class="muted small">
                    {formatDate(h.date, t.locale)} · {t.plural('count_sources', h.sources)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
