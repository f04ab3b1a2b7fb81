import type { TabAnalysis } from '../../messaging/protocol';

export function Summary({ tab }: { tab: TabAnalysis }) {
  const { matches, discrepancies } = tab.analysis;
  return (
    <div class="summary" role="note" aria-label="Corroborate">
      <strong>Corroborate</strong>{' '}
      {matches.map((m) => `${m.title} (${m.date}, ${m.sources} sources)`).join('; ')}
      {discrepancies.length ? ` · ${discrepancies.length} discrepancies` : ''}
    </div>
  );
}
