import { describe, expect, it } from 'vitest';
import { PartInbox, splitPage } from '../../../src/messaging/page-parts';

const page = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

describe('splitPage', () => {
  it('cuts a page into parts that join back to it, none longer than the size', () => {
    for (const length of [1, 9, 10, 11, 99, 1000]) {
      const html = page(length);
      const parts = splitPage(html, 10);
      expect(parts.join('')).toBe(html);
      expect(parts.length).toBe(Math.ceil(length / 10));
      expect(parts.every((p) => p.length <= 10 && p.length > 0)).toBe(true);
    }
  });

  it('keeps a page that fits, and an empty page, as one part', () => {
    expect(splitPage('<p>short</p>', 100)).toEqual(['<p>short</p>']);
    expect(splitPage('', 100)).toEqual(['']);
  });

  it('refuses a size that could never finish', () => {
    expect(() => splitPage('abc', 0)).toThrow();
  });
});

describe('PartInbox', () => {
  const send = (inbox: PartInbox<number>, key: number, id: string, html: string, size: number, order?: number[]) => {
    const parts = splitPage(html, size);
    for (const index of order ?? parts.keys()) inbox.add(key, { id, index, count: parts.length, part: parts[index] ?? '' });
    return parts.length;
  };

  it('joins parts that arrive in any order into the page, then forgets the transfer', () => {
    const inbox = new PartInbox<number>(1000, 10);
    const html = page(45);
    const count = send(inbox, 1, 'a', html, 10, [4, 0, 3, 1, 2]);
    expect(inbox.take(1, 'a', count)).toBe(html);
    expect(inbox.size).toBe(0);
    expect(() => inbox.take(1, 'a', count)).toThrow(/did not arrive/);
  });

  it('keeps tabs apart', () => {
    const inbox = new PartInbox<number>(1000, 10);
    const one = page(30);
    const two = page(25).toUpperCase();
    const c1 = send(inbox, 1, 'x', one, 10);
    const c2 = send(inbox, 2, 'x', two, 10);
    expect(inbox.take(2, 'x', c2)).toBe(two);
    expect(inbox.take(1, 'x', c1)).toBe(one);
  });

  it('says which part is missing', () => {
    const inbox = new PartInbox<number>(1000, 10);
    send(inbox, 1, 'a', page(30), 10, [0, 2]);
    expect(() => inbox.take(1, 'a', 3)).toThrow(/part 2 of 3/);
  });

  it('lets a newer transfer from the same tab replace an older one', () => {
    const inbox = new PartInbox<number>(1000, 10);
    send(inbox, 1, 'old', page(30), 10, [0, 1]);
    const html = page(20).toUpperCase();
    const count = send(inbox, 1, 'new', html, 10);
    expect(() => inbox.take(1, 'old', 3)).toThrow(/did not arrive/);
    send(inbox, 1, 'new', html, 10);
    expect(inbox.take(1, 'new', count)).toBe(html);
  });

  it('refuses a transfer larger than its bound and drops what it had', () => {
    const inbox = new PartInbox<number>(25, 10);
    expect(() => send(inbox, 1, 'a', page(30), 10)).toThrow(/larger than/);
    expect(inbox.size).toBe(0);
  });

  it('refuses parts this extension does not write', () => {
    const inbox = new PartInbox<number>(100, 10);
    const bad: unknown[] = [
      null,
      { id: '', index: 0, count: 1, part: 'a' },
      { id: 'a', index: 1, count: 1, part: 'a' },
      { id: 'a', index: -1, count: 2, part: 'a' },
      { id: 'a', index: 0.5, count: 2, part: 'a' },
      { id: 'a', index: 0, count: 1e9, part: 'a' },
      { id: 'a', index: 0, count: 2, part: 'x'.repeat(11) },
      { id: 'a', index: 0, count: 2, part: 42 },
      { id: 'a'.repeat(65), index: 0, count: 2, part: 'a' },
    ];
    for (const message of bad) expect(() => inbox.add(1, message as never)).toThrow(/not one this extension wrote/);
    expect(inbox.size).toBe(0);
  });

  it('drops a transfer whose parts disagree on their count', () => {
    const inbox = new PartInbox<number>(100, 10);
    inbox.add(1, { id: 'a', index: 0, count: 3, part: 'abc' });
    expect(() => inbox.add(1, { id: 'a', index: 1, count: 2, part: 'def' })).toThrow(/disagree/);
    expect(() => inbox.take(1, 'a', 3)).toThrow(/did not arrive/);
  });

  it('forgets what a closed tab left half-sent', () => {
    const inbox = new PartInbox<number>(100, 10);
    inbox.add(7, { id: 'a', index: 0, count: 2, part: 'abc' });
    inbox.forget(7);
    expect(inbox.size).toBe(0);
    expect(() => inbox.take(7, 'a', 2)).toThrow(/did not arrive/);
  });

  it('counts a part sent twice once', () => {
    const inbox = new PartInbox<number>(15, 10);
    inbox.add(1, { id: 'a', index: 0, count: 2, part: 'x'.repeat(10) });
    inbox.add(1, { id: 'a', index: 0, count: 2, part: 'x'.repeat(10) });
    inbox.add(1, { id: 'a', index: 1, count: 2, part: 'y'.repeat(5) });
    expect(inbox.take(1, 'a', 2)).toBe('x'.repeat(10) + 'y'.repeat(5));
  });
});
