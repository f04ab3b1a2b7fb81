import { describe, expect, it } from 'vitest';
import { scanTopLevel } from '../../../../src/data/index/json-spans';

const SPLIT = new Set(['items']);

/** Each member's text, and each element's text for split members. */
function texts(json: string): Record<string, string | string[]> | null {
  const spans = scanTopLevel(json, SPLIT);
  if (!spans) return null;
  const out: Record<string, string | string[]> = {};
  for (const [key, s] of spans) {
    out[key] = s.elements ? Array.from({ length: s.elements.length / 2 }, (_, i) => json.slice(s.elements![2 * i], s.elements![2 * i + 1])) : json.slice(s.start, s.end);
  }
  return out;
}

describe('scanTopLevel', () => {
  it('finds each member and each element of a split array, whatever the spacing', () => {
    const json = ' {\n "a" : 1 ,"items":[ {"x":[1,{"y":2}]} ,\n\t"s", 3, null, [] ] , "b":{"c":"}"} }\r\n';
    expect(texts(json)).toEqual({ a: '1', items: ['{"x":[1,{"y":2}]}', '"s"', '3', 'null', '[]'], b: '{"c":"}"}' });
  });

  it('is not fooled by brackets, quotes and backslashes inside strings', () => {
    const tricky = ['{"t":"a},{\\"b\\":1}"}', '{"t":"ends with a backslash \\\\"}', '{"t":"\\\\\\"]"}', '{"t":"\\u005d]"}'];
    const json = `{"items":[${tricky.join(',')}]}`;
    expect(texts(json)).toEqual({ items: tricky });
    for (const t of tricky) expect(() => JSON.parse(t)).not.toThrow();
  });

  it('keeps the last of a key given twice, as JSON.parse does', () => {
    expect(texts('{"items":[1],"a":2,"items":[3,4]}')).toEqual({ items: ['3', '4'], a: '2' });
  });

  it('reads keys written with escapes as JSON.parse does', () => {
    expect(texts('{"it\\u0065ms":[5]}')).toEqual({ items: ['5'] });
  });

  it('splits only the arrays it is asked to, and only when they are arrays', () => {
    expect(texts('{"other":[1,2],"items":{"not":"an array"}}')).toEqual({ other: '[1,2]', items: '{"not":"an array"}' });
    expect(texts('{"items":[]}')).toEqual({ items: [] });
    expect(texts('{}')).toEqual({});
  });

  it('leaves the inside of elements to JSON.parse, which then refuses a broken one', () => {
    const found = texts('{"items":[{"a":1]],"b":\u00a01}');
    expect(found).toEqual({ items: ['{"a":1]'], b: '\u00a01' });
    expect(() => JSON.parse((found!.items as string[])[0]!)).toThrow();
    expect(() => JSON.parse(found!.b as string)).toThrow();
  });

  it('refuses text that is not one JSON object', () => {
    for (const bad of [
      '',
      '[1,2]',
      '"items"',
      '{"items":[1,2],}',
      '{"items":[1,,2]}',
      '{"items":[1 2]}',
      '{"items" [1]}',
      '{"items":[1]',
      '{"items":[1]} {}',
      '{"items":[1]}x',
      '{items:[1]}',
      '{"a":1 "b":2}',
      '{"a":"unterminated}',
      '\uFEFF{"a":1}',
    ]) {
      expect(scanTopLevel(bad, SPLIT), bad).toBeNull();
    }
  });
});
