// Per-tab results in storage.session: the service worker may be stopped at any time, and
// session storage outlives it while never touching the disk.
import { browser } from 'wxt/browser';
import type { TabAnalysis } from '../messaging/protocol';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTab(tabId: number, value: TabAnalysis): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: value });
}

export async function loadTab(tabId: number): Promise<TabAnalysis | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabAnalysis | undefined) ?? null;
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
