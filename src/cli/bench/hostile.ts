// `npm run bench -- --hostile [--pages N]`: the generated hostile suite (tests/browser/hostile-pages.ts)
// in Debian's Chromium with the built extension, every page traced: what broke (crashes, our
// errors, stranded or over-cap badges, changed page text, payloads run, foreign requests) and the
// main-thread budget — the most time our code took in one task of each page's main thread. Printed,
// never asserted; the browser test runs a sample of the same pages and asserts the invariants.
import { launchWithExtension, serveFixtures, FIXTURES, type Route } from '../../../tests/browser/harness';
import { EMPTY_PAGE, EMPTY_PATH, hostilePages } from '../../../tests/browser/hostile-pages';
import { problems, visitHostile, type Visit } from '../../../tests/browser/hostile-visit';
import { chromiumAvailable } from './install-chromium';
import { percentile } from './stats';

export interface HostileBench {
  pages: number;
  broken: { path: string; name: string; problems: string[] }[];
  longestTaskMs: number;
  worst: { path: string; name: string; ms: number }[];
  p95TaskMs: number;
  byCategory: Record<string, { pages: number; broken: number; longestTaskMs: number }>;
}

export async function runHostileBench(opts: { pages: number; say: (s: string) => void }): Promise<HostileBench | null> {
  const missing = chromiumAvailable();
  if (missing) {
    opts.say(`hostile suite skipped: ${missing}`);
    return null;
  }
  const specs = hostilePages(opts.pages);
  const routes: Record<string, Route> = { [EMPTY_PATH]: EMPTY_PAGE };
  for (const p of specs) routes[p.path] = p.route;
  const server = await serveFixtures(FIXTURES, routes);
  const browser = await launchWithExtension();
  const visits: Visit[] = [];
  try {
    for (const [k, spec] of specs.entries()) {
      visits.push(await visitHostile(browser, server, spec, { trace: true }));
      if ((k + 1) % 50 === 0) opts.say(`  … ${k + 1} of ${specs.length} pages`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const broken = visits.map((v) => ({ path: v.path, name: v.name, problems: problems(v) })).filter((b) => b.problems.length);
  const tasks = visits.map((v) => v.longestTaskMs ?? 0);
  const worst = [...visits].sort((a, b) => (b.longestTaskMs ?? 0) - (a.longestTaskMs ?? 0)).slice(0, 5).map((v) => ({ path: v.path, name: v.name, ms: v.longestTaskMs ?? 0 }));
  const byCategory: HostileBench['byCategory'] = {};
  for (const v of visits) {
    const c = (byCategory[v.category] ??= { pages: 0, broken: 0, longestTaskMs: 0 });
    c.pages++;
    if (problems(v).length) c.broken++;
    c.longestTaskMs = Math.max(c.longestTaskMs, v.longestTaskMs ?? 0);
  }
  const result: HostileBench = { pages: visits.length, broken, longestTaskMs: Math.max(0, ...tasks), worst, p95TaskMs: percentile(tasks, 0.95), byCategory };
  const f0 = (n: number) => n.toFixed(0);
  opts.say(`\nHostile suite: ${result.pages} generated pages in Chromium with the extension`);
  opts.say(`  pages with a problem: ${broken.length}${broken.length ? '' : ' (no crash, no error of ours, no stray or over-cap badge, page text unchanged, no payload run, no foreign request)'}`);
  for (const b of broken.slice(0, 10)) opts.say(`    ${b.path} (${b.name}): ${b.problems.join('; ')}`);
  opts.say(`  most main-thread time our code took in one task: ${f0(result.longestTaskMs)} ms (budget 50 ms); p95 over pages ${f0(result.p95TaskMs)} ms`);
  for (const w of worst) opts.say(`    ${f0(w.ms)} ms  ${w.path} (${w.name})`);
  for (const [c, s] of Object.entries(byCategory)) opts.say(`  ${c.padEnd(9)} ${String(s.pages).padStart(3)} pages, ${s.broken} with a problem, at most ${f0(s.longestTaskMs)} ms in one task`);
  return result;
}
