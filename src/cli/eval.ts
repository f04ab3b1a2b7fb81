// npm run eval [-- --json] [--set DIR] [--aquaint DIR] [--cases] [--by-month] [--no-dates]
// Linking and discrepancy figures on the labelled set (default ../shared/eval/dev), and the date
// stage on TempEval-3 AQUAINT (default ../shared/benchmarks/tempeval3/AQUAINT), beside plain chrono.
// --by-month scores the cases again grouped by the month of the event they are about (pages that
// should link to nothing apart), to show whether linking holds across the whole period.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from './args';
import { evalDates, formatDatesEval, type DatesEval } from './eval/dates';
import { evalLinking, score, type CaseResult, type LinkingEval, type Prf } from './eval/linking';
import type { Repository } from '../core/repository';
import { BUNDLED_PACK, repositoryFor } from './load';
import { ensureBundledPack } from './bundled';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (name: string, p: Prf) => `  ${name.padEnd(12)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

function formatLinking(e: LinkingEval, cases: boolean): string {
  const l = e.linking;
  const lines = [
    `Linking and discrepancies — ${e.set} (${e.cases} cases, ${e.negatives} negative)`,
    row('linking', l),
    `  top-1 accuracy ${pct(l.top1)}   false-link rate on negatives ${pct(l.falseLinkRate)}`,
    row('discrepancy', e.discrepancies),
    ...Object.entries(e.discrepancies.byKind).map(([k, p]) => row(`  ${k}`, p)),
    `  faithful pages (linked, no labelled discrepancy): ${e.faithful.pages}; warnings per page ${e.faithful.pages ? (e.faithful.warnings / e.faithful.pages).toFixed(2) : '—'}, findings per page ${e.faithful.pages ? (e.faithful.findings / e.faithful.pages).toFixed(2) : '—'}`,
    `  calibration of links: ${e.calibration.filter((b) => b.count).map((b) => `${b.from.toFixed(1)}–${b.to.toFixed(1)}: ${b.right}/${b.count}`).join(' · ') || '—'}`,
  ];
  if (cases) {
    for (const r of e.results) {
      const ok = r.expected.length === r.predicted.length && r.expected.every((x) => r.predicted.some((p) => p.eventId === x));
      lines.push(`${ok ? ' ' : '✗'} ${r.id}  →  ${r.predicted.map((p) => `${p.eventId} (${p.confidence})`).join(', ') || '—'}  [${Math.round(r.ms)} ms]`);
      for (const d of r.discrepancies) lines.push(`    ${d.found ? 'found ' : 'MISSED'} ${d.kind}: "${d.quote}"`);
      for (const d of r.reported.filter((x) => !x.correct)) lines.push(`    EXTRA  ${d.kind}: "${d.quote}"`);
    }
  }
  return lines.join('\n');
}

/** One line per month of the labelled events (a case counts under its first event's month). */
async function formatByMonth(e: LinkingEval, repo: Repository): Promise<string> {
  const ids = [...new Set(e.results.flatMap((r) => r.expected))];
  const dates = new Map((await repo.events(ids)).map((b) => [b.event.id, b.event.date]));
  const groups = new Map<string, CaseResult[]>();
  for (const r of e.results) {
    const key = r.expected.length ? (dates.get(r.expected[0]!)?.slice(0, 7) ?? 'unknown event') : 'no event';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const lines = ['Linking by month of the event'];
  for (const [month, results] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const m = score(e.set, results);
    const warn = m.faithful.pages ? (m.faithful.warnings / m.faithful.pages).toFixed(2) : '—';
    const link = month === 'no event' ? `false links ${results.filter((r) => r.predicted.length).length}/${results.length}` : `P ${pct(m.linking.precision)}  R ${pct(m.linking.recall)}  top-1 ${pct(m.linking.top1)}`;
    lines.push(`  ${month.padEnd(13)} ${String(results.length).padStart(3)} pages  ${link}   warnings per faithful page ${warn}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['set', 'aquaint', 'dataset']);
  const setDir = resolve(args.values.get('set') ?? '../shared/eval/dev');
  const aquaint = resolve(args.values.get('aquaint') ?? '../shared/benchmarks/tempeval3/AQUAINT');
  if (!existsSync(setDir)) throw new Error(`no labelled set at ${setDir} (use --set DIR)`);
  const repo = repositoryFor([await ensureBundledPack(BUNDLED_PACK)]);
  const linking = await evalLinking(setDir, repo);
  let dates: DatesEval | null = null;
  if (!args.flags.has('no-dates')) {
    if (existsSync(aquaint)) dates = await evalDates(aquaint);
    else process.stderr.write(`eval: no AQUAINT corpus at ${aquaint}; dates skipped\n`);
  }
  if (args.flags.has('json')) {
    const { results, ...summary } = linking;
    process.stdout.write(`${JSON.stringify({ linking: args.flags.has('cases') ? linking : summary, dates }, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${formatLinking(linking, args.flags.has('cases'))}\n`);
  if (args.flags.has('by-month')) process.stdout.write(`\n${await formatByMonth(linking, repo)}\n`);
  if (dates) process.stdout.write(`\n${formatDatesEval(dates)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval: ${(err as Error).message.split('\n')[0]}\n`);
  process.exit(2);
});
