// JavaScript's \b only knows ASCII letters, so "\bà ce jour" or "\bexplosión\b" never match. This
// rewrites each \b into a letter-aware lookaround: a lookbehind where a word starts (at the start of
// the pattern or of an alternative/group), a lookahead where it ends. One-sided lookarounds keep
// V8's fast first-character scan; a two-sided boundary at every position made scans ~100× slower.
const L = String.raw`[\p{L}\p{N}]`;
const START = `(?<!${L})`;
const END = `(?!${L})`;

export function unicodeRegExp(source: string, flags: string): RegExp {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\' && source[i + 1] === 'b') {
      const before = out.slice(-3);
      const atStart = out === '' || out.endsWith('|') || out.endsWith('(') || before === '(?:';
      out += atStart ? START : END;
      i++;
    } else if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else out += source[i];
  }
  return new RegExp(out, flags.includes('u') ? flags : `${flags}u`);
}

/**
 * All matches of a global regex. Unlike String#matchAll this does not clone the regex on every
 * call, which on hot paths cost more than the matching itself.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
