import { describe, expect, it } from 'vitest';
import { createClient, createServer } from '../../../src/messaging/rpc';
import { DEFAULT_SETTINGS } from '../../../src/messaging/protocol';

const sender = { tabId: 7, url: 'http://127.0.0.1/a' };

describe('typed messaging', () => {
  it('delivers a request to its handler with the sender and returns the typed response', async () => {
    const server = createServer({
      settings: () => DEFAULT_SETTINGS,
      'tab-analysis': ({ tabId }, from) => (tabId === from.tabId ? null : null),
    });
    const send = createClient(async (msg) => server(msg, sender));
    expect(await send('settings', {})).toEqual(DEFAULT_SETTINGS);
    expect(await send('tab-analysis', { tabId: 7 })).toBeNull();
  });

  it('turns a handler error into a rejected promise with the same message', async () => {
    const server = createServer({ 'remove-pack': () => Promise.reject(new Error('No installed pack has the id "x".')) });
    const send = createClient(async (msg) => server(msg, sender));
    await expect(send('remove-pack', { id: 'x' })).rejects.toThrow('No installed pack has the id "x".');
  });

  it('answers unknown request types with an error instead of hanging', async () => {
    const server = createServer({});
    const send = createClient(async (msg) => server(msg, sender));
    await expect(send('packs', {})).rejects.toThrow('Unknown request "packs".');
  });

  it('ignores messages that are not ours, so other listeners can answer them', () => {
    const server = createServer({ settings: () => DEFAULT_SETTINGS });
    expect(server({ type: 'settings' }, sender)).toBeUndefined();
    expect(server('hello', sender)).toBeUndefined();
    expect(server(null, sender)).toBeUndefined();
  });

  it('reports a missing answer clearly', async () => {
    const send = createClient(async () => undefined);
    await expect(send('status', {})).rejects.toThrow('No answer from the background for "status".');
  });
});
