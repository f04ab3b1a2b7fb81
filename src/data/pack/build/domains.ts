// Registrable domains ("bbc.co.uk", "yahoo.com") from report URLs, so that www., amp., english. and
// regional subdomains of one site count as one outlet. A short list of two-level suffixes stands in
// for the full Public Suffix List, which this small, curated input does not need.

const TWO_LEVEL = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'org.au', 'co.za', 'com.br', 'com.pk', 'co.jp', 'or.jp', 'ne.jp',
  'com.bd', 'com.ph', 'com.tn', 'org.eg', 'com.eg', 'com.mt', 'co.il', 'org.il', 'com.tr', 'co.in', 'co.nz', 'com.sg',
  'com.my', 'co.id', 'com.ng', 'com.lb', 'com.sa', 'co.ke', 'com.cn', 'com.hk', 'com.tw', 'co.kr', 'com.mx', 'com.ar', 'gov.lb',
  // Hosting platforms where each subdomain is a different publisher.
  'wordpress.com', 'blogspot.com', 'page.link', 'github.io', 'substack.com',
]);

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '') || null;
  } catch {
    return null;
  }
}

export function registrableDomain(host: string): string {
  const labels = host.split('.');
  const n = TWO_LEVEL.has(labels.slice(-2).join('.')) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIn(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
