// Pack install speed: the bundled pack and an N-event synthetic pack (100k by default), installed
// through decodePackFile + installPack (the background's own path) in Node over fake-indexeddb and
// in Chromium's real IndexedDB inside the built extension; then a cold candidate query (new Dexie
// instance, nothing cached) with the queries linkArticle sends for real articles. Figures are
// printed, never asserted.
//   npm run bench                                   (called from src/cli/bench.ts)
//   node --import tsx src/cli/bench/install.ts [--events N] [--no-browser] [--json]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pack } from '../../core/types';
import { decodePack, encodePack } from '../../data/pack/codec';
import { syntheticPack } from '../../data/pack/synthetic';
import { parseArgs } from '../args';
import { ensureBundledPack } from '../bundled';
import { BUNDLED_PACK, readPackFile, ROOT } from '../load';
import { chromiumAvailable, chromiumInstallBench, type ChromiumResult } from './install-chromium';
import { nodeInstallBench } from './install-node';
import type { PageColdResult, PageInstallResult } from './install-page';
import { kassabQuery, syntheticQueries, type NamedQuery } from './install-queries';
import { syntheticArticles } from './pipeline';

export interface InstallBenchOptions {
  events: number;
  say: (line: string) => void;
  /** Also run in Chromium (default: when Chromium and the built extension are there). */
  browser?: boolean;
}

export interface InstallBenchResult {
  node: { name: string; install: PageInstallResult; cold: PageColdResult }[];
  chromium: ChromiumResult | { skipped: string };
}

const f0 = (x: number) => x.toFixed(0);
const f1 = (x: number) => x.toFixed(1);

function bundledBytes(): Promise<Uint8Array> {
  if (existsSync(BUNDLED_PACK)) return Promise.resolve(new Uint8Array(readFileSync(BUNDLED_PACK)));
  return ensureBundledPack(BUNDLED_PACK).then(encodePack);
}

/** The synthetic pack file, generated once per size (tmp/ is ignored by git) — encoding 100k takes ~10 s. */
function syntheticFile(events: number, say: (s: string) => void): { bytes: Uint8Array; pack: Pack } {
  const path = join(ROOT, `tmp/packs/synthetic-${events}-seed1.pack.json.gz`);
  if (existsSync(path)) return { bytes: new Uint8Array(readFileSync(path)), pack: readPackFile(path) };
  say(`  generating ${path} …`);
  const pack = syntheticPack({ events, seed: 1 });
  const bytes = encodePack(pack);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return { bytes, pack };
}

function installLine(name: string, r: PageInstallResult): string {
  const phases = `inflate ${f0(r.inflate)} · parse ${f0(r.parse)} · validate ${f0(r.validate)} · index ${f0(r.index)} · write ${f0(r.write)}`;
  return `  ${name.padEnd(26)} total ${f0(r.total).padStart(6)} ms = ${phases}   ${r.rows} rows, ${r.events} events (${r.road} road)`;
}

function coldLines(r: PageColdResult): string[] {
  const first = r.firstRepo.map(f1).join(', ');
  return [
    `    cold query: open ${f1(r.openMs)} ms; first candidates() on a new repository: ${r.queries.map((q) => `${f1(q.ms)} ms`).join(', ')}`,
    `      (${r.queries.map((q) => `${q.name}: ${q.results}`).join('; ')} results) · the same queries in turn on one repository: ${first} ms`,
  ];
}

export async function runInstallBench(options: InstallBenchOptions): Promise<InstallBenchResult> {
  const { events, say } = options;
  say(`\nPack install — decode (inflate, parse) → validate → index → write, ms`);
  const core = await bundledBytes();
  const synthetic = syntheticFile(events, say);
  const coreQueries: NamedQuery[] = [kassabQuery([readCore(core)])];
  const synQueries = syntheticQueries([synthetic.pack], synthetic.pack, 4);
  const label = `synthetic ${events >= 1000 ? `${events / 1000}k` : events}`;

  say('Node 20 + fake-indexeddb');
  const node: InstallBenchResult['node'] = [];
  for (const [name, bytes, queries] of [['bundled', core, coreQueries], [label, synthetic.bytes, synQueries]] as const) {
    const r = await nodeInstallBench(bytes, [...queries]);
    node.push({ name, ...r });
    say(installLine(name, r.install));
    for (const line of coldLines(r.cold)) say(line);
  }

  const missing = options.browser === false ? 'not asked for' : chromiumAvailable();
  if (missing) {
    say(`Chromium: skipped (${missing})`);
    return { node, chromium: { skipped: missing } };
  }
  say('Chromium (real IndexedDB, in the built extension’s options page)');
  const middle = synthetic.pack.events[Math.floor(synthetic.pack.events.length / 2)]!;
  const chromium = await chromiumInstallBench(
    [
      { name: 'bundled', bytes: core, queries: coreQueries },
      { name: label, bytes: synthetic.bytes, queries: synQueries },
    ],
    { name: label, bytes: synthetic.bytes, search: middle.title, eventId: middle.id, articles: syntheticArticles(synthetic.pack, 41, 11) },
  );
  for (const p of chromium.packs) {
    say(installLine(p.name, p.install));
    for (const line of coldLines(p.cold)) say(line);
    const mb = (b: number | null) => (b === null ? '?' : `${(b / 1024 / 1024).toFixed(0)} MB`);
    say(`    storage after install: ${mb(p.usage.usage)} (IndexedDB ${mb(p.usage.indexedDB)})`);
  }
  if (chromium.fileImport) say(`  import of the file picked in the options page (checked and installed by its import worker): ${f0(chromium.fileImport.ms)} ms, ok ${chromium.fileImport.ok}`);
  if (chromium.wokenSearch !== null) say(`  'search' answered by a stopped-then-woken service worker (wake, db open, lexicon, query): ${f0(chromium.wokenSearch)} ms`);
  if (chromium.wokenDetail !== null) say(`  'event-detail' answered by a stopped-then-woken service worker (wake, db open, event, related, series): ${f0(chromium.wokenDetail)} ms`);
  const a = chromium.analyze;
  if (a) {
    say(`  'analyze' in the background over bundled + ${label} (real IndexedDB), ${a.articles} synthetic articles, ${a.matched} matched:`);
    say(`    match + discrepancy stages p50 ${f1(a.p50)} ms, p95 ${f1(a.p95)} ms, max ${f1(a.max)} ms · whole analysis p50 ${f1(a.totalP50)} ms, p95 ${f1(a.totalP95)} ms`);
    say(`    first article to a stopped-then-woken service worker (wake, db open, lexicon, analysis): ${f0(a.coldMessageMs)} ms`);
  }
  return { node, chromium };
}

function readCore(bytes: Uint8Array): Pack {
  const decoded = decodePack(bytes);
  if (!decoded.ok) throw new Error(`the bundled pack does not decode: ${decoded.errors.join('; ')}`);
  return decoded.pack;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2), ['events']);
  const json = args.flags.has('json');
  runInstallBench({ events: Number(args.values.get('events') ?? 100_000), say: (s) => !json && process.stdout.write(`${s}\n`), browser: !args.flags.has('no-browser') })
    .then((r) => json && process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`install bench: ${(err as Error).stack ?? err}\n`);
      process.exit(2);
    });
}
