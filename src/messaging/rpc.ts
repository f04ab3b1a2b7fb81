// Request/response over runtime messaging, typed by Protocol. The transport is passed in, so the
// same code runs over browser.runtime in the extension and over a direct call in tests.
import { CONTENT_SCRIPT_MESSAGES, isEnvelope, type Envelope, type MessageType, type Reply, type Req, type Res } from './protocol';

export interface SenderInfo {
  tabId: number | null;
  url: string | null;
  /** Sent by one of the extension's own pages (popup, options), not by a content script. */
  extension: boolean;
}

export type Handler<K extends MessageType> = (req: Req<K>, sender: SenderInfo) => Promise<Res<K>> | Res<K>;
export type Handlers = { [K in MessageType]?: Handler<K> };

export type Transport = (message: Envelope) => Promise<unknown>;

export function createClient(transport: Transport) {
  return async function send<K extends MessageType>(type: K, req: Req<K>): Promise<Res<K>> {
    const reply = (await transport({ corroborate: 1, type, req } as Envelope)) as Reply<K> | undefined;
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      throw new Error(`No answer from the background for "${type}".`);
    }
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}

export type Send = ReturnType<typeof createClient>;

/**
 * The listener the background registers. Returns undefined for messages that are not ours, so
 * other listeners (and the browser) are left alone; otherwise a promise of a Reply.
 */
export function createServer(handlers: Handlers) {
  return function onMessage(message: unknown, sender: SenderInfo): Promise<Reply<MessageType>> | undefined {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as Handler<MessageType> | undefined;
    if (!handler) return Promise.resolve({ ok: false, error: `Unknown request "${message.type}".` });
    if (!sender.extension && !CONTENT_SCRIPT_MESSAGES.has(message.type)) {
      return Promise.resolve({ ok: false, error: `"${message.type}" is answered only for the extension's own pages.` });
    }
    return (async () => {
      try {
        return { ok: true, value: await handler(message.req as never, sender) } as Reply<MessageType>;
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  };
}
