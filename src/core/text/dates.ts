// Date helpers for ISO strings, in UTC, with no dependence on the clock or the machine's locale.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-11-01" → "1 Nov 2024"; "2024-11" → "Nov 2024"; "2024" → "2024". */
export function formatDay(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  if (!m[2]) return m[1]!;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

export function daysBetween(later: string, earlier: string): number {
  return Math.round((Date.parse(later.slice(0, 10)) - Date.parse(earlier.slice(0, 10))) / 86_400_000);
}

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A gap in days as words a reader expects: "2 days", "5 weeks", "2½ years". */
export function formatGap(daysApart: number): string {
  const d = Math.abs(daysApart);
  if (d < 14) return `${d} day${d === 1 ? '' : 's'}`;
  if (d < 60) return `${Math.round(d / 7)} weeks`;
  if (d < 730) return `${Math.round(d / 30.4)} months`;
  const years = d / 365.25;
  const half = Math.round(years * 2) / 2;
  return `${Number.isInteger(half) ? half : `${Math.floor(half)}½`} years`;
}
