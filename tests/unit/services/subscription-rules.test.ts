import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/data/pack/codec';
import { checkDownload, conditionalHeaders, manifestUrlFor, manifestVerdict, originPattern, packPlan, parseManifest, parsePackUrl, type PackManifest } from '../../../src/services/subscriptions/rules';

const HASH = 'ab'.repeat(32);
const MANIFEST_URL = 'https://packs.example.org/gaza.pack.json.gz.manifest.json';
const fakeManifest = (o: Partial<PackManifest> = {}): PackManifest => ({ version: '1.2.0', sha256: HASH, size: 1000, url: 'https://packs.example.org/gaza.pack.json.gz', ...o });
const manifestText = (o: Record<string, unknown> = {}) => JSON.stringify({ ...fakeManifest(), ...o });

describe('parsePackUrl', () => {
  it('accepts an https address and drops its fragment', () => {
    const r = parsePackUrl('  https://packs.example.org/gaza.pack.json.gz#latest ');
    expect(r.ok && r.value.href).toBe('https://packs.example.org/gaza.pack.json.gz');
  });

  it('accepts plain http on 127.0.0.1 and localhost, for a local test server', () => {
    expect(parsePackUrl('http://127.0.0.1:8080/p.json.gz').ok).toBe(true);
    expect(parsePackUrl('http://localhost/p.json.gz').ok).toBe(true);
  });

  it('refuses plain http on any other host', () => {
    const r = parsePackUrl('http://packs.example.org/p.json.gz');
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/Only https addresses/) });
    // A name that merely starts like a loopback address is not one.
    expect(parsePackUrl('http://127.0.0.1.example.org/p').ok).toBe(false);
    // Nor is a loopback address the extension holds no optional permission for.
    expect(parsePackUrl('http://[::1]:8080/p').ok).toBe(false);
  });

  it('refuses other schemes, text that is not an address, and addresses with a password', () => {
    expect(parsePackUrl('ftp://packs.example.org/p').ok).toBe(false);
    expect(parsePackUrl('file:///home/me/p.json.gz').ok).toBe(false);
    expect(parsePackUrl('packs.example.org/p.json.gz')).toMatchObject({ ok: false, error: expect.stringMatching(/not a web address/) });
    expect(parsePackUrl('https://me:secret@packs.example.org/p')).toMatchObject({ ok: false, error: expect.stringMatching(/password/) });
  });
});

describe('where the manifest is and which permission covers it', () => {
  it('puts the manifest beside the pack, without the query', () => {
    const r = parsePackUrl('https://packs.example.org/gaza.pack.json.gz?v=3');
    expect(r.ok && manifestUrlFor(r.value)).toBe(MANIFEST_URL);
  });

  it('asks for the origin with its port, any path', () => {
    expect(originPattern('http://127.0.0.1:8123/a/b.json.gz')).toBe('http://127.0.0.1:8123/*');
    expect(originPattern('https://packs.example.org/gaza.pack.json.gz')).toBe('https://packs.example.org/*');
  });
});

describe('parseManifest', () => {
  it('reads a good manifest, the hash in lower case and a relative url against the manifest', () => {
    const r = parseManifest(manifestText({ sha256: HASH.toUpperCase(), url: 'gaza-1.2.0.pack.json.gz' }), MANIFEST_URL);
    expect(r).toEqual({ ok: true, value: fakeManifest({ url: 'https://packs.example.org/gaza-1.2.0.pack.json.gz' }) });
  });

  it('refuses text that is not JSON', () => {
    expect(parseManifest('<html>gone</html>', MANIFEST_URL)).toMatchObject({ ok: false, error: expect.stringMatching(/^The manifest is not valid JSON/) });
  });

  it('refuses JSON that is not an object', () => {
    expect(parseManifest('[1,2]', MANIFEST_URL)).toMatchObject({ ok: false, error: 'The manifest is not a JSON object.' });
    expect(parseManifest('null', MANIFEST_URL).ok).toBe(false);
  });

  it('names every bad field', () => {
    const r = parseManifest(JSON.stringify({ version: '', sha256: 'xyz', size: -1 }), MANIFEST_URL);
    expect(r.ok).toBe(false);
    const error = r.ok ? '' : r.error;
    expect(error).toMatch(/"version" must be/);
    expect(error).toMatch(/"sha256" must be 64 hexadecimal digits/);
    expect(error).toMatch(/"size" must be a positive whole number/);
    expect(error).toMatch(/"url" must be the address/);
  });

  it('refuses a hash of the wrong length and a fractional size', () => {
    expect(parseManifest(manifestText({ sha256: HASH.slice(2) }), MANIFEST_URL).ok).toBe(false);
    expect(parseManifest(manifestText({ size: 10.5 }), MANIFEST_URL).ok).toBe(false);
  });

  it('refuses a size over the limit any pack file has', () => {
    const r = parseManifest(manifestText({ size: MAX_FILE_BYTES + 1 }), MANIFEST_URL);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/"size" is \d+ bytes, more than any pack can be/) });
    expect(parseManifest(manifestText({ size: MAX_FILE_BYTES }), MANIFEST_URL).ok).toBe(true);
  });

  it('refuses a pack url on another origin than the manifest', () => {
    const r = parseManifest(manifestText({ url: 'https://elsewhere.example.com/gaza.pack.json.gz' }), MANIFEST_URL);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/points to https:\/\/elsewhere\.example\.com, not to https:\/\/packs\.example\.org/) });
  });
});

describe('conditionalHeaders', () => {
  it('sends If-None-Match when an ETag was kept, in preference to the date', () => {
    expect(conditionalHeaders({ etag: '"v7"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' }, true)).toEqual({ 'If-None-Match': '"v7"' });
  });

  it('sends If-Modified-Since when only a date was kept', () => {
    expect(conditionalHeaders({ etag: null, lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' }, true)).toEqual({ 'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
  });

  it('sends nothing conditional when no pack of this subscription is installed, or nothing was kept', () => {
    expect(conditionalHeaders({ etag: '"v7"', lastModified: null }, false)).toEqual({});
    expect(conditionalHeaders({ etag: null, lastModified: null }, true)).toEqual({});
  });
});

describe('manifestVerdict', () => {
  it('leaves everything as it is on a 304 to a conditional request', () => {
    expect(manifestVerdict(304, MANIFEST_URL, true)).toEqual({ action: 'unchanged' });
  });

  it('does not take a 304 to a plain request as "unchanged"', () => {
    expect(manifestVerdict(304, MANIFEST_URL, false)).toMatchObject({ action: 'fail' });
  });

  it('reads a 200', () => {
    expect(manifestVerdict(200, MANIFEST_URL, true)).toEqual({ action: 'parse' });
  });

  it('says plainly that there is no manifest on a 404, naming the address', () => {
    const v = manifestVerdict(404, MANIFEST_URL, false);
    expect(v).toMatchObject({ action: 'fail', error: expect.stringContaining(`There is no manifest at ${MANIFEST_URL}`) });
  });

  it('fails on a refusal, a server error and a 2xx without a body', () => {
    expect(manifestVerdict(403, MANIFEST_URL, false)).toMatchObject({ action: 'fail', error: expect.stringMatching(/refused/) });
    expect(manifestVerdict(503, MANIFEST_URL, false)).toMatchObject({ action: 'fail', error: expect.stringMatching(/503/) });
    expect(manifestVerdict(204, MANIFEST_URL, false)).toMatchObject({ action: 'fail' });
  });
});

describe('packPlan and checkDownload', () => {
  it('downloads nothing when the manifest names the installed bytes', () => {
    expect(packPlan(fakeManifest(), HASH)).toEqual({ action: 'up-to-date' });
  });

  it('downloads at most the size the manifest gives', () => {
    expect(packPlan(fakeManifest(), 'cd'.repeat(32))).toEqual({ action: 'download', limit: 1000 });
    expect(packPlan(fakeManifest(), null)).toEqual({ action: 'download', limit: 1000 });
  });

  it('accepts a file of the stated size and hash', () => {
    expect(checkDownload(fakeManifest(), 1000, HASH)).toBeNull();
  });

  it('refuses a file of another size', () => {
    expect(checkDownload(fakeManifest(), 999, HASH)).toMatch(/999 bytes; its manifest says 1000/);
  });

  it('refuses a file with the wrong hash', () => {
    expect(checkDownload(fakeManifest(), 1000, 'cd'.repeat(32))).toMatch(/SHA-256 is cdcd.*; its manifest says abab/);
  });
});
