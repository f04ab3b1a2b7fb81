import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { ICONS, renderIcons } from './src/build/icons';

// Extension pages may load only their own scripts: no remote code. connect-src 'self' lets the
// background fetch the bundled pack; https: (and http on this machine, for a local pack server) is
// there only for pack subscriptions, which the reader turns on address by address (the options
// page asks for that origin's host permission first) and which fetch nothing but the pack and its
// manifest, with no cookies and no referrer. Nothing else in the extension fetches anything.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SUBSCRIPTION_ORIGINS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  hooks: {
    // The icons are drawn once as SVG and rendered to PNG here, so no binary copy can drift from it.
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await renderIcons(resolve(wxt.config.root, 'assets/icons/mark.svg'), resolve(wxt.config.wxtDir, 'icons'))));
      // The options page links to the privacy policy. As .txt every browser shows it as text; the
      // type a browser gives .md depends on the system, and it may download the file instead.
      files.push({ absoluteSrc: resolve(wxt.config.root, 'PRIVACY.md'), relativeDest: 'privacy.txt' });
    },
    // WXT takes the toolbar button's title from the popup's <title>; the manifest's should be the
    // localised one.
    'build:manifestGenerated': (_wxt, manifest) => {
      const button = manifest.action ?? manifest.browser_action;
      if (button) {
        button.default_title = '__MSG_actionTitle__';
        button.default_icon = ICONS;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Corroborate',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    // storage: settings and per-tab results (storage.session). Host access comes only from the
    // content script's matches (news pages on http/https); no tabs, no webRequest, no remote hosts.
    permissions: ['storage'],
    // A pack subscription's origin, asked for when the reader subscribes (plain http only locally).
    // Firefox's build is MV2, where origins are optional_permissions (WXT drops the MV3 key there).
    ...(browser === 'firefox' ? { optional_permissions: SUBSCRIPTION_ORIGINS } : { optional_host_permissions: SUBSCRIPTION_ORIGINS }),
    content_security_policy: { extension_pages: CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // A fixed id, so an update on addons.mozilla.org is the same add-on and keeps its data.
            // Firefox reads data_collection_permissions from 140 on desktop and 142 on Android;
            // addons-linter warns about the key under a lower strict_min_version.
            gecko: {
              id: '{f55739c0-c030-4911-b953-45e2d7b966fd}',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // chrome.storage.session (per-tab results) arrived in Chrome 102.
          minimum_chrome_version: '102',
        }),
  }),
});
