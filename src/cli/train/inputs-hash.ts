// What the linking model is learned from, as one SHA-256: the curated data, our labelled pages and
// the code that turns them into features and fits the model. model.json records it; a unit test
// recomputes it, so a model that was not retrained after the data or the features changed fails.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = [
  'data/events',
  'data/incidents',
  'data/places',
  'data/aliases.json',
  'data/outlets.json',
  'tests/fixtures/robustness',
  'src/core/matching/features.ts',
  'src/cli/train.ts',
  'src/cli/train/logistic.ts',
];

/** What training reads: data and labels (JSON), pages (HTML) and code; never the READMEs beside them. */
const READ = /\.(?:json|html|ts)$/;

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (statSync(full).isFile()) return READ.test(path) ? [path] : [];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

export function trainingInputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const path of INPUTS.flatMap((p) => files(root, p))) {
    // Line endings do not change what is learned.
    hash.update(relative(root, join(root, path)).replace(/\\/g, '/'));
    hash.update('\0');
    hash.update(readFileSync(join(root, path), 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return hash.digest('hex');
}
