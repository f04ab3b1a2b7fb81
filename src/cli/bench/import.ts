// `npm run bench -- --import [--rows 100000,1000000]`: the two import engines on synthetic GED files
// (src/data/import/synthetic-ged.ts, seed 1, a bad date every 1,000 rows) written to a temp folder.
// Each engine runs in a child process of its own, reading the file and making the pack records of
// each row; the child reports rows/s and its peak resident memory (process.resourceUsage().maxRSS),
// beside a child that loads the same modules and reads nothing (the baseline).
import { execFile } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { syntheticGedLines } from '../../data/import/synthetic-ged';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));

export interface EngineFigure {
  engine: string;
  rows: number;
  problems: number;
  ms: number;
  maxRssKb: number;
}
export interface ImportBench {
  sizes: { rows: number; bytes: number; figures: EngineFigure[] }[];
}

async function writeSynthetic(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  let buf = '';
  for (const line of syntheticGedLines({ rows, seed: 1, badEvery: 1000 })) {
    buf += line;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r, j) => out.on('finish', () => r()).on('error', j));
}

async function child(engine: string, file: string): Promise<EngineFigure> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, engine, file], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as EngineFigure;
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

export async function runImportBench(opts: { sizes: number[]; say: (s: string) => void }): Promise<ImportBench> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-import-bench-'));
  const out: ImportBench = { sizes: [] };
  try {
    const base = await child('none', '-');
    opts.say(`baseline child (modules loaded, no file read): peak RSS ${mb(base.maxRssKb)}`);
    for (const rows of opts.sizes) {
      const file = join(dir, `ged-${rows}.csv`);
      await writeSynthetic(file, rows);
      const bytes = statSync(file).size;
      opts.say(`\n${rows.toLocaleString('en-US')} GED rows, ${(bytes / 1024 / 1024).toFixed(0)} MB:`);
      const figures: EngineFigure[] = [];
      for (const engine of ['stream', 'duckdb']) {
        const f = await child(engine, file);
        figures.push(f);
        const rate = (f.rows + f.problems) / (f.ms / 1000);
        opts.say(`  ${engine.padEnd(7)} ${Math.round(rate).toLocaleString('en-US').padStart(9)} rows/s  ${(f.ms / 1000).toFixed(1).padStart(6)} s  peak RSS ${mb(f.maxRssKb).padStart(7)}  (${f.rows} rows, ${f.problems} bad)`);
      }
      out.sizes.push({ rows, bytes, figures });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
