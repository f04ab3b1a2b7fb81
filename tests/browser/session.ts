// One Chromium with the built extension (and, by default, the fixture server) for a test file:
// launched before its tests, closed after them. Getters, because the hooks fill them in later.
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer } from './harness';

export interface Session {
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
}

export function extensionSession(options: { serve?: boolean } = {}): Session {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    if (options.serve !== false) server = await serveFixtures();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet (use the session inside tests or hooks).');
      return browser;
    },
    get server() {
      if (!server) throw new Error('No fixture server for this session.');
      return server;
    },
  };
}
