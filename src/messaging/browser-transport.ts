// The only place messaging touches browser.runtime.
import { browser } from 'wxt/browser';
import type { Envelope } from './protocol';
import { createClient, createServer, type Handlers } from './rpc';

export const send = createClient((message: Envelope) => browser.runtime.sendMessage(message));

export function serve(handlers: Handlers): () => void {
  const onMessage = createServer(handlers);
  const ownOrigin = browser.runtime.getURL('/');
  // sender.url is the sending frame's own URL: a web page's for a content script, ours for the
  // popup and options (even when options is opened in a tab).
  const listener = (message: unknown, sender: { id?: string; tab?: { id?: number; url?: string }; url?: string }) =>
    onMessage(message, {
      tabId: sender.tab?.id ?? null,
      url: sender.tab?.url ?? sender.url ?? null,
      extension: sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin),
    });
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
