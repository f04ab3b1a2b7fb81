import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePack, encodePack } from '../../../../src/data/pack/codec';
import { canonicalJson } from '../../../../src/data/pack/canonical';
import { fakePack } from '../../factories';

const text = (s: string) => new TextEncoder().encode(s);

describe('encodePack / decodePack', () => {
  it('round-trips a pack through gzip', () => {
    const pack = fakePack();
    const decoded = decodePack(encodePack(pack));
    expect(decoded.ok && decoded.pack).toEqual(pack);
  });

  it('encodes the same pack to the same bytes every time', () => {
    expect(Buffer.from(encodePack(fakePack())).equals(Buffer.from(encodePack(fakePack())))).toBe(true);
  });

  it('writes gzip any tool can read, with sorted keys and no timestamp', () => {
    const bytes = encodePack(fakePack());
    expect([...bytes.subarray(4, 8)]).toEqual([0, 0, 0, 0]); // mtime
    const json = gunzipSync(bytes).toString('utf8');
    expect(json).toBe(canonicalJson(fakePack()));
    expect(json.startsWith('{"actors":')).toBe(true);
  });

  it('gives the same bytes whatever order the keys were written in', () => {
    const pack = fakePack();
    const shuffled = Object.fromEntries(Object.entries(pack).reverse()) as typeof pack;
    expect(Buffer.from(encodePack(shuffled)).equals(Buffer.from(encodePack(pack)))).toBe(true);
  });

  it('accepts plain JSON and gzip written by other tools', () => {
    const json = JSON.stringify(fakePack(), null, 2);
    expect(decodePack(text(json)).ok).toBe(true);
    expect(decodePack(new Uint8Array(gzipSync(json))).ok).toBe(true);
  });

  it('says a file that is neither gzip nor JSON is neither', () => {
    expect(decodePack(text('<html>not a pack</html>'))).toEqual({
      ok: false,
      errors: ['This file is neither gzip nor JSON: it is text that does not start like JSON. A pack is a .json or .json.gz file.'],
    });
    expect(decodePack(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe])).ok).toBe(false);
    expect(decodePack(new Uint8Array(0))).toEqual({ ok: false, errors: ['The file is empty.'] });
  });

  it('reports bad JSON with the parser\'s reason', () => {
    const result = decodePack(text('{"format": "corroborate-pack",'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^The file is not valid JSON \(.+\)\.$/);
  });

  it('reports a truncated gzip file as truncated, wherever it was cut', () => {
    const bytes = encodePack(fakePack());
    for (const cut of [5, 20, bytes.length - 30, bytes.length - 3]) {
      const result = decodePack(bytes.subarray(0, cut));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors[0]).toMatch(/truncated/);
    }
  });

  it('validates what it decodes', () => {
    const result = decodePack(text(JSON.stringify({ ...fakePack(), schemaVersion: 3 })));
    expect(result).toEqual({ ok: false, errors: ['This pack uses schema version 3; this version of Corroborate reads versions 1 and 2.'] });
  });
});
