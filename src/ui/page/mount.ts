// In-page UI. Every visible piece lives in its own shadow root, so page CSS cannot restyle it and
// its CSS cannot leak into the page. Hosts are inserted beside the words they annotate (never over
// them) and all removed by remove().
import { h, render } from 'preact';
import type { LinkMatch, TabAnalysis } from '../../messaging/protocol';
import { Summary } from './summary';

export interface PageUi {
  remove(): void;
}

export const HOST_TAG = 'corroborate-ui';

function createHost(doc: Document, kind: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-kind', kind);
  // Page stylesheets can target our tag; inline !important keeps the host an unobtrusive box.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', kind === 'summary' ? 'block' : 'inline', 'important');
  const root = host.attachShadow({ mode: 'open' });
  return { host, root };
}

export function mountPageUi(doc: Document, data: { tab: TabAnalysis | null; links: LinkMatch[] }): PageUi {
  const hosts: HTMLElement[] = [];
  const tab = data.tab;
  if (tab && tab.analysis.matches.length) {
    const headline = doc.querySelector('article h1, main h1, h1');
    const { host, root } = createHost(doc, 'summary');
    render(h(Summary, { tab }), root);
    if (headline?.parentNode) headline.parentNode.insertBefore(host, headline.nextSibling);
    else doc.body.prepend(host);
    hosts.push(host);
  }
  return {
    remove() {
      for (const host of hosts) {
        if (host.shadowRoot) render(null, host.shadowRoot);
        host.remove();
      }
      hosts.length = 0;
    },
  };
}
