// npm run test:store [-- DIR]   checks a built extension (default .output/chrome-mv3) against what the
// Chrome Web Store requires of its manifest: see src/build/store-checks.ts. Exit status 1 on any problem.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkStoreManifest, type Messages, type StoreManifest } from '../build/store-checks';

function main(argv: string[]): number {
  const dir = resolve(argv[0] ?? '.output/chrome-mv3');
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    console.error(`store check: no ${manifestPath}; run npm run build first`);
    return 1;
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as StoreManifest;
  const locale = typeof manifest.default_locale === 'string' ? manifest.default_locale : null;
  const messagesPath = locale ? join(dir, '_locales', locale, 'messages.json') : null;
  const messages = messagesPath && existsSync(messagesPath) ? (JSON.parse(readFileSync(messagesPath, 'utf8')) as Messages) : null;
  const readFile = (path: string) => {
    // Manifest paths are relative to the extension root; a leading slash means the same.
    const file = join(dir, path.replace(/^\/+/, ''));
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : null;
  };
  const problems = checkStoreManifest({ manifest, messages, readFile });
  for (const p of problems) console.error(`store check: ${p}`);
  if (problems.length) return 1;
  console.log(`store check: ${manifestPath} is ready for the store`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
