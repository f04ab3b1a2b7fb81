import { browser } from 'wxt/browser';
import { badgeFor } from '../services/analysis';
import type { TabAnalysis } from '../messaging/protocol';

const COLORS = { warn: '#b45309', info: '#1d4ed8', none: '#6b7280' } as const;

export async function showBadge(tabId: number, tab: TabAnalysis | null): Promise<void> {
  const { text, tone } = badgeFor(tab);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: COLORS[tone] });
  } catch {
    // The tab may have closed between the analysis and the badge; nothing to show then.
  }
}
