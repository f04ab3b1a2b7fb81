import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../../src/core/types';
import { decodePackFile } from '../../../../src/data/index/decode';
import type { ParsedPack } from '../../../../src/data/index/parsed-pack';
import { randomBytes } from 'node:crypto';
import { decodePack, encodePack, NOT_JSON_BINARY, NOT_JSON_TEXT, MAX_INFLATE_RATIO, TOO_COMPRESSED, TOO_LARGE_INFLATED } from '../../../../src/data/pack/codec';
import { inflateText } from '../../../../src/data/index/inflate';
import { checkIntegrity } from '../../../../src/data/pack/integrity';
import { Problems } from '../../../../src/data/pack/problems';
import { fakeOutlet, fakePack, fakeReport } from '../../factories';
import { packWithEvents } from '../helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gzip = (s: string) => new Uint8Array(gzipSync(s));
type Json = Record<string, unknown>;
const clone = (p: Pack): Json => JSON.parse(JSON.stringify(p)) as Json;

/** The records a parsed pack holds, for comparing with a Pack. */
function recordsOf(p: ParsedPack) {
  return { meta: p.meta, events: p.events, reports: p.reports.map((r) => JSON.parse(r.json) as unknown), series: p.series, places: p.places, actors: p.actors, outlets: p.outlets };
}

function recordsOfPack(p: Pack) {
  const { format: _f, schemaVersion: _v, ...rest } = p;
  return rest;
}

/** decodePackFile must give exactly what the codec gives: the same pack, or the same messages. */
async function expectSameAsCodec(bytes: Uint8Array): Promise<'fast' | 'exact'> {
  const reference = decodePack(bytes);
  const { result, road } = await decodePackFile(bytes);
  if (!reference.ok) {
    expect(result).toEqual(reference);
  } else {
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(recordsOf(result.pack)).toEqual(recordsOfPack(reference.pack));
      expect(result.pack.claims).toBe(reference.pack.reports.reduce((n, r) => n + r.claims.length, 0));
      expect(result.pack.eventJson.map((j) => JSON.parse(j) as unknown)).toEqual(reference.pack.events);
    }
  }
  return road;
}

const ev = (p: Json, i = 0) => (p.events as Json[])[i]!;
const rep = (p: Json, i = 0) => (p.reports as Json[])[i]!;

/** Ways to break (or oddly keep valid) a pack, each a change to a plain copy of fakePack(). */
const CHANGES: [string, (p: Json) => void][] = [
  ['an event without a title', (p) => delete ev(p).title],
  ['a title that is a number', (p) => (ev(p).title = 5)],
  ['a month 13', (p) => (ev(p).date = '2024-13-01')],
  ['29 February of a common year', (p) => (ev(p).date = '2023-02-29')],
  ['a date at the wrong precision', (p) => (ev(p).precision = 'month')],
  ['an end before the start', (p) => (ev(p).dateEnd = '2024-01-01')],
  ['an unknown precision', (p) => (ev(p).precision = 'week')],
  ['a place without an id', (p) => (ev(p).places = [{}])],
  ['a null relation', (p) => (ev(p).places = [{ id: 'ps-khan-younis', relation: null }])],
  ['an empty actor id', (p) => (ev(p).actors = [''])],
  ['an overlong keyword', (p) => (ev(p).keywords = ['k'.repeat(301)])],
  ['501 related events', (p) => (ev(p).related = Array.from({ length: 501 }, () => 'ev-2'))],
  ['an unknown parent', (p) => (ev(p).parent = 'ev-404')],
  ['a note without timingOnly', (p) => (ev(p).notes = [{ kind: 'k', summary: 's', values: [] }])],
  ['an event that is a list', (p) => ((p.events as unknown[])[1] = [1, 2])],
  ['an event that is text', (p) => ((p.events as unknown[])[1] = 'event')],
  ['events that are an object', (p) => (p.events = { a: 1 })],
  ['reports that are null', (p) => (p.reports = null)],
  ['no places at all', (p) => delete p.places],
  ['a report for an unknown event', (p) => (rep(p).eventId = 'ev-404')],
  ['a report from an unknown outlet', (p) => (rep(p).outletId = 'nowhere')],
  ['two events with one id', (p) => (ev(p, 1).id = 'ev-1')],
  ['two reports with one id', (p) => (rep(p, 1).id = 'ev-1#1')],
  ['a claim of an unknown kind', (p) => ((rep(p).claims as Json[])[0]!.kind = 'died')],
  ['a claim value that is true', (p) => ((rep(p).claims as Json[])[0]!.value = true)],
  ['a bad asOf date', (p) => ((rep(p).claims as Json[])[0]!.asOf = '22 July')],
  ['a published timestamp', (p) => (rep(p).published = '2024-07-22T10:00:00Z')],
  ['a published hour 25', (p) => (rep(p).published = '2024-07-22T25:00Z')],
  ['a 36-character language', (p) => (rep(p).language = 'x'.repeat(36))],
  ['series points out of order', (p) => ((p.series as Json[])[0]!.points = [{ date: '2024-07-22', value: 1 }, { date: '2024-07-21', value: 2 }])],
  ['a point with text hours', (p) => ((p.series as Json[])[0]!.points = [{ date: '2024-07-22', value: 1, periodHours: '48' }])],
  ['a series since a bad day', (p) => ((p.series as Json[])[0]!.since = '2023-10-32')],
  ['a place that is its own parent', (p) => ((p.places as Json[])[0]!.parent = (p.places as Json[])[0]!.id)],
  ['a lower-case country', (p) => ((p.places as Json[])[0]!.country = 'ps')],
  ['a latitude of 91', (p) => ((p.places as Json[])[1]!.lat = 91)],
  ['an actor of an unknown type', (p) => ((p.actors as Json[])[0]!.type = 'army')],
  ['outlet aliases that are not text', (p) => ((p.outlets as Json[])[0]!.aliases = [1])],
  ['a version that is not semantic', (p) => ((p.meta as Json).version = 'v1')],
  ['a build time without a zone', (p) => ((p.meta as Json).builtAt = '2024-07-23T00:00:00')],
  ['another format', (p) => (p.format = 'other')],
  ['schema version 3', (p) => (p.schemaVersion = 3)],
  ['a __proto__ key on a claim', (p) => Object.defineProperty((rep(p).claims as Json[])[0]!, '__proto__', { value: { polluted: 1 }, enumerable: true, configurable: true, writable: true })],
  ['a constructor key on an event', (p) => Object.defineProperty(ev(p), 'constructor', { value: { prototype: {} }, enumerable: true, configurable: true, writable: true })],
  ['many problems at once', (p) => (p.events as Json[]).forEach((e) => ((e.date = 'never'), (e.title = null)))],
  // Valid, but not as the quick road expects: these go the exact way and must store the same.
  ['an unknown key on an event', (p) => (ev(p).extra = 'dropped by the schema')],
  ['an unknown key on a claim', (p) => ((rep(p).claims as Json[])[0]!.note = 1)],
  ['an unknown top-level key', (p) => (p.comment = 'hello')],
  ['outlet aliases', (p) => (p.outlets = [fakeOutlet({ aliases: ['Reuters News'] })])],
  ['a relation on a place', (p) => (ev(p).places = [{ id: 'ps-khan-younis', relation: 'north of the city' }])],
];

/** A copy of a gzip file whose trailer states `size` as its inflated size (a lie, if it differs). */
function stating(gzip: Uint8Array, size: number): Uint8Array {
  const copy = gzip.slice();
  new DataView(copy.buffer).setUint32(copy.length - 4, size, true);
  return copy;
}

describe('decodePackFile', () => {
  it('takes the quick road for a valid pack, gzip or plain, and gives the codec\'s pack', async () => {
    const pack = packWithEvents(100, {}, 3);
    expect(await expectSameAsCodec(encodePack(pack))).toBe('fast');
    expect(await expectSameAsCodec(utf8(JSON.stringify(pack)))).toBe('fast');
    expect(await expectSameAsCodec(gzip(JSON.stringify(pack, null, 2)))).toBe('fast');
  });

  it('stores each record\'s own text from the file, not a re-encoding', async () => {
    const json = JSON.stringify(fakePack(), null, 1);
    const { result } = await decodePackFile(utf8(json));
    expect(result.ok && result.pack.eventJson.every((j) => json.includes(j) && j.includes('\n'))).toBe(true);
  });

  for (const [name, change] of CHANGES) {
    it(`gives the codec's answer for a pack with ${name}`, async () => {
      const p = clone(fakePack());
      change(p);
      await expectSameAsCodec(utf8(JSON.stringify(p)));
      await expectSameAsCodec(gzip(JSON.stringify(p, null, 2)));
    });
  }

  it('passes valid packs with unknown keys to the schema, which drops the keys', async () => {
    const p = clone(fakePack());
    ev(p).extra = 1;
    expect(await expectSameAsCodec(utf8(JSON.stringify(p)))).toBe('exact');
  });

  it('gives the codec\'s messages for files that are not packs or are damaged', async () => {
    const good = encodePack(fakePack());
    const corrupt = good.slice();
    corrupt[Math.floor(corrupt.length / 2)]! ^= 0xff;
    const junk = new Uint8Array([...good, 1, 2, 3, 4, 5, 6, 7, 8]);
    const files: Uint8Array[] = [
      new Uint8Array(0),
      utf8('<html>not a pack</html>'),
      utf8('[1,2]'),
      utf8('"a string"'),
      utf8('42'),
      utf8('{"format": "corroborate-pack",'),
      utf8('{"a":1,}'),
      utf8('\uFEFF' + JSON.stringify(fakePack())),
      utf8('\uFEFF\uFEFF' + JSON.stringify(fakePack())),
      new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]),
      good.subarray(0, 10),
      good.subarray(0, good.length - 3),
      good.subarray(0, good.length / 2),
      corrupt,
      junk,
      new Uint8Array([0x1f, 0x8b, 9, 0, 0, 0, 0, 0, 0, 255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      utf8(JSON.stringify(fakePack()) + ' x'),
    ];
    for (const bytes of files) await expectSameAsCodec(bytes);
    // The same files gzipped: what the platform's inflater refuses as it streams, it refuses in
    // the codec's words.
    for (const bytes of files.slice(1, 11)) await expectSameAsCodec(new Uint8Array(gzipSync(bytes)));
    await expectSameAsCodec(gzip('   \n\t' + JSON.stringify(fakePack())));
    await expectSameAsCodec(gzip(' '.repeat(100_000) + '<html></html>'));
  });

  it('refuses a gzip bomb as it inflates, at the size limit, without keeping what it inflated', async () => {
    // 64 MB of JSON whitespace after a pack's first bytes, 64 KB of gzip.
    const bomb = new Uint8Array(gzipSync(Buffer.concat([Buffer.from('{"events":['), Buffer.alloc(64 * 2 ** 20, 0x20)]), { level: 9 }));
    expect(bomb.length).toBeLessThan(2 ** 17);
    expect(await inflateText(bomb, 8 * 2 ** 20)).toEqual({ ok: false, error: TOO_LARGE_INFLATED });
    // The trailer's stated size is not what it goes by: one that understates changes nothing.
    expect(await inflateText(stating(bomb, 1000), 8 * 2 ** 20)).toEqual({ ok: false, error: TOO_LARGE_INFLATED });
    // Under the limit the same file inflates, and the codec gives its own verdict (not JSON).
    const read = await inflateText(bomb, 65 * 2 ** 20, Infinity);
    expect(read?.ok && read.text.length).toBe(64 * 2 ** 20 + 11);
    // Leading whitespace alone is never kept: a whitespace bomb costs no memory before the limit.
    const spaces = new Uint8Array(gzipSync(Buffer.alloc(32 * 2 ** 20, 0x20), { level: 9 }));
    expect(await inflateText(stating(spaces, 0), 16 * 2 ** 20)).toEqual({ ok: false, error: TOO_LARGE_INFLATED });
    const blank = await inflateText(spaces, undefined, Infinity);
    expect(blank?.ok && blank.text).toBe('');
  });

  it('refuses a file that inflates to more than 200 times its size once past the floor, and reads a regular one below it, or an ordinary one past it', async () => {
    // 40 MB of JSON whitespace in about 40 KB: past the 16 MB floor at a ratio near 1000.
    const bomb = new Uint8Array(gzipSync(Buffer.concat([Buffer.from('{"events":['), Buffer.alloc(40 * 2 ** 20, 0x20)]), { level: 9 }));
    expect(await inflateText(bomb)).toEqual({ ok: false, error: TOO_COMPRESSED });
    expect(await inflateText(stating(bomb, 11))).toEqual({ ok: false, error: TOO_COMPRESSED });
    // The same ratio under the floor is read (and left to the codec to judge).
    const small = new Uint8Array(gzipSync(Buffer.concat([Buffer.from('{"events":['), Buffer.alloc(12 * 2 ** 20, 0x20)]), { level: 9 }));
    const read = await inflateText(small);
    expect(read?.ok && read.text.length).toBe(12 * 2 ** 20 + 11);
    // A file past the floor at an ordinary ratio is read: random hex compresses about twofold.
    const hex = Buffer.from(randomBytes(8 * 2 ** 20).toString('hex'));
    const ordinary = new Uint8Array(gzipSync(Buffer.concat([Buffer.from('["'), hex, hex, Buffer.from('"]')]), { level: 1 }));
    const ok = await inflateText(ordinary);
    expect(ok?.ok).toBe(true);
  }, 60_000);

  it('knows a bomb by what it has inflated from the gzip read so far, not from the whole file', async () => {
    // 200 MB of whitespace in about 200 KB: the whole file's ratio would be crossed only at 40 MB
    // of output. Judged against the gzip handed to the inflater so far, it is crossed soon after
    // the 16 MB floor, well before a 32 MB size limit.
    const bomb = new Uint8Array(gzipSync(Buffer.concat([Buffer.from('{"events":['), Buffer.alloc(200 * 2 ** 20, 0x20)]), { level: 9 }));
    expect(MAX_INFLATE_RATIO * bomb.length).toBeGreaterThan(32 * 2 ** 20);
    expect(await inflateText(stating(bomb, 11), 32 * 2 ** 20)).toEqual({ ok: false, error: TOO_COMPRESSED });
    // A damaged tail after a regular start is still the codec's to name, not a bomb.
    const pack = new Uint8Array(gzipSync(JSON.stringify(fakePack())));
    const cut = pack.subarray(0, pack.length - 9);
    expect(await inflateText(cut)).toBeNull();
  }, 60_000);

  it('refuses text that does not start like JSON, or binary data, from the first inflated bytes', async () => {
    const html = new Uint8Array(gzipSync('<html>' + 'x'.repeat(32 * 2 ** 20)));
    // Refused long before the limit would be reached: the limit here is lower than the file.
    expect(await inflateText(stating(html, 6), 2 ** 20 + 1)).toEqual({ ok: false, error: NOT_JSON_TEXT });
    expect(await inflateText(new Uint8Array(gzipSync(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))))).toEqual({ ok: false, error: NOT_JSON_BINARY });
    expect(await inflateText(new Uint8Array(gzipSync('\uFEFF {"a":1}')))).toEqual({ ok: true, text: ' {"a":1}' }); // the decoder drops the BOM
    // Damaged gzip is not this road's to explain.
    const good = encodePack(fakePack());
    const corrupt = good.slice();
    corrupt[Math.floor(corrupt.length / 2)]! ^= 0xff;
    expect(await inflateText(corrupt)).toBeNull();
  });

  it('keeps the last of a key given twice, as the codec does', async () => {
    const pack = fakePack();
    const json = JSON.stringify(pack);
    await expectSameAsCodec(utf8(`{"events":"broken",${json.slice(1)}`));
    await expectSameAsCodec(utf8(`${json.slice(0, -1)},"events":"broken"}`));
    await expectSameAsCodec(utf8(json.replace('"events"', '"ev\\u0065nts"')));
  });

  it('reads numbers too large for a double as the codec does', async () => {
    const json = JSON.stringify(fakePack()).replace('"value":38', '"value":1e400');
    await expectSameAsCodec(utf8(json));
  });

  it('gives the codec\'s answer for 600 files with a character inserted, deleted or changed', async () => {
    const pack = packWithEvents(3, {}, 2);
    const alphabet = '{}[],:"\\ \n a1-.eE\u00e9';
    let x = 12345;
    const pick = (n: number) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
    for (let i = 0; i < 600; i++) {
      const json = JSON.stringify(pack, null, i % 2);
      const at = pick(json.length);
      const c = alphabet[pick(alphabet.length)]!;
      const op = pick(3);
      const damaged = op === 0 ? json.slice(0, at) + c + json.slice(at) : op === 1 ? json.slice(0, at) + json.slice(at + 1) : json.slice(0, at) + c + json.slice(at + 1);
      await expectSameAsCodec(utf8(damaged));
    }
  });

  it('reports timings for each phase', async () => {
    const { timings } = await decodePackFile(encodePack(fakePack()));
    expect(Object.keys(timings).sort()).toEqual(['inflate', 'parse', 'validate']);
    expect(Object.values(timings).every((t) => t >= 0)).toBe(true);
  });
});

describe('checkIntegrity (relied on by the quick road)', () => {
  it('reads nothing of a report but its id, eventId and outletId', () => {
    const read = new Set<string>();
    const spy = <T extends object>(r: T): T => new Proxy(r, { get: (t, k) => (read.add(String(k)), Reflect.get(t, k)) });
    const broken = fakePack({
      reports: [fakeReport(), fakeReport({ id: 'ev-1#1', eventId: 'ev-404', outletId: 'nowhere' }), fakeReport({ id: 'ev-1#2', outletId: null })],
    });
    checkIntegrity({ ...broken, reports: broken.reports.map(spy) }, new Problems());
    expect([...read].filter((k) => !['id', 'eventId', 'outletId'].includes(k))).toEqual([]);
    expect(read.size).toBeGreaterThan(0);
  });
});
