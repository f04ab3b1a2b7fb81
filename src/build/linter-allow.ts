// addons-linter's results against the project's allow-list (store/addons-linter-allowed.json). Pure:
// the linter's messages, the list and a way to read a built file come in; what fails comes out.
//
// A warning is allowed only when an entry names its code, its file and a piece of the code around
// it, so the entry for one library's innerHTML does not also let a new innerHTML of ours through in
// the same bundle. Every error fails, and so does an entry that no longer matches anything (the list
// says only what is true of the current build).

export interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LinterResults {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

export interface AllowedWarning {
  code: string;
  /** Path in the built extension; `*` stands for any characters (the content hash in chunk names). */
  file: string;
  /** Text that occurs in the built file within NEAR characters of the warning's position. */
  near: string;
  /** The bundled library the code comes from. */
  library: string;
  /** One line: why this is safe. */
  explanation: string;
}

/** How far around a warning's line and column `near` is looked for: a minified statement or two. */
export const NEAR = 300;

export interface LintVerdict {
  errors: LinterMessage[];
  /** Warnings no entry allows. */
  unexpected: LinterMessage[];
  /** Each warning with the entry that allows it. */
  allowed: { warning: LinterMessage; entry: AllowedWarning }[];
  /** Entries that matched no warning. */
  stale: AllowedWarning[];
}

const fileMatcher = (pattern: string) =>
  new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);

/** The text around a position (line and column are 1-based in addons-linter's output). */
export function around(source: string, line: number | undefined, column: number | undefined, radius = NEAR): string {
  const lines = source.split('\n');
  const text = lines[(line ?? 1) - 1] ?? '';
  const at = Math.max(0, (column ?? 1) - 1);
  return text.slice(Math.max(0, at - radius), at + radius);
}

function allows(entry: AllowedWarning, w: LinterMessage, readFile: (path: string) => string | null): boolean {
  if (entry.code !== w.code || !w.file || !fileMatcher(entry.file).test(w.file)) return false;
  const source = readFile(w.file);
  return source !== null && around(source, w.line, w.column).includes(entry.near);
}

export function judgeLint(results: LinterResults, allowList: AllowedWarning[], readFile: (path: string) => string | null): LintVerdict {
  const allowed: LintVerdict['allowed'] = [];
  const unexpected: LinterMessage[] = [];
  for (const warning of results.warnings) {
    const entry = allowList.find((e) => allows(e, warning, readFile));
    if (entry) allowed.push({ warning, entry });
    else unexpected.push(warning);
  }
  const stale = allowList.filter((e) => !allowed.some((a) => a.entry === e));
  return { errors: results.errors, unexpected, allowed, stale };
}

export const lintPassed = (v: LintVerdict) => !v.errors.length && !v.unexpected.length && !v.stale.length;

/** Checks the shape of the allow-list file, so a typo fails loudly instead of allowing nothing. */
export function parseAllowList(json: unknown): AllowedWarning[] {
  if (!Array.isArray(json)) throw new Error('the allow-list must be a JSON array of entries');
  return json.map((e, i) => {
    const fields = ['code', 'file', 'near', 'library', 'explanation'] as const;
    for (const f of fields) {
      if (typeof e?.[f] !== 'string' || !e[f].trim()) throw new Error(`allow-list entry ${i} needs a non-empty "${f}"`);
    }
    if (/\n/.test(e.explanation)) throw new Error(`allow-list entry ${i}: the explanation must be one line`);
    return e as AllowedWarning;
  });
}
