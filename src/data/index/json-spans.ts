// Where each member of a pack's top-level object, and each element of its big arrays, sits in the
// JSON text. With these spans a pack is parsed one record at a time (most records are garbage the
// moment they are checked, instead of a gigabyte of objects alive at once) and each record's own
// text can be stored as is, with no JSON.stringify.
//
// The scanner checks the JSON grammar strictly down to the elements of the split arrays and only
// matches brackets and quotes inside values; callers JSON.parse every value and element span, which
// checks the rest. So if the scan succeeds and every span parses, the whole text is valid JSON and
// JSON.parse(text) would give the same values (for a key given twice, the last one, as here).

export interface MemberSpan {
  start: number;
  end: number;
  /** For members named in `split` whose value is an array: [start, end) of element i at 2i, 2i+1. */
  elements?: Uint32Array;
}

const enum C {
  Quote = 0x22,
  Backslash = 0x5c,
  Comma = 0x2c,
  Colon = 0x3a,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
  OpenBracket = 0x5b,
  CloseBracket = 0x5d,
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipWs(s: string, i: number): number {
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  return i;
}

/** Index just past the string starting at i (s[i] is a quote), or -1. */
function skipString(s: string, i: number): number {
  for (let from = i + 1; ; ) {
    const q = s.indexOf('"', from);
    if (q < 0) return -1;
    let k = q - 1;
    while (s.charCodeAt(k) === C.Backslash) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1; // an even run of backslashes escapes only itself
    from = q + 1;
  }
}

/** Index just past the value starting at i, or -1. Objects and arrays: brackets and quotes only. */
function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === C.Quote) return skipString(s, i);
  if (c === C.OpenBrace || c === C.OpenBracket) {
    let depth = 0;
    for (let j = i; j < s.length; ) {
      const d = s.charCodeAt(j);
      if (d === C.Quote) {
        j = skipString(s, j);
        if (j < 0) return -1;
        continue;
      }
      if (d === C.OpenBrace || d === C.OpenBracket) depth++;
      else if ((d === C.CloseBrace || d === C.CloseBracket) && --depth === 0) return j + 1;
      j++;
    }
    return -1;
  }
  let j = i;
  while (j < s.length) {
    const d = s.charCodeAt(j);
    if (d === C.Comma || d === C.CloseBrace || d === C.CloseBracket || d === C.Colon || isWs(d) || d === C.Quote || d === C.OpenBrace || d === C.OpenBracket) break;
    j++;
  }
  return j > i ? j : -1;
}

/** Element spans of the array starting at i, and the index just past it; null on a grammar error. */
function splitArray(s: string, i: number): { elements: Uint32Array; end: number } | null {
  const spans: number[] = [];
  i = skipWs(s, i + 1);
  if (s.charCodeAt(i) === C.CloseBracket) return { elements: new Uint32Array(0), end: i + 1 };
  for (;;) {
    const end = skipValue(s, i);
    if (end < 0) return null;
    spans.push(i, end);
    i = skipWs(s, end);
    const c = s.charCodeAt(i);
    if (c === C.CloseBracket) return { elements: Uint32Array.from(spans), end: i + 1 };
    if (c !== C.Comma) return null;
    i = skipWs(s, i + 1);
  }
}

/**
 * The members of the top-level object of `text`, by key; elements too for the keys in `split`.
 * Null when the text is not a single JSON object or breaks the grammar the scanner checks.
 */
export function scanTopLevel(text: string, split: ReadonlySet<string>): Map<string, MemberSpan> | null {
  if (text.length >= 2 ** 32) return null;
  const members = new Map<string, MemberSpan>();
  let i = skipWs(text, 0);
  if (text.charCodeAt(i) !== C.OpenBrace) return null;
  i = skipWs(text, i + 1);
  if (text.charCodeAt(i) === C.CloseBrace) return skipWs(text, i + 1) === text.length ? members : null;
  for (;;) {
    if (text.charCodeAt(i) !== C.Quote) return null;
    const keyEnd = skipString(text, i);
    if (keyEnd < 0) return null;
    let key: string;
    try {
      key = JSON.parse(text.slice(i, keyEnd)) as string;
    } catch {
      return null;
    }
    i = skipWs(text, keyEnd);
    if (text.charCodeAt(i) !== C.Colon) return null;
    const start = skipWs(text, i + 1);
    if (split.has(key) && text.charCodeAt(start) === C.OpenBracket) {
      const arr = splitArray(text, start);
      if (!arr) return null;
      members.set(key, { start, end: arr.end, elements: arr.elements });
      i = arr.end;
    } else {
      const end = skipValue(text, start);
      if (end < 0) return null;
      members.set(key, { start, end });
      i = end;
    }
    i = skipWs(text, i);
    const c = text.charCodeAt(i);
    if (c === C.CloseBrace) return skipWs(text, i + 1) === text.length ? members : null;
    if (c !== C.Comma) return null;
    i = skipWs(text, i + 1);
  }
}
