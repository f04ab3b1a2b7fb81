import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../src/platform/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise announce the script (with the extension id) to the page by postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void runContentScript(ctx);
  },
});
