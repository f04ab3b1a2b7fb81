// Field schemas shared by the record schemas: bounded text, ids, lists and dates, each with a message
// that says what is wrong in words a user can act on.
import * as v from 'valibot';
import { isIsoDate, isIsoDay } from './dates';

/**
 * Upper bounds that no honest pack comes near; they stop a hostile or broken file from filling the
 * reader's disk or freezing the options page.
 */
export const LIMITS = {
  id: 200,
  shortText: 300, // names, aliases, outlets, qualifiers, subjects
  title: 500,
  text: 4000, // summaries, gists, notes
  url: 2048,
  events: 2_000_000,
  reports: 10_000_000,
  places: 2_000_000,
  actors: 2_000_000,
  outlets: 200_000,
  series: 10_000,
  points: 50_000,
  perRecordList: 500, // places, actors, keywords, related, aliases, claims, notes per record
  sources: 200,
} as const;

export const str = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, (i) => `is ${i.input.length} characters long; at most ${max} are allowed`),
  );
export const id = v.pipe(str(LIMITS.id), v.minLength(1, 'is empty; an id is required'));
export const list = <T extends v.GenericSchema>(item: T, max: number = LIMITS.perRecordList) =>
  v.pipe(
    v.array(item),
    v.maxLength(max, (i) => `has ${i.input.length} entries; at most ${max} are allowed`),
  );
export const date = (test: (s: string) => boolean, what = 'a valid date') =>
  v.pipe(
    v.string(),
    v.check(test, (i) => `${JSON.stringify(i.input)} is not ${what}`),
  );
export const isoDay = date(isIsoDay, 'a valid date (YYYY-MM-DD)');
export const isoDate = date(isIsoDate);
export const count = v.pipe(
  v.number(),
  v.check((n: number) => Number.isFinite(n), (i) => `${String(i.input)} is not a finite number`),
);
