// npm run test:lint-firefox   builds the Firefox target, then runs Mozilla's addons-linter (what
// addons.mozilla.org runs on upload) on it. Fails on any error, on any warning that
// store/addons-linter-allowed.json does not explain, and on an entry there that matches nothing.
// `-- --no-build DIR` lints an existing build instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { judgeLint, lintPassed, parseAllowList, type LinterMessage, type LinterResults } from '../build/linter-allow';

const ROOT = resolve(import.meta.dirname, '../..');
const ALLOW_LIST = join(ROOT, 'store/addons-linter-allowed.json');

const where = (m: LinterMessage) => `${m.file ?? '(extension)'}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}`;

function run(cmd: string, args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout };
}

function main(): number {
  const { values, positionals } = parseArgs({ options: { 'no-build': { type: 'boolean' } }, allowPositionals: true });
  const dir = resolve(positionals[0] ?? join(ROOT, '.output/firefox-mv2'));
  if (!values['no-build']) {
    const build = run('npm', ['run', '-s', 'build:firefox']);
    if (build.status !== 0) {
      process.stdout.write(build.stdout);
      console.error('lint-firefox: the Firefox build failed');
      return 1;
    }
  }
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`lint-firefox: no manifest.json in ${dir}`);
    return 1;
  }
  const bin = createRequire(import.meta.url).resolve('addons-linter/bin/addons-linter');
  // addons-linter exits non-zero when it finds errors; the JSON on stdout says which, either way.
  const lint = run(process.execPath, [bin, '--output', 'json', '--boring', dir]);
  let results: LinterResults;
  try {
    results = JSON.parse(lint.stdout) as LinterResults;
  } catch {
    console.error(`lint-firefox: addons-linter gave no JSON (exit status ${lint.status}):\n${lint.stdout.slice(0, 2000)}`);
    return 1;
  }
  const allowList = parseAllowList(JSON.parse(readFileSync(ALLOW_LIST, 'utf8')));
  const readFile = (path: string) => {
    const file = join(dir, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  const verdict = judgeLint(results, allowList, readFile);

  for (const { warning, entry } of verdict.allowed) console.log(`  allowed ${warning.code} ${where(warning)} (${entry.library})`);
  for (const n of results.notices) console.log(`  notice ${n.code} ${where(n)}: ${n.message}`);
  for (const e of verdict.errors) console.error(`lint-firefox: error ${e.code} ${where(e)}: ${e.message}`);
  for (const w of verdict.unexpected) console.error(`lint-firefox: warning ${w.code} ${where(w)}: ${w.message} (not in store/addons-linter-allowed.json)`);
  for (const s of verdict.stale) console.error(`lint-firefox: allow-list entry ${s.code} ${s.file} near "${s.near}" (${s.library}) matches no warning; remove or update it`);
  if (!lintPassed(verdict)) return 1;
  console.log(`lint-firefox: ${dir} passes addons-linter (${verdict.allowed.length} explained warnings, ${results.notices.length} notices)`);
  return 0;
}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`lint-firefox: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
