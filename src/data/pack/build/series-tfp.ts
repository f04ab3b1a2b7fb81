// Official daily figures compiled by Tech for Palestine (public domain). Only figures someone
// reported are kept: TFP's extrapolated `ext_*` columns and the West Bank rows it carried forward
// (`flash_source: "fill"`) are left out, because a figure check must compare an article with what an
// official body actually said on a day, and with who said it.
import type { SeriesPoint, SeriesRecord } from '../../../core/types';
import { addDays } from '../dates';
import type { GazaDay, LebanonDay, WestBankDay } from './inputs';

const GAZA_REPORTERS: Record<string, string> = {
  mohtel: 'Gaza Ministry of Health',
  gmotel: 'Gaza Government Media Office',
  missing: 'source not recorded',
};
const LEBANON_REPORTERS: Record<string, string> = { moph_lb: 'Lebanese Ministry of Public Health', ocha: 'UN OCHA' };

// Start of each count, as the reporting bodies define it (Lebanon's ministry counts from the first
// cross-border exchanges on 8 October 2023).
const GAZA_SINCE = '2023-10-07';
const LEBANON_SINCE = '2023-10-08';
const WEST_BANK_SINCE = '2023-10-07';

function reporter(table: Record<string, string>, code: string, date: string): string {
  const name = table[code];
  if (!name) throw new Error(`TFP report_source "${code}" on ${date} is not known; add it to series-tfp.ts`);
  return name;
}

type Base = Omit<SeriesRecord, 'points'>;

function series<T>(base: Base, rows: T[], point: (r: T) => SeriesPoint | null): SeriesRecord {
  const points = rows.map(point).filter((p): p is SeriesPoint => p !== null);
  return { ...base, points };
}

/** A point, naming its reporter only when it is not the series' usual one. */
function at(date: string, value: number | null | undefined, by: string, usual: string, extra: Partial<SeriesPoint> = {}): SeriesPoint | null {
  if (typeof value !== 'number') return null;
  return { date, value, ...(by !== usual ? { reportedBy: by } : {}), ...extra };
}

export function gazaSeries(rows: GazaDay[]): SeriesRecord[] {
  const usual = GAZA_REPORTERS.mohtel as string;
  const base = { region: 'ps-gaza-strip', reportedBy: usual, source: 'tfp' } as const;
  const cumulative = (id: string, title: string, measure: SeriesRecord['measure'], pick: (r: GazaDay) => number | null | undefined) =>
    series({ ...base, id, title, measure, cumulative: true, since: GAZA_SINCE }, rows, (r) =>
      at(r.report_date, pick(r), reporter(GAZA_REPORTERS, r.report_source, r.report_date), usual),
    );
  return [
    series({ ...base, id: 'tfp-gaza-killed-daily', title: 'Gaza: people killed since the previous report', measure: 'killed', cumulative: false }, rows, (r) =>
      at(r.report_date, r.killed, reporter(GAZA_REPORTERS, r.report_source, r.report_date), usual, r.report_period > 0 ? { periodHours: r.report_period } : {}),
    ),
    cumulative('tfp-gaza-killed', 'Gaza: people killed since 7 October 2023', 'killed', (r) => r.killed_cum),
    cumulative('tfp-gaza-injured', 'Gaza: people injured since 7 October 2023', 'injured', (r) => r.injured_cum),
    cumulative('tfp-gaza-killed-children', 'Gaza: children killed since 7 October 2023', 'killed-children', (r) => r.killed_children_cum),
    cumulative('tfp-gaza-killed-women', 'Gaza: women killed since 7 October 2023', 'killed-women', (r) => r.killed_women_cum),
  ];
}

export function lebanonSeries(rows: LebanonDay[]): SeriesRecord[] {
  const usual = LEBANON_REPORTERS.moph_lb as string;
  const base = { region: 'lb-lebanon', reportedBy: usual, source: 'tfp', cumulative: true } as const;
  // From the second phase on, the ministry restarted its count; TFP's killed_cum keeps adding to the
  // first phase's total. Both are kept: the running total, and the second count as reported.
  const byOf = (r: LebanonDay) =>
    r.phase > 1 ? `${usual} (added by Tech for Palestine to the earlier total)` : reporter(LEBANON_REPORTERS, r.report_source, r.report_date);
  const phase2 = rows.filter((r) => r.phase === 2);
  const first = phase2[0];
  const out = [
    series({ ...base, id: 'tfp-lebanon-killed', title: 'Lebanon: people killed since 8 October 2023', measure: 'killed', since: LEBANON_SINCE }, rows, (r) =>
      at(r.report_date, r.killed_cum, byOf(r), usual),
    ),
    series({ ...base, id: 'tfp-lebanon-injured', title: 'Lebanon: people injured since 8 October 2023', measure: 'injured', since: LEBANON_SINCE }, rows, (r) =>
      at(r.report_date, r.injured_cum, byOf(r), usual),
    ),
  ];
  if (first) {
    // The first report of the new count covers report_period hours ending on its date.
    const since = addDays(first.report_date, 1 - Math.max(1, Math.round(first.report_period / 24)));
    out.push(
      series({ ...base, id: 'tfp-lebanon-killed-phase2', title: `Lebanon: people killed since ${since} (the ministry's second count)`, measure: 'killed', since }, phase2, (r) =>
        at(r.report_date, r.killed_cum_reported, reporter(LEBANON_REPORTERS, r.report_source, r.report_date), usual),
      ),
    );
  }
  return out;
}

export function westBankSeries(rows: WestBankDay[]): SeriesRecord[] {
  const flash = 'UN OCHA (flash updates)';
  const verified = 'UN OCHA (verified casualties)';
  const reported = rows.filter((r) => r.flash_source !== 'fill');
  const base = { region: 'ps-west-bank', source: 'tfp', cumulative: true, since: WEST_BANK_SINCE } as const;
  const flashSeries = (id: string, title: string, measure: SeriesRecord['measure'], pick: (r: WestBankDay) => number) =>
    series({ ...base, id, title, measure, reportedBy: flash }, reported, (r) => at(r.report_date, pick(r), flash, flash));
  return [
    flashSeries('tfp-west-bank-killed', 'West Bank: Palestinians killed since 7 October 2023', 'killed', (r) => r.killed_cum),
    flashSeries('tfp-west-bank-killed-children', 'West Bank: Palestinian children killed since 7 October 2023', 'killed-children', (r) => r.killed_children_cum),
    flashSeries('tfp-west-bank-injured', 'West Bank: Palestinians injured since 7 October 2023', 'injured', (r) => r.injured_cum),
    series({ ...base, id: 'tfp-west-bank-killed-verified', title: 'West Bank: Palestinians killed since 7 October 2023, verified by the UN', measure: 'killed', reportedBy: verified }, rows, (r) =>
      at(r.report_date, r.verified?.killed_cum, verified, verified),
    ),
  ];
}
