// Site names as the reader types them and as the content script checks them.

/** "https://www.Example.com/path" or "www.example.com" → "www.example.com"; null if it is not a host. */
export function siteFromInput(input: string): string | null {
  const raw = input.trim();
  if (!raw || /\s/.test(raw)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    const host = url.hostname.replace(/\.$/, '');
    if (!host || !(host.includes('.') || host === 'localhost') || host.length > 253) return null;
    return host;
  } catch {
    return null;
  }
}

/** Turning off "example.com" turns off its subdomains (www.example.com, news.example.com) too. */
export function siteDisabled(hostname: string, disabled: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return disabled.some((s) => host === s || host.endsWith(`.${s}`));
}
