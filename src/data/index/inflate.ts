// Pack bytes to text for the quick road of decode.ts: the platform's gzip and UTF-8 decoders, with
// the codec's limits. A file that is surely no pack is refused here, as it streams, with the codec's
// own words: inflated past the size limit, not UTF-8, or not starting like JSON; and one that
// inflates to more than MAX_INFLATE_RATIO times its size, past RATIO_FLOOR_BYTES, as a bomb. That is what keeps
// a gzip bomb cheap — the codec would inflate it again in JavaScript before saying the same. Where
// this road cannot tell what is wrong (damaged gzip, DecompressionStream missing) it answers null
// and the caller asks the codec, which says why.
import { MAX_INFLATE_RATIO, MAX_JSON_BYTES, NOT_JSON_BINARY, NOT_JSON_TEXT, RATIO_FLOOR_BYTES, TOO_COMPRESSED, TOO_LARGE_INFLATED } from '../pack/codec';

/** How much gzip the inflater is handed at a time (fed counts the piece it is working on). */
const MIN_FEED_BYTES = 16 * 1024;
const MAX_FEED_BYTES = 1024 * 1024;

export type Inflated = { ok: true; text: string } | { ok: false; error: string } | null;

/** Whether a piece of the text's start can start a JSON document: (BOM,) whitespace, then `{` or `[`. */
function startsLikeJson(head: string, first: boolean): boolean | 'undecided' {
  const m = (first ? /^\uFEFF?[ \t\r\n]*/ : /^[ \t\r\n]*/).exec(head)!;
  if (m[0].length === head.length) return 'undecided';
  const c = head[m[0].length];
  return c === '{' || c === '[';
}

/** ISIZE, the gzip trailer's last four bytes: the inflated size of the last member, modulo 4 GiB. */
function trailerSize(gzip: Uint8Array): number {
  return new DataView(gzip.buffer, gzip.byteOffset + gzip.length - 4, 4).getUint32(0, true);
}

/**
 * Gunzip with the platform's DecompressionStream and decode the UTF-8 as it comes. The inflated
 * bytes never exist at once: a 190 MB ArrayBuffer counts as external memory, and in Chromium that
 * pressure triggers compacting garbage collections over the whole heap, seconds of them.
 */
export async function inflateText(gzip: Uint8Array, maxBytes = MAX_JSON_BYTES, ratioFloor = RATIO_FLOOR_BYTES): Promise<Inflated> {
  if (typeof DecompressionStream !== 'function' || gzip.length < 18) return null;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  let writer: WritableStreamDefaultWriter<Uint8Array>;
  try {
    const inflater = new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
    reader = inflater.readable.getReader();
    writer = inflater.writable.getWriter();
  } catch {
    return null;
  }
  // The file goes in piece by piece, each once the inflater has taken the one before, so that the
  // ratio is measured against what it has been given so far: a bomb is known after its first
  // megabytes of output, not once the output reaches the ratio times the whole file.
  let fed = 0;
  let stopped = false;
  const feeding = (async () => {
    while (fed < gzip.length && !stopped) {
      // Pieces grow with what was fed, so that fed never overstates what the inflater has read by more
      // than a quarter (a bomb is still known early) while a big file goes in a megabyte at a time.
      const end = Math.min(gzip.length, fed + Math.min(MAX_FEED_BYTES, Math.max(MIN_FEED_BYTES, fed >> 2)));
      const piece = gzip.subarray(fed, end);
      fed = end;
      await writer.write(piece);
    }
    if (!stopped) await writer.close();
  })().catch(() => undefined); // a damaged file fails the reads below, which say so
  const refuse = async (error: string): Promise<Inflated> => {
    stopped = true;
    await reader.cancel().catch(() => undefined);
    await feeding;
    return { ok: false, error };
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const pieces: string[] = [];
  let total = 0;
  let head: boolean | 'undecided' = 'undecided';
  let sawText = false;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return null; // damaged gzip: the codec names the damage
    }
    if (chunk.done) break;
    total += chunk.value.length;
    if (total > maxBytes) return refuse(TOO_LARGE_INFLATED);
    // A bomb is refused long before the size limit: no pack is that regular.
    if (total > ratioFloor && total > MAX_INFLATE_RATIO * fed) return refuse(TOO_COMPRESSED);
    let piece: string;
    try {
      piece = decoder.decode(chunk.value, { stream: true });
    } catch {
      return refuse(NOT_JSON_BINARY);
    }
    if (head === 'undecided') {
      if (piece === '') continue;
      head = startsLikeJson(piece, !sawText);
      sawText = true;
      if (head === false) return refuse(NOT_JSON_TEXT);
      if (head === 'undecided') continue; // only whitespace so far, which JSON ignores: not kept
    }
    pieces.push(piece);
  }
  try {
    pieces.push(decoder.decode());
  } catch {
    return { ok: false, error: NOT_JSON_BINARY };
  }
  // The native decoder checks the member's CRC; its length field must also be the file's last
  // four bytes, as the codec reads them (a file with bytes after the gzip member is the codec's).
  if (trailerSize(gzip) !== total % 2 ** 32) return null;
  return { ok: true, text: pieces.join('') };
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
