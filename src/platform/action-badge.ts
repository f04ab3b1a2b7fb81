import { browser } from 'wxt/browser';
import { ACTIVE_ICONS, IDLE_ICONS } from '../build/icon-paths';
import { badgeFor, iconFor } from '../services/analysis';
import type { TabAnalysis } from '../messaging/protocol';

const COLORS = { warn: '#b45309', info: '#1d4ed8', none: '#6b7280' } as const;

// MV3 has action; Firefox's MV2 build has browserAction.
type ButtonApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setIcon'>;
const button = (): ButtonApi => (browser.action ?? (browser as unknown as { browserAction: ButtonApi }).browserAction);

export async function showBadge(tabId: number, tab: TabAnalysis | null): Promise<void> {
  const { text, tone } = badgeFor(tab);
  try {
    await button().setBadgeText({ tabId, text });
    if (text) await button().setBadgeBackgroundColor({ tabId, color: COLORS[tone] });
    await button().setIcon({ tabId, path: iconFor(tab) === 'active' ? ACTIVE_ICONS : IDLE_ICONS });
  } catch {
    // The tab may have closed between the analysis and the badge; nothing to show then.
  }
}
