// Runs the pipeline for a page and gathers what the popup shows for it.
import { eventDetails } from '../core/details';
import { analyzeSnapshot } from '../core/pipeline';
import type { Repository } from '../core/repository';
import type { ArticleSnapshot } from '../core/types';
import type { TabAnalysis } from '../messaging/protocol';

export async function analyzeForTab(snapshot: ArticleSnapshot, repo: Repository, clock: () => number, analysedAt: number): Promise<TabAnalysis> {
  const analysis = await analyzeSnapshot(snapshot, repo, { clock });
  const bundles = await repo.events(analysis.matches.map((m) => m.eventId));
  return { analysis, events: await eventDetails(bundles, repo), analysedAt };
}

/** The toolbar icon for a tab: the mark in colour where events were found, grey where none were. */
export function iconFor(tab: TabAnalysis | null): 'active' | 'idle' {
  return tab?.analysis.matches.length ? 'active' : 'idle';
}

/** Number shown on the toolbar button: discrepancies if any, else matched events. */
export function badgeFor(tab: TabAnalysis | null): { text: string; tone: 'warn' | 'info' | 'none' } {
  if (!tab) return { text: '', tone: 'none' };
  const d = tab.analysis.discrepancies.length;
  if (d) return { text: String(d), tone: 'warn' };
  const m = tab.analysis.matches.length;
  return m ? { text: String(m), tone: 'info' } : { text: '', tone: 'none' };
}
