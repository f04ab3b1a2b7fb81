// "since October 7, 2023" → 2023-10-07. Only a date with its year becomes ISO: a figure's period
// must not depend on guessing the year (the dates stage, which knows the publication date, can).
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january jan enero janvier januar gennaio janeiro januari', '1'],
  ['february feb febrero février fevrier februar febbraio fevereiro februari', '2'],
  ['march mar marzo mars märz marts março marco', '3'],
  ['april apr abril avril aprile', '4'],
  ['may mayo mai maggio maio maj', '5'],
  ['june jun junio juin juni giugno junho', '6'],
  ['july jul julio juillet juli luglio julho', '7'],
  ['august aug agosto août aout augusti', '8'],
  ['september sep sept septiembre setiembre septembre settembre setembro', '9'],
  ['october oct octubre octobre oktober ottobre outubro', '10'],
  ['november nov noviembre novembre novembro', '11'],
  ['december dec diciembre décembre decembre dezember dicembre dezembro desember', '12'],
].map(([names = '', n = '']) => {
  for (const name of names.split(' ')) MONTHS[name] = Number(n);
  return names.split(' ');
});

const MONTH_ALT = MONTH_NAMES.flat().sort((a, b) => b.length - a.length).join('|');
const DAY_MONTH = new RegExp(`^(?:(?:on|the|el|le|dem|den|o|il)\\s+)?(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+|of\\s+)?(${MONTH_ALT})\\.?(?:,?\\s+(?:de\\s+)?(\\d{4}))?`, 'iu');
const MONTH_DAY = new RegExp(`^(?:on\\s+)?(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'iu');
const MONTH_YEAR = new RegExp(`^(?:(?:el|le|la)\\s+)?(?:mes\\s+de\\s+)?(${MONTH_ALT})\\.?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu');
const YEAR = /^(\d{4})\b/;

const pad = (n: number) => String(n).padStart(2, '0');

export interface SinceDate {
  /** ISO at the precision stated; undefined when no year is written. */
  iso?: string;
  /** True when the words are a date (with or without year). */
  isDate: boolean;
}

export function parseSinceDate(words: string): SinceDate {
  let m = DAY_MONTH.exec(words);
  if (m) return dayIso(m[3], m[2], m[1]);
  m = MONTH_DAY.exec(words);
  if (m) return dayIso(m[3], m[1], m[2]);
  m = MONTH_YEAR.exec(words);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    return month ? { iso: `${m[2]}-${pad(month)}`, isDate: true } : { isDate: false };
  }
  m = YEAR.exec(words);
  if (m && Number(m[1]) > 1900 && Number(m[1]) < 2100) return { iso: m[1], isDate: true };
  return { isDate: false };
}

function dayIso(year: string | undefined, monthName: string | undefined, day: string | undefined): SinceDate {
  const month = MONTHS[(monthName ?? '').toLowerCase()];
  const d = Number(day);
  if (!month || !(d >= 1 && d <= 31)) return { isDate: false };
  return year ? { iso: `${year}-${pad(month)}-${pad(d)}`, isDate: true } : { isDate: true };
}
