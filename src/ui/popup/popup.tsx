import type { SearchHit, TabAnalysis } from '../../messaging/protocol';

export type PopupState =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; message: string }
  | { status: 'ready'; tab: TabAnalysis };

export interface PopupProps {
  state: PopupState;
  search: (query: string) => Promise<SearchHit[]>;
}

export function Popup({ state }: PopupProps) {
  return (
    <main class="popup">
      <h1>Corroborate</h1>
      {state.status === 'loading' && <p role="status">Reading this page…</p>}
      {state.status === 'empty' && <p>This page was not read as a news article.</p>}
      {state.status === 'error' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && (
        <section>
          <h2 class="article-title">{state.tab.analysis.article.title}</h2>
          {state.tab.analysis.matches.length === 0 ? (
            <p>No known event matched this article.</p>
          ) : (
            <ul>
              {state.tab.analysis.matches.map((m) => (
                <li key={m.eventId}>
                  {m.title} — {m.date}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </main>
  );
}
