import { describe, expect, it } from 'vitest';
import { dates, one } from './helpers';

const SATURDAY = '2024-11-02';

// Text in which nothing is a date. Each line is one kind of number or word that a date parser trips on.
const NOT_DATES: [string, string][] = [
  ['an age', 'The driver, 64 years old, and a boy aged 15 were hurt.'],
  ['money', 'Donors pledged $2.5 million and 2,000 shekels.'],
  ['a percentage', 'Prices rose 12.53% as shortages spread.'],
  ['counts', 'About 1,000 people marched and 24 were killed.'],
  ['a bare four-digit count', 'Some 1500 people fled and 2000 troops arrived.'],
  ['durations', 'The curfew lasts 24 hours, then 48 hours more.'],
  ['a time of day alone', 'The bus left at 06:59 AM and returned at 3 p.m.'],
  ['a clock time in military style', 'The raid began at 2300 GMT.'],
  ['a score', 'The hosts won 3-1 after extra time.'],
  ['a phone number', 'Call 555-1998 for details.'],
  ['a version number', 'Version 2.11.2 fixed the bug.'],
  ['a slide counter', 'Photo 1/5: the damaged school.'],
  ['a fraction and a slogan', 'Half the town, 1/2 of homes, was watched 24/7.'],
  ['the modal verb may', 'The crossing may reopen soon.'],
  ['a march', 'Police broke up a march near the square.'],
  ['a newspaper', 'The Sunday Times first reported the leak.'],
  ['a verb that spells a weekday', 'He sat beside the road.'],
  ['a named day', 'Black Friday sales were muted.'],
  ['page numbers and labels', 'See page 1998 of the report and Resolution No. 2024.'],
  ['an outlet named for today', 'The story ran in USA Today and on News Today.'],
  ['a span counted in weeks', 'Troops left the hospital after two weeks.'],
];

describe('text that must not produce dates', () => {
  for (const [kind, text] of NOT_DATES) {
    it(`finds no date in ${kind}`, () => {
      expect(dates(text, SATURDAY)).toEqual([]);
    });
  }

  it('finds the date but not the time-only or the count around it', () => {
    expect(dates('At 3 p.m. on 1 November 2024, 40 people were hurt.', SATURDAY).map((m) => m.value)).toEqual(['2024-11-01']);
  });

  it('keeps "May" when a preposition makes it the month', () => {
    expect(one('Fighting resumed in May.', SATURDAY).value).toBe('2024-05');
  });

  it('keeps a weekday when the newspaper is not named after it', () => {
    expect(one('The Times reported on Sunday.', SATURDAY).value).toBe('2024-10-27');
  });
});
