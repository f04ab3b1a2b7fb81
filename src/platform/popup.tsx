// Popup wiring: find the tab, ask the background for its analysis, render.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../messaging/browser-transport';
import type { TabAnalysis } from '../messaging/protocol';
import { Popup, type PopupState } from '../ui/popup/popup';

/** The tab to describe: ?tab=<id> (tests, a detached popup) or the active tab of this window. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function PopupApp() {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await targetTab();
      const analysis: TabAnalysis | null = tabId === null ? null : await send('tab-analysis', { tabId });
      setState(analysis ? { status: 'ready', tab: analysis } : { status: 'empty' });
    })().catch((err: unknown) => setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }));
  }, []);
  return <Popup state={state} search={(query) => send('search', { query })} />;
}
