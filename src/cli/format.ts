// Human-readable rendering of an analysis for the terminal (without --json).
import type { Analysis } from '../core/types';

export function formatAnalysis(a: Analysis): string {
  const lines: string[] = [];
  const date = a.article.published ? `${a.article.published} (from ${a.article.publishedFrom})` : 'no publication date found';
  lines.push(`${a.article.title || '(no title)'}`);
  lines.push(`  ${[a.article.site, date].filter(Boolean).join(' · ')}`);
  if (a.article.publishedConflict) lines.push(`  date sources disagree: ${a.article.publishedConflict}`);
  if (a.article.inferredPeriod) lines.push(`  likely period: ${a.article.inferredPeriod.from}…${a.article.inferredPeriod.to} (${a.article.inferredPeriod.reason})`);
  if (!a.matches.length) lines.push('  no known event matched');
  for (const m of a.matches) {
    lines.push(`  ▸ ${m.title}`);
    lines.push(`    ${m.date}${m.dateEnd ? `…${m.dateEnd}` : ''} · ${m.sources} sources · confidence ${m.confidence.toFixed(2)}`);
    for (const r of m.reasons) lines.push(`    why: ${r}`);
  }
  for (const d of a.discrepancies) {
    lines.push(`  ! ${d.kind}: "${d.quote}"`);
    lines.push(`    ${d.message}`);
  }
  lines.push(`  (${a.timing.totalMs} ms)`);
  return lines.join('\n');
}
