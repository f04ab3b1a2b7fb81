// node --import tsx src/cli/eval-dates.ts [--json] [--errors] [--dir PATH]
// Scores the date-mention stage on the TempEval-3 AQUAINT articles (default: ../shared/benchmarks/
// tempeval3/AQUAINT from the working directory, or $CORROBORATE_AQUAINT) beside plain chrono-node.
import { resolve } from 'node:path';
import { evalDates, formatDatesEval } from './eval/dates';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf('--dir');
  const dir =
    (dirAt >= 0 ? args[dirAt + 1] : undefined) ??
    process.env.CORROBORATE_AQUAINT ??
    resolve(process.cwd(), '../shared/benchmarks/tempeval3/AQUAINT');
  const result = await evalDates(dir, { errors: args.includes('--errors') });
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    process.stdout.write(`${formatDatesEval(result)}\n`);
    for (const e of result.errors ?? []) {
      process.stdout.write(`${e.kind.padEnd(8)} ${(e.gold ?? '').padEnd(12)} ${(e.predicted ?? '').padEnd(12)} ${e.context}\n`);
    }
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`eval-dates: ${(err as Error).message.split('\n')[0]}\n`);
  process.exit(2);
});
