// npm run dataset                                   build the bundled pack from data/
// npm run dataset -- --synthetic 100000 [--seed N]  generate a large synthetic pack (scale tests)
// npm run dataset -- --ucdp DIR                     import UCDP AEC jsonl files (format/scale test)
// npm run dataset -- --ged FILE [--acled FILE] --out PATH [--id ID] [--engine stream|duckdb]
//                                                   the curated pack plus the events of a UCDP GED
//                                                   and/or ACLED CSV file (--out required)
// npm run dataset -- --import-sources DIR           refresh data/ from the upstream source folders
// npm run dataset -- --check FILE                   decode and validate a pack file
// --out PATH overrides where a pack is written. Counts, sizes and timings go to stdout.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Pack } from '../core/types';
import { checkImportFile, importFiles, type EngineName, type ImportFile } from '../data/import/node/import-files';
import { decodePack } from '../data/pack/codec';
import { assertValid, buildCorePack } from '../data/pack/build/core';
import { importSources } from '../data/pack/build/import-sources';
import { DATA_DIR, DEFAULT_OUT } from '../data/pack/build/io';
import { readUcdpDir } from '../data/pack/build/ucdp-read';
import { writePack } from '../data/pack/build/write';
import { packCounts } from '../data/pack/stats';
import { syntheticPack } from '../data/pack/synthetic';
import { ucdpPack } from '../data/pack/ucdp';

const ROOT = join(DATA_DIR, '..');

function mb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

function timed<T>(label: string, times: string[], run: () => T): T {
  const start = performance.now();
  const out = run();
  times.push(`${label} ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return out;
}

function report(pack: Pack, out: string, times: string[]): void {
  const written = timed('encode+write', times, () => writePack(pack, out));
  const c = packCounts(pack);
  console.log(`${pack.meta.id} ${pack.meta.version} (built ${pack.meta.builtAt}) → ${written.path}`);
  console.log(
    `  events ${c.events} · reports ${c.reports} · claims ${c.claims} · series ${c.series} (${c.points} points) · places ${c.places} · actors ${c.actors} · outlets ${c.outlets}`,
  );
  console.log(`  size ${mb(written.rawBytes)} JSON, ${mb(written.gzipBytes)} gzip (${written.gzipBytes} bytes)`);
  console.log(`  time ${times.join(' · ')}`);
}

/** How many bad rows are listed one by one; the rest are counted. */
const SHOW_PROBLEMS = 20;

async function importRun(values: { ged?: string; acled?: string; out?: string; id?: string; engine?: string }, times: string[]): Promise<number> {
  if (!values.out) throw new Error('--ged and --acled need --out PATH: an import never writes over the bundled pack');
  if (resolve(values.out) === resolve(DEFAULT_OUT)) throw new Error(`--out ${values.out} is the bundled pack; write the import somewhere else`);
  // stream by default: see README, "Importing GED or ACLED files", for the figures behind the choice.
  const engine = (values.engine ?? 'stream') as EngineName;
  if (engine !== 'stream' && engine !== 'duckdb') throw new Error('--engine is stream or duckdb');
  const id = values.id ?? 'newsroom';
  if (id === 'core') throw new Error('--id core is the bundled pack\'s; give the import another id');
  const files: ImportFile[] = [];
  if (values.ged) files.push({ format: 'ged', path: values.ged });
  if (values.acled) files.push({ format: 'acled', path: values.acled });
  for (const f of files) await checkImportFile(f);
  const base = timed('build curated', times, () => buildCorePack().pack);
  const start = performance.now();
  const result = await importFiles(base, files, { id, engine });
  times.push(`import (${engine}) ${((performance.now() - start) / 1000).toFixed(2)} s`);
  for (const f of result.files) {
    console.log(`${f.path}: ${f.rows} rows imported, ${f.problems.length} bad rows skipped`);
    for (const p of f.problems.slice(0, SHOW_PROBLEMS)) console.log(`  ${f.path}:${p.line}: ${p.error}`);
    if (f.problems.length > SHOW_PROBLEMS) console.log(`  … and ${f.problems.length - SHOW_PROBLEMS} more`);
  }
  console.log(`  ${result.imported} imported events: ${result.attached.size} attached to curated events as reports, ${result.imported - result.attached.size} added as events`);
  timed('validate', times, () => assertValid(result.pack));
  report(result.pack, values.out, times);
  return 0;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      ged: { type: 'string' },
      acled: { type: 'string' },
      id: { type: 'string' },
      engine: { type: 'string' },
      synthetic: { type: 'string' },
      seed: { type: 'string' },
      ucdp: { type: 'string' },
      out: { type: 'string' },
      'import-sources': { type: 'string' },
      check: { type: 'string' },
      notes: { type: 'boolean' },
    },
  });
  const times: string[] = [];

  if (values['import-sources']) {
    for (const f of importSources(values['import-sources'], DATA_DIR)) console.log(`  data/${f}`);
    return 0;
  }
  if (values.check) {
    const result = timed('decode+validate', times, () => decodePack(new Uint8Array(readFileSync(values.check as string))));
    if (!result.ok) {
      console.error(`${values.check}: not a valid pack:\n  ${result.errors.join('\n  ')}`);
      return 1;
    }
    const c = packCounts(result.pack);
    console.log(`${values.check}: valid ${result.pack.meta.id} ${result.pack.meta.version}; ${JSON.stringify(c)}; ${times.join(' · ')}`);
    return 0;
  }
  if (values.synthetic) {
    const n = Number(values.synthetic);
    const seed = Number(values.seed ?? 1);
    if (!Number.isInteger(n) || n < 1) throw new Error('--synthetic needs a positive whole number of events');
    if (!Number.isInteger(seed)) throw new Error('--seed needs a whole number');
    const pack = timed('generate', times, () => syntheticPack({ events: n, seed }));
    timed('validate', times, () => assertValid(pack));
    report(pack, values.out ?? join(ROOT, `tmp/packs/synthetic-${n}-seed${seed}.pack.json.gz`), times);
    return 0;
  }
  if (values.ged || values.acled) return importRun(values, times);
  if (values.ucdp) {
    const records = timed('read', times, () => readUcdpDir(values.ucdp as string));
    const pack = timed('convert', times, () => ucdpPack(records));
    timed('validate', times, () => assertValid(pack));
    report(pack, values.out ?? join(ROOT, 'tmp/packs/ucdp.pack.json.gz'), times);
    return 0;
  }
  const build = timed('build+validate', times, () => buildCorePack());
  report(build.pack, values.out ?? DEFAULT_OUT, times);
  if (build.notes.length) {
    console.log(`  ${build.notes.length} curator notes${values.notes ? ':' : ' (--notes to list)'}`);
    if (values.notes) for (const n of build.notes) console.log(`    ${n}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bad input file is the user's to fix: its message alone, without a stack.
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
