import type { PackSummary, Settings } from '../../messaging/protocol';

export interface OptionsProps {
  packs: PackSummary[] | null;
  settings: Settings | null;
  error: string | null;
}

export function Options({ packs, error }: OptionsProps) {
  return (
    <main class="options">
      <h1>Corroborate settings</h1>
      {error && <p role="alert">{error}</p>}
      <h2>Datasets</h2>
      {packs === null ? (
        <p role="status">Loading…</p>
      ) : (
        <ul>
          {packs.map((p) => (
            <li key={p.meta.id}>
              {p.meta.title} {p.meta.version} — {p.counts.events} events
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
