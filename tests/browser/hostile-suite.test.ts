// A sample of the generated hostile suite (hostile-pages.ts) in real Chromium on every `npm test`:
// every page comes through whole — no crash, no error from our scripts, no badge left behind or
// over the caps, the page's text unchanged, no payload run, no request to another host. The whole
// suite, with the main-thread budget, runs in `npm run bench -- --hostile`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, launchWithExtension, serveFixtures, type ExtensionBrowser, type FixtureServer, type Route } from './harness';
import { EMPTY_PAGE, EMPTY_PATH, hostilePages, hostileSample, type HostilePage } from './hostile-pages';
import { problems, visitHostile, type Visit } from './hostile-visit';

const ALL = hostilePages();
const SAMPLE = hostileSample(ALL, 40);
// A control the checks must catch: the page itself runs a payload, rewrites its text and leaves a
// host-looking element of its own after the app "leaves the story".
const CONTROL: HostilePage = {
  path: '/hostile/control.html',
  category: 'spa',
  name: 'control: the page breaks itself',
  selfChanging: false,
  leaveBy: 'empty',
  route: '<!doctype html><html><body><p>Quiet harbour news.</p><script>addEventListener("load", () => { window.__pwned = 1; document.querySelector("p").textContent = "Changed."; new MutationObserver(() => { if (!document.querySelector("[data-corroborate]")) { const s = document.createElement("span"); s.setAttribute("data-corroborate", ""); document.body.append(s); } }).observe(document.body, { childList: true }); });</script></body></html>',
};

let browser: ExtensionBrowser;
let server: FixtureServer;
beforeAll(async () => {
  const routes: Record<string, Route> = { [EMPTY_PATH]: EMPTY_PAGE, [CONTROL.path]: CONTROL.route };
  for (const p of SAMPLE) routes[p.path] = p.route;
  server = await serveFixtures(FIXTURES, routes);
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the generated hostile suite (a sample)', () => {
  it('has at least 500 pages in five categories, and the sample covers each', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(500);
    expect(new Set(ALL.map((p) => p.category)).size).toBe(5);
    expect(new Set(SAMPLE.map((p) => p.category)).size).toBe(5);
    expect(new Set(ALL.map((p) => p.path)).size).toBe(ALL.length);
  });

  it('catches a page that breaks itself, so the checks below can fail', async () => {
    const found = problems(await visitHostile(browser, server, CONTROL));
    expect(found).toContain("the page's text changed");
    expect(found).toContain("a payload in the page's text ran");
    expect(found.some((p) => p.includes('left after the app left the story'))).toBe(true);
  });

  it('comes through every sampled page whole, and badges the articles among them', async () => {
    const visits: Visit[] = [];
    for (const spec of SAMPLE) visits.push(await visitHostile(browser, server, spec));
    const broken = visits.map((v) => ({ page: `${v.path} (${v.name})`, problems: problems(v) })).filter((b) => b.problems.length);
    expect(broken).toEqual([]);
    // The suite is not vacuous: most pages carry the article, and it gets badged on them.
    expect(visits.filter((v) => v.hosts > 0).length).toBeGreaterThan(SAMPLE.length / 2);
  }, 600_000);
});
