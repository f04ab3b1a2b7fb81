// npm run -s analyze -- <file.html|file.txt|folder>... [--json] [--mentions] [--url U]
//   [--published YYYY-MM-DD] [--dataset PATH]
// One path: one JSON object. Several paths or a folder: one JSON object per line, each with "path".
import { performance } from 'node:perf_hooks';
import { analyzeSnapshot } from '../core/pipeline';
import type { Analysis } from '../core/types';
import { parseArgs } from './args';
import { BUNDLED_PACK, expandPaths, readPackFile, repositoryFor, snapshotFromFile } from './load';
import { formatAnalysis } from './format';
import { ensureBundledPack } from './bundled';

const USAGE = 'usage: analyze <file.html|file.txt|folder>... [--json] [--mentions] [--url U] [--published YYYY-MM-DD] [--dataset PATH]';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), ['url', 'published', 'dataset']);
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  if (args.flags.has('help') || !args.positional.length) fail(USAGE);
  const published = args.values.get('published') ?? null;
  if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published)) fail(`--published must be YYYY-MM-DD, got "${published}"`);
  const datasetPath = args.values.get('dataset');
  let repo;
  try {
    repo = repositoryFor([datasetPath ? readPackFile(datasetPath) : await ensureBundledPack(BUNDLED_PACK)]);
  } catch (err) {
    fail(`cannot load the dataset: ${(err as Error).message}`);
  }
  const paths = expandPaths(args.positional);
  const many = paths.length > 1;
  let failed = 0;
  for (const path of paths) {
    let analysis: Analysis;
    try {
      const snapshot = snapshotFromFile(path, { url: args.values.get('url') ?? null, published });
      analysis = await analyzeSnapshot(snapshot, repo, { mentions: args.flags.has('mentions'), clock: () => performance.now() });
    } catch (err) {
      const message = (err as NodeJS.ErrnoException).code ? `cannot read ${path}: ${(err as Error).message}` : `${path}: ${(err as Error).message}`;
      if (!many) fail(message);
      failed++;
      process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
      process.stdout.write(`${JSON.stringify({ path, error: message.split('\n')[0] })}\n`);
      continue;
    }
    if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(many ? { path, ...analysis } : analysis)}\n`);
    else process.stdout.write(`${many ? `== ${path}\n` : ''}${formatAnalysis(analysis)}\n`);
  }
  if (failed) process.exit(1);
}

void main();
