import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { around, judgeLint, lintPassed, parseAllowList, type AllowedWarning, type LinterMessage, type LinterResults } from '../../../src/build/linter-allow';

const PREACT = 'if(f)s||(e.innerHTML=f.__html);for(d in y)d==`dangerouslySetInnerHTML`?f=h:0;';
const OURS = 'function show(n,t){n.innerHTML=t}';
const FILES: Record<string, string> = {
  'chunks/evidence-AbC123.js': `${'x'.repeat(2000)}${PREACT}${'y'.repeat(2000)}`,
  'content-scripts/article.js': `line one\n${'z'.repeat(1000)}${OURS}`,
};
const readFile = (path: string) => FILES[path] ?? null;

function fakeWarning(overrides: Partial<LinterMessage> = {}): LinterMessage {
  return { code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file: 'chunks/evidence-AbC123.js', line: 1, column: 2010, ...overrides };
}

function fakeEntry(overrides: Partial<AllowedWarning> = {}): AllowedWarning {
  return { code: 'UNSAFE_VAR_ASSIGNMENT', file: 'chunks/evidence-*.js', near: 'dangerouslySetInnerHTML', library: 'preact', explanation: 'Only for dangerouslySetInnerHTML.', ...overrides };
}

const results = (overrides: Partial<LinterResults> = {}): LinterResults => ({ errors: [], warnings: [], notices: [], ...overrides });

describe('judging addons-linter results against the allow-list', () => {
  it('passes a warning whose code, file (with any content hash) and surrounding code an entry names', () => {
    const verdict = judgeLint(results({ warnings: [fakeWarning()] }), [fakeEntry()], readFile);
    expect(verdict.allowed.map((a) => a.entry.library)).toEqual(['preact']);
    expect(lintPassed(verdict)).toBe(true);
  });

  it('fails the same code in the same file when the code around it is not the library the entry names', () => {
    const ours = fakeWarning({ file: 'content-scripts/article.js', line: 2, column: 1020 });
    const verdict = judgeLint(results({ warnings: [ours] }), [fakeEntry({ file: 'content-scripts/article.js' })], readFile);
    expect(verdict.unexpected).toEqual([ours]);
    expect(lintPassed(verdict)).toBe(false);
  });

  it('fails a warning with another code at an allowed place', () => {
    const verdict = judgeLint(results({ warnings: [fakeWarning({ code: 'DANGEROUS_EVAL' })] }), [fakeEntry()], readFile);
    expect(verdict.unexpected.map((w) => w.code)).toEqual(['DANGEROUS_EVAL']);
  });

  it('does not let `*` in a file pattern cross folders', () => {
    const elsewhere = fakeWarning({ file: 'chunks/evidence-x/other.js' });
    const verdict = judgeLint(results({ warnings: [elsewhere] }), [fakeEntry()], (p) => (p === elsewhere.file ? FILES['chunks/evidence-AbC123.js']! : null));
    expect(verdict.unexpected).toEqual([elsewhere]);
  });

  it('fails on any error, even with no warnings', () => {
    const error = { code: 'JSON_INVALID', message: 'strict_min_version must match pattern', file: 'manifest.json' };
    const verdict = judgeLint(results({ errors: [error] }), [], readFile);
    expect(verdict.errors).toEqual([error]);
    expect(lintPassed(verdict)).toBe(false);
  });

  it('fails an entry that matches no warning, so the list stays true of the build', () => {
    const verdict = judgeLint(results(), [fakeEntry()], readFile);
    expect(verdict.stale).toEqual([fakeEntry()]);
    expect(lintPassed(verdict)).toBe(false);
  });

  it('passes notices without an entry', () => {
    expect(lintPassed(judgeLint(results({ notices: [{ code: 'SOME_NOTICE', message: 'fyi' }] }), [], readFile))).toBe(true);
  });
});

describe('around', () => {
  it('gives the text near a 1-based line and column', () => {
    expect(around('ab\n0123456789', 2, 5, 2)).toBe('2345');
  });
});

describe('the allow-list file', () => {
  const file = fileURLToPath(new URL('../../../store/addons-linter-allowed.json', import.meta.url));

  it('has a code, file, nearby code, library and one-line explanation in every entry', () => {
    const list = parseAllowList(JSON.parse(readFileSync(file, 'utf8')));
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((e) => e.library))).toEqual(new Set(['preact', '@mozilla/readability', 'linkedom', '@acemir/cssom (bundled in linkedom)']));
  });

  it('refuses an entry without an explanation or with one over two lines', () => {
    expect(() => parseAllowList([{ ...fakeEntry(), explanation: '' }])).toThrow(/entry 0 needs a non-empty "explanation"/);
    expect(() => parseAllowList([fakeEntry(), { ...fakeEntry(), explanation: 'one\ntwo' }])).toThrow(/entry 1: the explanation must be one line/);
    expect(() => parseAllowList({})).toThrow(/JSON array/);
  });
});
