// npm run bench [-- --quick] [--json] [--no-install]
// npm run bench -- --hostile [--pages N]   the generated hostile-page suite in Chromium (only that)
// npm run bench -- --import [--rows N,N]    the two GED/ACLED import engines on synthetic files (only that)
// Speed and memory figures: pipeline vs Readability, matching + discrepancy stages at the bundled
// pack and at 100k synthetic events (in memory and in fake-indexeddb), and pack install times
// (src/cli/bench/install.ts, Node and Chromium). Figures are printed, not asserted.
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../core/article/extract';
import { buildIndex } from '../data/index/build';
import { IndexedRepository, memorySource } from '../data/index/repository';
import { syntheticPack } from '../data/pack/synthetic';
import { parseArgs } from './args';
import { ensureBundledPack } from './bundled';
import { BUNDLED_PACK } from './load';
import { parseDocument } from '../core/article/parse';
import { ownArticlePages } from './bench/pages';
import { formatRatio, formatStages, readabilityRatio, stageTimes, syntheticArticles, type StageResult } from './bench/pipeline';
import { dexieStageTimes } from './bench/dexie';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['events', 'pages', 'rows']);
  const quick = args.flags.has('quick');
  if (args.flags.has('hostile')) {
    const { runHostileBench } = await import('./bench/hostile');
    const say = (s: string) => !args.flags.has('json') && process.stdout.write(`${s}\n`);
    const result = await runHostileBench({ pages: Number(args.values.get('pages') ?? 500), say });
    if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  if (args.flags.has('import')) {
    const { runImportBench } = await import('./bench/import');
    const say = (s: string) => !args.flags.has('json') && process.stdout.write(`${s}\n`);
    const sizes = (args.values.get('rows') ?? '100000,1000000').split(',').map(Number);
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--rows needs whole numbers, comma-separated');
    const result = await runImportBench({ sizes, say });
    if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const events = Number(args.values.get('events') ?? (quick ? 10_000 : 100_000));
  const out: Record<string, unknown> = {};
  const say = (s: string) => !args.flags.has('json') && process.stdout.write(`${s}\n`);

  const core = await ensureBundledPack(BUNDLED_PACK);
  const coreIndex = buildIndex(core);
  const coreRepo = new IndexedRepository(memorySource([coreIndex]));
  const pages = ownArticlePages();
  const ratio = await readabilityRatio(pages, coreRepo);
  out.readability = ratio;
  say(formatRatio(ratio));

  const snapshots = pages.map((p) => extractArticle(parseDocument(p.html), { url: null }));
  const stages: StageResult[] = [];
  stages.push(await stageTimes(`bundled pack (${core.events.length} events), memory, warm`, snapshots, () => coreRepo));
  stages.push(await stageTimes('bundled pack, memory, cold (new repository each article)', snapshots, () => new IndexedRepository(memorySource([coreIndex]))));

  let t = performance.now();
  const syn = syntheticPack({ events, seed: 1 });
  const genMs = performance.now() - t;
  t = performance.now();
  const synIndex = buildIndex(syn);
  const indexMs = performance.now() - t;
  const heap = process.memoryUsage().heapUsed;
  say(`\nSynthetic pack: ${events.toLocaleString('en-US')} events generated in ${genMs.toFixed(0)} ms, indexed in ${indexMs.toFixed(0)} ms (${synIndex.chunks.length} chunks, ${synIndex.shardCount} shards); heap ${mb(heap)}`);
  out.synthetic = { events, genMs, indexMs, chunks: synIndex.chunks.length, shards: synIndex.shardCount, heapBytes: heap };
  const bigRepo = new IndexedRepository(memorySource([coreIndex, synIndex]));
  const synArticles = syntheticArticles(syn, quick ? 50 : 200);
  stages.push(await stageTimes(`our pages vs bundled + ${events / 1000}k synthetic, memory, warm`, snapshots, () => bigRepo));
  stages.push(await stageTimes(`synthetic articles vs bundled + ${events / 1000}k, memory, warm`, synArticles, () => bigRepo));
  stages.push(await stageTimes(`synthetic articles vs bundled + ${events / 1000}k, memory, cold`, synArticles.slice(0, 40), () => new IndexedRepository(memorySource([coreIndex, synIndex]))));
  const dexie = await dexieStageTimes([core, syn], synArticles.slice(0, quick ? 20 : 60), snapshots);
  stages.push(...dexie.stages);
  say(`\nfake-indexeddb install of bundled + ${events / 1000}k: ${dexie.installMs.toFixed(0)} ms`);
  out.stages = stages;
  out.fakeIndexedDbInstallMs = dexie.installMs;
  say(`\n${formatStages(stages)}`);

  if (!args.flags.has('no-install')) {
    try {
      const install = (await import('./bench/install')) as { runInstallBench?: (o: { events: number; say: (s: string) => void }) => Promise<unknown> };
      if (install.runInstallBench) out.install = await install.runInstallBench({ events, say });
    } catch (err) {
      say(`\ninstall bench skipped: ${(err as Error).message.split('\n')[0]}`);
    }
  }
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
  process.exit(2);
});
