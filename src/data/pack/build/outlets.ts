// One outlet per site the reports come from. Known sites take their name and kind from
// data/outlets.json; others are named from the reports' own credits, which often add the copy's
// origin in brackets ("Dunya News (Reuters)") — the bracket is dropped from the outlet's name but
// stays in each report's `outlet` text, so the original source remains visible there.
import type { OutletRecord } from '../../../core/types';
import { hostIn, hostOf, registrableDomain } from './domains';
import type { KnownOutlet } from './inputs';

export interface OutletsBuild {
  outlets: OutletRecord[];
  /** Outlet id for a report URL (null when the URL has no host). */
  idFor(url: string): string | null;
}

/** Credits that name a page's original publisher, not the site carrying it. */
const REPOST = /\b(via|republished|reposted|excerpted|mirror)\b/i;

function siteName(credits: string[], domain: string): string {
  const counts = new Map<string, number>();
  for (const credit of credits) {
    const bracket = /\(([^)]*)\)\s*$/.exec(credit);
    const name = bracket && REPOST.test(bracket[1] ?? '') ? domain : credit.replace(/\s*\([^)]*\)\s*$/, '').trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? domain;
}

/** "palestina-komitee.nl" → "palestina-komitee-nl": stable as long as the site keeps its domain. */
function domainId(domain: string): string {
  return domain.replace(/[^a-z0-9]+/g, '-');
}

export function buildOutlets(reports: { url: string; outlet: string }[], known: KnownOutlet[]): OutletsBuild {
  const knownFor = (host: string): KnownOutlet | undefined => {
    let best: KnownOutlet | undefined;
    let bestLength = 0;
    for (const k of known) {
      for (const d of k.domains) {
        if (hostIn(host, d) && d.length > bestLength) [best, bestLength] = [k, d.length];
      }
    }
    return best;
  };

  const byId = new Map<string, OutletRecord>(known.map((k) => [k.id, { ...k, domains: [...k.domains] }]));
  const unknownCredits = new Map<string, string[]>(); // domain → credits
  const idByHost = new Map<string, string>();
  for (const r of reports) {
    const host = hostOf(r.url);
    if (!host) continue;
    const k = knownFor(host);
    if (k) {
      idByHost.set(host, k.id);
      continue;
    }
    const domain = registrableDomain(host);
    idByHost.set(host, domainId(domain));
    unknownCredits.set(domain, [...(unknownCredits.get(domain) ?? []), r.outlet]);
  }
  for (const [domain, credits] of unknownCredits) {
    const id = domainId(domain);
    if (byId.has(id)) throw new Error(`outlet id "${id}" for ${domain} is already used in data/outlets.json`);
    byId.set(id, { id, name: siteName(credits, domain), domains: [domain], kind: 'unknown' });
  }
  return {
    outlets: [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    idFor: (url) => {
      const host = hostOf(url);
      return host ? (idByHost.get(host) ?? null) : null;
    },
  };
}
