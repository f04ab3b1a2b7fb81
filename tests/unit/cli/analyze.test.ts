import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/analyze.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each case spawns the CLI (tsx, then the bundled pack) once or twice: about 2–3 s a spawn on this
// machine, so the default 5 s made the two-spawn cases flaky.
describe('the analyze CLI', { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
    writeFileSync(join(dir, 'a.txt'), 'Hamas official killed in Khan Younis\n\nIzz al-Din Kassab was killed when an Israeli drone hit his car near Khan Younis, the army said.\n');
    writeFileSync(join(dir, 'b.txt'), '\n\nCouncil approves budget\n\nThe city council approved next year\'s budget after a long debate.\n');
  });

  it('prints the contract\'s JSON for one file, headline from the first non-empty line', async () => {
    const r = await analyze(join(dir, 'a.txt'), '--json', '--published', '2024-11-02');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article).toMatchObject({ title: 'Hamas official killed in Khan Younis', url: null, published: '2024-11-02', publishedFrom: 'given' });
    expect(out.matches[0]).toMatchObject({ eventId: '2024-11-01-izz-al-din-kassab-killed-khan-younis', date: '2024-11-01', dateEnd: null });
    expect(out.matches[0].reasons.length).toBeGreaterThan(0);
    expect(typeof out.matches[0].confidence).toBe('number');
    expect(Array.isArray(out.discrepancies)).toBe(true);
    expect(typeof out.timing.totalMs).toBe('number');
    expect(out.mentions).toBeUndefined();
  });

  it('adds mentions with offsets into the article text when asked', async () => {
    const r = await analyze(join(dir, 'a.txt'), '--json', '--mentions', '--published', '2024-11-02');
    const out = JSON.parse(r.stdout);
    const place = out.mentions.places.find((p: { name: string }) => p.name === 'Khan Younis');
    expect(place).toBeDefined();
    expect(place.end - place.start).toBe(place.text.length);
    expect(Object.keys(out.mentions)).toEqual(expect.arrayContaining(['dates', 'figures', 'places', 'actors']));
  });

  it('prints one JSON object per line with its path for several files or a folder', async () => {
    const r = await analyze(dir, '--json');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.path)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
    expect(lines[1].article.title).toBe('Council approves budget');
    expect(lines[1].matches).toEqual([]);
  });

  it('fails with a one-line message and a non-zero status on unreadable input', async () => {
    const r = await analyze(join(dir, 'missing.html'), '--json');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('cannot read');
  });

  it('keeps going through the other files and still exits non-zero when one is unreadable', async () => {
    const r = await analyze(join(dir, 'a.txt'), join(dir, 'missing.txt'), '--json');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].matches.length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ path: join(dir, 'missing.txt') });
    expect(lines[1].error).toContain('cannot read');
  });

  it('rejects a malformed --published and a dataset that is not a pack', async () => {
    expect((await analyze(join(dir, 'a.txt'), '--published', '2 Nov 2024')).code).not.toBe(0);
    writeFileSync(join(dir, 'bad.pack'), 'not a pack');
    const r = await analyze(join(dir, 'a.txt'), '--dataset', join(dir, 'bad.pack'));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('cannot load the dataset');
  });

  it('reads an HTML fragment with no <html> element as a page', async () => {
    writeFileSync(join(dir, 'fragment.html'), '<h1>Hamas official killed in Khan Younis</h1><p>Izz al-Din Kassab was killed when an Israeli drone hit his car near Khan Younis, the army said.</p>');
    const r = await analyze(join(dir, 'fragment.html'), '--json', '--published', '2024-11-02');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article.title).toBe('Hamas official killed in Khan Younis');
    expect(out.matches.length).toBeGreaterThan(0);
  });

  it('refuses binary data with a one-line message, and still reads a UTF-8 page with a byte-order mark', async () => {
    writeFileSync(join(dir, 'photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const bin = await analyze(join(dir, 'photo.html'), '--json');
    expect(bin.code).not.toBe(0);
    expect(bin.stderr.trim().split('\n')).toHaveLength(1);
    expect(bin.stderr).toContain('binary data');
    writeFileSync(join(dir, 'bom.txt'), '\uFEFFCouncil approves budget\n\nThe council approved the budget.\n');
    const bom = await analyze(join(dir, 'bom.txt'), '--json');
    expect(bom.code).toBe(0);
    expect(JSON.parse(bom.stdout).article.title).toBe('Council approves budget');
  });
});

