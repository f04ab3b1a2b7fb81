// Pack files: gzip of canonical JSON. Encoding is deterministic (sorted keys, gzip mtime 0, fixed
// level) so the same pack always gives the same bytes; decoding accepts gzip or plain JSON and says
// plainly what is wrong with a file that is neither, then validates. Browser-safe (fflate).
import { Deflate, Inflate } from 'fflate';
import type { Pack } from '../../core/types';
import { canonicalPackChunks } from './canonical';
import { crc32 } from './crc32';
import { validatePack, type PackResult } from './validate';

/** Larger than any real pack, small enough to stay inside a JavaScript string. */
export const MAX_JSON_BYTES = 480 * 1024 * 1024;
/** No file above this can inflate to a readable pack: deflate adds at most ~0.03% to stored data. */
export const MAX_FILE_BYTES = Math.ceil(MAX_JSON_BYTES * 1.001) + 65_536;
export const TOO_LARGE_INFLATED = `The pack is larger than ${MAX_JSON_BYTES / 2 ** 20} MB uncompressed; it cannot be read.`;
/** No pack inflates to more than this many times its file size (JSON packs compress 5–20×). */
export const MAX_INFLATE_RATIO = 200;
/** …and the ratio is only judged past this much inflated text, so a small, very regular file is read. */
export const RATIO_FLOOR_BYTES = 16 * 1024 * 1024;
export const TOO_COMPRESSED = `The file inflates to more than ${MAX_INFLATE_RATIO} times its size, which no pack does: it looks like a gzip bomb and was not read further.`;
export const NOT_JSON_BINARY = 'This file is neither gzip nor JSON: it is binary data. A pack is a .json or .json.gz file.';
export const NOT_JSON_TEXT = 'This file is neither gzip nor JSON: it is text that does not start like JSON. A pack is a .json or .json.gz file.';
const LEVEL = 6;

export interface EncodedPack {
  gzip: Uint8Array;
  /** Size of the canonical JSON before compression. */
  rawBytes: number;
}

/** Joins byte chunks whose lengths add up to `total`. */
export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Gzip written by hand around fflate's raw deflate: fflate's own gzip header would carry the clock
 * unless told otherwise, and writing the 10-byte header here makes the bytes plainly fixed.
 */
export function encodePackDetailed(pack: Pack): EncodedPack {
  const header = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]); // no name, mtime 0, OS unknown
  const out: Uint8Array[] = [header];
  let total = header.length;
  const deflate = new Deflate({ level: LEVEL }, (chunk) => {
    out.push(chunk);
    total += chunk.length;
  });
  const encoder = new TextEncoder();
  let crc = crc32(new Uint8Array(0));
  let rawBytes = 0;
  for (const text of canonicalPackChunks(pack)) {
    const bytes = encoder.encode(text);
    crc = crc32(bytes, crc);
    rawBytes += bytes.length;
    deflate.push(bytes);
  }
  deflate.push(new Uint8Array(0), true);
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, crc, true);
  view.setUint32(4, rawBytes % 2 ** 32, true);
  out.push(trailer);
  return { gzip: concat(out, total + 8), rawBytes };
}

export function encodePack(pack: Pack): Uint8Array {
  return encodePackDetailed(pack).gzip;
}

type Bytes = { ok: true; bytes: Uint8Array } | { ok: false; error: string };

/** Length of a gzip member header (RFC 1952 §2.3), or -1 when the header itself is cut off. */
function gzipHeaderLength(b: Uint8Array): number {
  if (b.length < 10) return -1;
  const flags = b[3] ?? 0;
  let at = 10;
  if (flags & 4) at += 2 + ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)); // FEXTRA
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue; // FNAME, FCOMMENT: zero-terminated
    while (at < b.length && b[at] !== 0) at++;
    at++;
  }
  if (flags & 2) at += 2; // FHCRC
  return at <= b.length ? at : -1;
}

const TRUNCATED = 'The gzip data is truncated: the file ends before the compressed pack does. Download or copy it again.';

function gunzip(b: Uint8Array): Bytes {
  if (b[2] !== 8) return { ok: false, error: 'The file looks like gzip but uses an unknown compression method.' };
  const start = gzipHeaderLength(b);
  if (start < 0 || b.length < start + 8) return { ok: false, error: TRUNCATED };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let crc = crc32(new Uint8Array(0));
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > MAX_JSON_BYTES) throw new RangeError('too large');
    crc = crc32(chunk, crc);
    chunks.push(chunk);
  });
  try {
    inflate.push(b.subarray(start, b.length - 8), true);
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, error: TOO_LARGE_INFLATED };
    const message = e instanceof Error ? e.message : String(e);
    if (/unexpected EOF/i.test(message)) return { ok: false, error: TRUNCATED };
    return { ok: false, error: `The gzip data is corrupt (${message}).` };
  }
  const view = new DataView(b.buffer, b.byteOffset + b.length - 8, 8);
  // A cut-off file can still inflate cleanly when the cut falls in the 8-byte trailer or when the
  // "trailer" we read is really compressed data; the checksum and length tell the difference.
  if (view.getUint32(0, true) !== crc || view.getUint32(4, true) !== total % 2 ** 32) {
    return { ok: false, error: 'The gzip data is truncated or corrupt: its checksum does not match. Download or copy it again.' };
  }
  return { ok: true, bytes: concat(chunks, total) };
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; error: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: NOT_JSON_BINARY };
  }
  return parseJsonText(text);
}

function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  text = text.replace(/^\uFEFF/, '');
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return { ok: false, error: NOT_JSON_TEXT };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `The file is not valid JSON (${detail}).` };
  }
}

/** What decodePack says about a file whose bytes were already gunzipped and decoded to `text`. */
export function decodePackText(text: string): PackResult {
  const parsed = parseJsonText(text);
  return parsed.ok ? validatePack(parsed.value) : { ok: false, errors: [parsed.error] };
}

export function decodePack(bytes: Uint8Array): PackResult {
  if (bytes.length === 0) return { ok: false, errors: ['The file is empty.'] };
  let json = bytes;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    const unzipped = gunzip(bytes);
    if (!unzipped.ok) return { ok: false, errors: [unzipped.error] };
    json = unzipped.bytes;
  } else if (bytes.length > MAX_JSON_BYTES) {
    return { ok: false, errors: [`The pack is larger than ${MAX_JSON_BYTES / 2 ** 20} MB; it cannot be read.`] };
  }
  const parsed = parseJson(json);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return validatePack(parsed.value);
}
