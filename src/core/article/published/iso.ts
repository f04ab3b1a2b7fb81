// Turning the many ways pages write a publication date into an ISO day. The day is taken as the page
// writes it: "2024-10-19T23:30:00-05:00" is the 19th where it was published, which is what a dateline
// and the article's own "yesterday" refer to.

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['january', 'jan', 'enero', 'janvier', 'januar', 'janeiro', 'gennaio']],
  [2, ['february', 'feb', 'febrero', 'février', 'fevrier', 'februar', 'fevereiro', 'febbraio']],
  [3, ['march', 'mar', 'marzo', 'mars', 'märz', 'marz', 'março', 'marco']],
  [4, ['april', 'apr', 'abril', 'avril', 'aprile']],
  [5, ['may', 'mayo', 'mai', 'maio', 'maggio']],
  [6, ['june', 'jun', 'junio', 'juin', 'juni', 'junho', 'giugno']],
  [7, ['july', 'jul', 'julio', 'juillet', 'juli', 'julho', 'luglio']],
  [8, ['august', 'aug', 'agosto', 'août', 'aout']],
  [9, ['september', 'sep', 'sept', 'septiembre', 'septembre', 'setembro', 'settembre']],
  [10, ['october', 'oct', 'octubre', 'octobre', 'oktober', 'outubro', 'ottobre', 'okt']],
  [11, ['november', 'nov', 'noviembre', 'novembre', 'novembro']],
  [12, ['december', 'dec', 'diciembre', 'décembre', 'decembre', 'dezember', 'dezembro', 'dicembre', 'desember', 'des']],
];
for (const [n, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = n;

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function isoDay(year: number, month: number, day: number): string | null {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A machine-readable timestamp (ISO 8601, RFC 2822 as some CMSs emit) → ISO day, or null. */
export function parseMachineDate(raw: string): string | null {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (compact) return isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const rfc = new RegExp(`^(?:[A-Za-z]{3},\\s*)?(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?\\s+(\\d{4})`, 'i').exec(s);
  if (rfc) {
    const m = monthNumber(rfc[2]!);
    return m ? isoDay(Number(rfc[3]), m, Number(rfc[1])) : null;
  }
  const written = new RegExp(`^(${MONTH_PATTERN})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i').exec(s);
  if (written) {
    const m = monthNumber(written[1]!);
    return m ? isoDay(Number(written[3]), m, Number(written[2])) : null;
  }
  return null;
}
