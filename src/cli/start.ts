// npm start: the product's main job on its bundled dataset. After the build (done by the npm script),
// with a display: serve the demo pages on 127.0.0.1 and open Chromium with the extension on the demo
// article. Without one (or with --print): print the analysis of the demo article from the same core.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeSnapshot } from '../core/pipeline';
import { formatAnalysis } from './format';
import { BUNDLED_PACK, ROOT, repositoryFor, snapshotFromFile } from './load';
import { ensureBundledPack } from './bundled';

const DEMO = join(ROOT, 'demo');
const ARTICLE = 'al-mawasi-strike.html';
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function printDemo(reason: string): Promise<void> {
  const repo = repositoryFor([await ensureBundledPack(BUNDLED_PACK)]);
  const snapshot = snapshotFromFile(join(DEMO, ARTICLE), { url: null, published: null });
  const analysis = await analyzeSnapshot(snapshot, repo, { clock: () => performance.now() });
  process.stdout.write(`${reason}\nAnalysis of the demo article (demo/${ARTICLE}) against the bundled dataset:\n\n${formatAnalysis(analysis)}\n`);
  process.stdout.write('\nThe same analysis for any page: npm run -s analyze -- <file.html|file.txt> [--json]\n');
}

function serveDemo(): Promise<{ url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(DEMO, path === '/' ? 'index.html' : path));
    if (!file.startsWith(DEMO) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not a demo page.');
      return;
    }
    res.writeHead(200, { 'content-type': extname(file) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

async function main(): Promise<void> {
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (process.argv.includes('--print') || !hasDisplay) return printDemo(hasDisplay ? '' : 'No display found, so no browser is opened.');
  if (!existsSync(CHROMIUM)) return printDemo(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH), so no browser is opened.`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('the extension is not built; run "npm run build"');
  const { url } = await serveDemo();
  const profile = mkdtempSync(join(tmpdir(), 'corroborate-demo-'));
  process.stdout.write(`Demo pages at ${url}/ — opening Chromium with the extension. Close the browser to stop.\n`);
  const browser = spawn(CHROMIUM, [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    `${url}/${ARTICLE}`,
  ], { stdio: 'ignore' });
  browser.on('exit', () => process.exit(0));
}

main().catch((err: unknown) => {
  process.stderr.write(`start: ${(err as Error).message.split('\n')[0]}\n`);
  process.exit(1);
});
