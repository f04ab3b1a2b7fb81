// Pack bytes to text for the quick road of decode.ts: the platform's gzip and UTF-8 decoders, with
// the codec's limits. A file that is surely no pack is refused here, as it streams, with the codec's
// own words: inflated past the size limit, not UTF-8, or not starting like JSON; and one that
// inflates to more than MAX_INFLATE_RATIO times its size, past RATIO_FLOOR_BYTES, as a bomb. That is what keeps
// a gzip bomb cheap — the codec would inflate it again in JavaScript before saying the same. Where
// this road cannot tell what is wrong (damaged gzip, DecompressionStream missing) it answers null
// and the caller asks the codec, which says why.
import { MAX_INFLATE_RATIO, MAX_JSON_BYTES, NOT_JSON_BINARY, NOT_JSON_TEXT, RATIO_FLOOR_BYTES, TOO_COMPRESSED, TOO_LARGE_INFLATED } from '../pack/codec';

export type Inflated = { ok: true; text: string } | { ok: false; error: string } | null;

/** Whether a piece of the text's start can start a JSON document: (BOM,) whitespace, then `{` or `[`. */
function startsLikeJson(head: string, first: boolean): boolean | 'undecided' {
  const m = (first ? /^\uFEFF?[ \t\r\n]*/ : /^[ \t\r\n]*/).exec(head)!;
  if (m[0].length === head.length) return 'undecided';
  const c = head[m[0].length];
  return c === '{' || c === '[';
}

/**
 * Gunzip with the platform's DecompressionStream and decode the UTF-8 as it comes. The inflated
 * bytes never exist at once: a 190 MB ArrayBuffer counts as external memory, and in Chromium that
 * pressure triggers compacting garbage collections over the whole heap, seconds of them.
 */
export async function inflateText(gzip: Uint8Array, maxBytes = MAX_JSON_BYTES, ratioFloor = RATIO_FLOOR_BYTES): Promise<Inflated> {
  if (typeof DecompressionStream !== 'function') return null;
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(gzip);
      controller.close();
    },
  });
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = input.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  } catch {
    return null;
  }
  const refuse = async (error: string): Promise<Inflated> => {
    await reader.cancel().catch(() => undefined);
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
    if (total > ratioFloor && total > MAX_INFLATE_RATIO * gzip.length) return refuse(TOO_COMPRESSED);
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
  const view = new DataView(gzip.buffer, gzip.byteOffset + gzip.length - 4, 4);
  if (view.getUint32(0, true) !== total % 2 ** 32) return null;
  return { ok: true, text: pieces.join('') };
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
