// The only place messaging touches browser.runtime.
import { browser } from 'wxt/browser';
import type { Envelope } from './protocol';
import { createClient, createServer, type Handlers } from './rpc';

export const send = createClient((message: Envelope) => browser.runtime.sendMessage(message));

export function serve(handlers: Handlers): () => void {
  const onMessage = createServer(handlers);
  const listener = (message: unknown, sender: { tab?: { id?: number; url?: string }; url?: string }) =>
    onMessage(message, { tabId: sender.tab?.id ?? null, url: sender.tab?.url ?? sender.url ?? null });
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
