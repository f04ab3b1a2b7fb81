import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../../src/platform/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript(ctx);
  },
});
