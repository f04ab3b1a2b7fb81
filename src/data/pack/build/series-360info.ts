// 360info's cumulative deaths to 29 September 2024 (CC BY 4.0): a second compilation beside TFP's,
// and for Lebanon a second counter (ACLED) beside the ministry. The column sources are as 360info
// describes them in its report repository.
import type { SeriesPoint, SeriesRecord } from '../../../core/types';

type Row = Record<string, string>;

/** One point per day. The file lists 2023-12-14 twice (Israel's toll rose by one between the rows);
 * the later row is taken as the day's final figure. */
function points(rows: Row[], value: (r: Row) => number | null): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const r of rows) {
    const v = value(r);
    if (v === null || !r.date) continue;
    if (out.at(-1)?.date === r.date) out.pop();
    out.push({ date: r.date, value: v });
  }
  return out;
}

function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`360info: "${s}" is not a number`);
  return n;
}

export function info360Series(rows: Row[]): SeriesRecord[] {
  const base = { source: '360info', cumulative: true, measure: 'killed', since: '2023-10-07' } as const;
  return [
    {
      ...base,
      id: '360info-gaza-killed',
      title: 'Gaza: people killed since 7 October 2023 (360info compilation)',
      region: 'ps-gaza-strip',
      reportedBy: 'Gaza Ministry of Health, compiled by 360info',
      points: points(rows, (r) => num(r.palestine_total)),
    },
    {
      ...base,
      id: '360info-israel-killed',
      title: 'Israel: people killed since 7 October 2023 (360info compilation)',
      region: 'il-israel',
      reportedBy: 'compiled by 360info',
      points: points(rows, (r) => {
        const [children, adults] = [num(r.israel_children), num(r.israel_adults)];
        return children === null || adults === null ? null : children + adults;
      }),
    },
    {
      ...base,
      id: '360info-lebanon-killed',
      title: 'Lebanon: people killed since 7 October 2023 (ACLED, 360info compilation)',
      region: 'lb-lebanon',
      reportedBy: 'ACLED, compiled by 360info',
      points: points(rows, (r) => num(r.killed_in_lebanon)),
    },
  ];
}
