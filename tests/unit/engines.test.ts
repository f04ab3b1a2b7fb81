// package.json's engines.node must be a range every installed package accepts: otherwise `npm ci`
// prints EBADENGINE warnings and the README promises a Node version that some tool refuses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const semver = createRequire(import.meta.url)('semver') as { subset(sub: string, dom: string): boolean };
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function installedEngines(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.name.startsWith('@')) {
      installedEngines(path, out);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string; engines?: { node?: string } };
      if (pkg.engines?.node) out.set(`${pkg.name}@${pkg.version} (${pkg.engines.node})`, pkg.engines.node);
    }
    if (existsSync(join(path, 'node_modules'))) installedEngines(join(path, 'node_modules'), out);
  }
  return out;
}

describe("package.json's engines.node", () => {
  const ours = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

  it('is a range that every installed package accepts', () => {
    const refusing = [...installedEngines(join(ROOT, 'node_modules'))].filter(([, range]) => !semver.subset(ours, range)).map(([name]) => name);
    expect(refusing).toEqual([]);
  });

  it('is the range the README states', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`\`${ours}\``);
  });
});
