import { describe, expect, it } from 'vitest';
import { dates, one, pairs } from './helpers';

// A Saturday paper; 2024-11-02 was a Saturday.
const SATURDAY = '2024-11-02';

describe('extractDates: stated and implied components', () => {
  it('marks a full date as stated with every component known', () => {
    const m = one('As of November 1, 2023, the agency counted 25 dead.', SATURDAY);
    expect(m).toMatchObject({ text: 'November 1, 2023', value: '2023-11-01', granularity: 'day', stated: true, relative: false });
    expect(m.known).toEqual(['year', 'month', 'day']);
  });

  it('fills the year of a day and month from the reference but does not call it stated', () => {
    const m = one('On November 1 the agency counted 25 dead.', SATURDAY);
    expect(m).toMatchObject({ value: '2024-11-01', stated: false, relative: false });
    expect(m.known).toEqual(['month', 'day']);
  });

  it('keeps a weekday relative, known only as a weekday', () => {
    const m = one('The convoy was hit on Friday.', SATURDAY);
    expect(m).toMatchObject({ text: 'Friday', value: '2024-11-01', relative: true, stated: false, known: ['weekday'] });
  });

  it('reports offsets into the text it was given, past earlier mentions and line breaks', () => {
    const text = 'Headline\n\nOn Friday, officials said the strike of 12 October 2024 killed nine.';
    const [friday, october] = dates(text, SATURDAY);
    expect(friday).toMatchObject({ start: text.indexOf('Friday'), end: text.indexOf('Friday') + 6 });
    expect(october).toMatchObject({ text: '12 October 2024', start: text.indexOf('12 October') });
  });

  it('returns the mentions in the order of the text', () => {
    expect(pairs('In 2019 a truce held; yesterday it broke; next month talks resume.', SATURDAY)).toEqual([
      '2019=2019',
      'yesterday=2024-11-01',
      'next month=2024-12',
    ]);
  });
});

describe('extractDates without a reference date', () => {
  it('keeps dates whose every component is written', () => {
    expect(pairs('The ceasefire of 24 November 2023 held until early December.', null)).toEqual([
      '24 November 2023=2023-11-24',
    ]);
  });

  it('drops relative dates and dates whose year would have to be guessed', () => {
    expect(dates('Yesterday, on Friday, and again on November 1, the crossing stayed shut.', null)).toEqual([]);
  });

  it('keeps only the year of a numeric date whose day and month could be swapped', () => {
    const m = one('Posted 02/11/2024 by the newsroom.', null);
    expect(m).toMatchObject({ value: '2024', granularity: 'year', known: ['year'], stated: true });
  });

  it('keeps a numeric date whose order is unambiguous', () => {
    expect(one('Posted 25/11/2024 by the newsroom.', null)).toMatchObject({ value: '2024-11-25', stated: true });
  });
});

describe('extractDates is pure', () => {
  it('gives the same answer for the same input, call after call', () => {
    const text = 'The talks, which began last Tuesday, will end on Thursday.';
    expect(dates(text, SATURDAY)).toEqual(dates(text, SATURDAY));
  });

  it('answers from the reference date alone, whatever the year it is now', () => {
    expect(one('The bridge reopened yesterday.', '1998-08-08').value).toBe('1998-08-07');
    expect(one('The bridge reopened yesterday.', '2031-03-01').value).toBe('2031-02-28');
  });
});
