import { describe, expect, it } from 'vitest';
import { createClient, createServer } from '../../../src/messaging/rpc';
import { DEFAULT_SETTINGS } from '../../../src/messaging/protocol';

const sender = { tabId: null, url: 'chrome-extension://abc/popup.html', extension: true };
const contentScript = { tabId: 7, url: 'http://127.0.0.1/a', extension: false };

describe('typed messaging', () => {
  it('delivers a request to its handler with the sender and returns the typed response', async () => {
    const server = createServer({
      settings: () => DEFAULT_SETTINGS,
      analyze: ({ snapshot }, from) => ({ tabId: from.tabId, title: snapshot.title }) as never,
    });
    const send = createClient(async (msg) => server(msg, contentScript));
    expect(await send('settings', {})).toEqual(DEFAULT_SETTINGS);
    expect(await send('analyze', { snapshot: { title: 'T' } as never })).toEqual({ tabId: 7, title: 'T' });
  });

  it('answers a content script only what a page needs, and the extension pages everything', async () => {
    const calls: string[] = [];
    const server = createServer({
      settings: () => (calls.push('settings'), DEFAULT_SETTINGS),
      'set-settings': () => (calls.push('set-settings'), DEFAULT_SETTINGS),
      'remove-pack': () => (calls.push('remove-pack'), []),
      'tab-analysis': () => (calls.push('tab-analysis'), null),
    });
    const fromPage = createClient(async (msg) => server(msg, contentScript));
    expect(await fromPage('settings', {})).toEqual(DEFAULT_SETTINGS);
    await expect(fromPage('set-settings', { badges: false })).rejects.toThrow('"set-settings" is answered only for the extension\'s own pages.');
    await expect(fromPage('remove-pack', { id: 'core' })).rejects.toThrow('only for the extension');
    await expect(fromPage('tab-analysis', { tabId: 3 })).rejects.toThrow('only for the extension');
    expect(calls).toEqual(['settings']);
    const fromOptions = createClient(async (msg) => server(msg, { ...contentScript, url: 'chrome-extension://abc/options.html', extension: true }));
    expect(await fromOptions('remove-pack', { id: 'core' })).toEqual([]);
    expect(calls).toEqual(['settings', 'remove-pack']);
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
