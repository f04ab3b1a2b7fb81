import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decodePack } from '../../../src/data/pack/codec';
import { GED_COLUMNS } from '../../../src/data/import/ged';
import { acledCsv, acledRow, gedCsv, gedRow } from '../data/import/factories';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'corroborate-dataset-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

async function dataset(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/dataset.ts', ...args], { maxBuffer: 1 << 24 });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

// Each case spawns the CLI; a successful import also builds the curated pack (a few seconds).
describe('npm run dataset -- --ged / --acled', { timeout: 60_000 }, () => {
  const out = join(dir, 'out.pack.json.gz');

  it('needs --out', async () => {
    const r = await dataset('--ged', file('a.csv', gedCsv([gedRow()])));
    expect([r.code, r.err.trim()]).toEqual([1, '--ged and --acled need --out PATH: an import never writes over the bundled pack']);
  });

  it('says when the file is missing, empty, header-only or of another layout', async () => {
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.csv'), /missing\.csv: no such file$/],
      [file('empty.csv', ''), /empty\.csv: the file is empty$/],
      [file('header-only.csv', `${GED_COLUMNS.join(',')}\n`), /header-only\.csv: no event could be imported: it has a header but no rows$/],
      [file('acled.csv', acledCsv([acledRow()])), /acled\.csv: not in the UCDP GED layout: the header has no id, /],
      [file('all-bad.csv', gedCsv([gedRow({ best: '-4' })])), /all-bad\.csv: no event could be imported: all 1 rows are bad; the first: line 2: best is -4/],
    ];
    for (const [path, message] of cases) {
      const r = await dataset('--ged', path, '--out', out);
      expect(r.code, path).toBe(1);
      expect(r.err.trim(), path).toMatch(message);
    }
  });

  it('writes a valid pack with the curated events and the imported ones, listing the bad rows', async () => {
    const ged = file('ged.csv', gedCsv([gedRow({ id: '1', date_start: '2019-01-01', date_end: '2019-01-01' }), gedRow({ id: '2', date_start: 'never' })]));
    const acled = file('acled.csv', acledCsv([acledRow({ event_date: '02 January 2019' })]));
    const r = await dataset('--ged', ged, '--acled', acled, '--out', out, '--id', 'my-newsroom');
    expect(r.err).toBe('');
    expect(r.out).toContain(`${ged}:3: date_start "never" is not a date`);
    const decoded = decodePack(new Uint8Array(readFileSync(out)));
    if (!decoded.ok) throw new Error(decoded.errors.join('\n'));
    const ids = decoded.pack.events.map((e) => e.id);
    expect(ids).toContain('ged-1');
    expect(ids).toContain('acled-pse9001');
    expect(ids.filter((i) => !/^(ged|acled)-/.test(i)).length).toBeGreaterThan(100);
    expect(decoded.pack.meta.id).toBe('my-newsroom');
    expect(decoded.pack.meta.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['curated-events', 'ucdp-ged', 'acled']));
  });
});
