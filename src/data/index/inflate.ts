// Pack bytes to text for the quick road of decode.ts: the platform's gzip and UTF-8 decoders, with
// the codec's limits. Null whenever anything is off; the caller then asks the codec, which says why.
import { MAX_JSON_BYTES } from '../pack/codec';

/**
 * Gunzip with the platform's DecompressionStream and decode the UTF-8 as it comes, or null when
 * DecompressionStream is missing, the data is damaged, too large or not UTF-8. The inflated bytes
 * never exist at once: a 190 MB ArrayBuffer counts as external memory, and in Chromium that
 * pressure triggers compacting garbage collections over the whole heap, seconds of them.
 */
export async function inflateText(gzip: Uint8Array): Promise<string | null> {
  if (typeof DecompressionStream !== 'function') return null;
  try {
    const input = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(gzip);
        controller.close();
      },
    });
    const reader = input.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const pieces: string[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_JSON_BYTES) {
        await reader.cancel();
        return null;
      }
      pieces.push(decoder.decode(value, { stream: true }));
    }
    pieces.push(decoder.decode());
    // The native decoder checks the member's CRC; its length field must also be the file's last
    // four bytes, as the codec reads them (a file with bytes after the gzip member is the codec's).
    const view = new DataView(gzip.buffer, gzip.byteOffset + gzip.length - 4, 4);
    if (view.getUint32(0, true) !== total % 2 ** 32) return null;
    return pieces.join('');
  } catch {
    return null;
  }
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
