/**
 * A written-out page can be megabytes. One `runtime.sendMessage` of it serialises the whole string
 * in one task on the page's main thread (16-33 ms for 4 MB), so the content script sends it in
 * parts, one message per task, and the background joins them. Pure: no `browser.*`, no clock.
 */

/** Characters per part: serialising one takes about a millisecond. */
export const PAGE_PART_CHARS = 256_000;

export interface PagePart {
  /** Names one transfer; a tab's newer transfer replaces an older one. */
  id: string;
  index: number;
  count: number;
  part: string;
}

/** The page cut into parts of at most `size` characters; a page that fits is one part. */
export function splitPage(html: string, size = PAGE_PART_CHARS): string[] {
  if (!(size >= 1)) throw new Error('A part must hold at least one character.');
  const parts: string[] = [];
  for (let at = 0; at < html.length; at += size) parts.push(html.slice(at, at + size));
  return parts.length ? parts : [''];
}

interface Transfer {
  id: string;
  count: number;
  parts: (string | undefined)[];
  chars: number;
}

/**
 * Parts received, one transfer per sender (a tab). Bounded: a transfer whose parts add up past
 * `maxChars`, or that names more parts than that could hold, is refused and dropped.
 */
export class PartInbox<Key> {
  private readonly transfers = new Map<Key, Transfer>();

  constructor(private readonly maxChars: number, private readonly partChars = PAGE_PART_CHARS) {}

  /** Takes one part; throws a message fit to show when the part is not one this extension writes. */
  add(key: Key, message: PagePart): void {
    const { id, index, count, part } = message ?? ({} as PagePart);
    const maxCount = Math.ceil(this.maxChars / this.partChars) + 1;
    if (typeof id !== 'string' || id.length === 0 || id.length > 64 || typeof part !== 'string' || !Number.isInteger(count) || count < 1 || count > maxCount || !Number.isInteger(index) || index < 0 || index >= count || part.length > this.partChars) {
      throw new Error('The page could not be read: a part sent is not one this extension wrote.');
    }
    let transfer = this.transfers.get(key);
    if (!transfer || transfer.id !== id) {
      transfer = { id, count, parts: new Array<string | undefined>(count), chars: 0 };
      this.transfers.set(key, transfer);
    }
    if (transfer.count !== count) {
      this.transfers.delete(key);
      throw new Error('The page could not be read: its parts disagree on how many there are.');
    }
    transfer.chars += part.length - (transfer.parts[index]?.length ?? 0);
    transfer.parts[index] = part;
    if (transfer.chars > this.maxChars) {
      this.transfers.delete(key);
      throw new Error('The page could not be read: it is larger than this extension reads.');
    }
  }

  /** The joined page of a finished transfer, which is then forgotten; throws if parts are missing. */
  take(key: Key, id: string, count: number): string {
    const transfer = this.transfers.get(key);
    this.transfers.delete(key);
    if (!transfer || transfer.id !== id || transfer.count !== count) {
      throw new Error('The page could not be read: its parts did not arrive (the page may have been replaced meanwhile).');
    }
    const missing = transfer.parts.findIndex((p) => p === undefined);
    // findIndex visits holes of a sparse array, so an unsent part is found.
    if (missing !== -1) throw new Error(`The page could not be read: part ${missing + 1} of ${count} did not arrive.`);
    return transfer.parts.join('');
  }

  /** Drops whatever a sender left half-sent (its tab closed or navigated). */
  forget(key: Key): void {
    this.transfers.delete(key);
  }

  get size(): number {
    return this.transfers.size;
  }
}
