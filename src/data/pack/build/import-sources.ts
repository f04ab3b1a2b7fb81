// Refreshes data/ from the upstream source folders (the layout of ../shared/data): copies the curated
// events and the licences, and keeps only the series columns the pack uses. Run with
// `npm run dataset -- --import-sources DIR`; the builder itself never reads outside data/.
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_FILES } from './inputs';
import { jsonLines, readCsv } from './io';

const TFP_COLUMNS: Record<string, string[]> = {
  'casualties_daily.json': ['report_date', 'report_source', 'report_period', 'killed', 'killed_cum', 'injured_cum', 'killed_children_cum', 'killed_women_cum'],
  'lebanon_casualties_daily.json': ['report_date', 'report_source', 'report_period', 'phase', 'killed_cum', 'injured_cum', 'killed_cum_reported', 'injured_cum_reported'],
  'west_bank_daily.json': ['report_date', 'flash_source', 'killed_cum', 'killed_children_cum', 'injured_cum', 'verified'],
};
const VERIFIED_COLUMNS = ['killed_cum', 'killed_children_cum', 'injured_cum'];
const INFO360_COLUMNS = ['date', 'killed_in_lebanon', 'palestine_total', 'israel_children', 'israel_adults'];

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (record[k] !== undefined) out[k] = record[k];
  return out;
}

export function importSources(sourceDir: string, dataDir: string): string[] {
  const written: string[] = [];
  const copy = (from: string, to: string) => {
    mkdirSync(join(dataDir, to, '..'), { recursive: true });
    copyFileSync(join(sourceDir, from), join(dataDir, to));
    chmodSync(join(dataDir, to), 0o644); // the upstream copies are read-only
    written.push(to);
  };
  for (const f of EVENT_FILES) copy(`events/${f}`, `events/${f}`);
  copy('tfp/LICENSE', 'tfp/LICENSE');
  copy('360info/LICENCE.md', '360info/LICENCE.md');

  for (const [file, columns] of Object.entries(TFP_COLUMNS)) {
    const rows = JSON.parse(readFileSync(join(sourceDir, 'tfp', file), 'utf8')) as Record<string, unknown>[];
    const kept = rows.map((r) => {
      const out = pick(r, columns);
      if (r.verified && typeof r.verified === 'object') out.verified = pick(r.verified as Record<string, unknown>, VERIFIED_COLUMNS);
      return out;
    });
    writeFileSync(join(dataDir, 'tfp', file), jsonLines(kept));
    written.push(`tfp/${file}`);
  }

  const rows = readCsv(join(sourceDir, '360info', 'daily-killed-cumulative.csv'));
  const csv = [INFO360_COLUMNS.join(','), ...rows.map((r) => INFO360_COLUMNS.map((c) => r[c] ?? '').join(','))];
  writeFileSync(join(dataDir, '360info', 'daily-killed-cumulative.csv'), `${csv.join('\n')}\n`);
  written.push('360info/daily-killed-cumulative.csv');
  return written;
}
