import { describe, expect, it } from 'vitest';
import { dates, one } from './helpers';

const SATURDAY = '2024-11-02';

describe('datelines and written-out dates', () => {
  it('reads abbreviated and day-first datelines as stated days', () => {
    expect(one('KHARTOUM, Nov. 2, 2024 — Aid trucks crossed.', SATURDAY)).toMatchObject({ text: 'Nov. 2, 2024', value: '2024-11-02', stated: true });
    expect(one('Published 2 November 2024', SATURDAY)).toMatchObject({ value: '2024-11-02', stated: true });
  });

  it('reads a dateline glued to page furniture', () => {
    const text = 'Web DeskNovember 2, 2024 06:59 AMworld';
    const m = one(text, SATURDAY);
    expect(m.value).toBe('2024-11-02');
    expect(m.text.startsWith('November 2, 2024')).toBe(true);
    expect(m.start).toBe(text.indexOf('November'));
  });

  it('reads an ambiguous numeric date as the reading nearest the paper, with only the year known', () => {
    const m = one('Updated 02/11/2024', SATURDAY);
    expect(m).toMatchObject({ value: '2024-11-02', known: ['year'], stated: false });
    expect(one('Updated 02/11/2024', '2024-02-12')).toMatchObject({ value: '2024-02-11' });
  });

  it('reads a numeric date with a day above twelve in its only possible order', () => {
    expect(one('Filed 11/25/2024 in Ohio.', SATURDAY)).toMatchObject({ value: '2024-11-25', stated: true });
    expect(one('Filed 25.11.2024 in Bonn.', SATURDAY)).toMatchObject({ value: '2024-11-25', stated: true });
  });

  it('reads an ISO date', () => {
    expect(one('Last modified 2024-10-31.', SATURDAY)).toMatchObject({ value: '2024-10-31', stated: true });
  });

  it('reads a numeric day without a year only after a word that makes it a date', () => {
    expect(one('The vote was held on 10/29.', SATURDAY)).toMatchObject({ value: '2024-10-29', known: ['month', 'day'] });
  });

  it('keeps a written weekday with its date', () => {
    expect(one('Monday, November 4, 2024', SATURDAY)).toMatchObject({ value: '2024-11-04', known: ['year', 'month', 'day', 'weekday'] });
  });
});

describe('ranges', () => {
  it("reads '1-3 November' and 'Nov 1-3' as ranges", () => {
    expect(one('Talks ran 1-3 November.', SATURDAY)).toMatchObject({ value: '2024-11-01', endValue: '2024-11-03' });
    expect(one('Talks ran Nov 1-3.', SATURDAY)).toMatchObject({ value: '2024-11-01', endValue: '2024-11-03' });
  });

  it("reads 'between May 2 and May 5' as one range resolved in one year", () => {
    const m = one('Polls open between May 2 and May 5.', SATURDAY);
    expect(m).toMatchObject({ text: 'May 2 and May 5', endValue: m.value.slice(0, 4) + '-05-05' });
  });

  it('reads a range that crosses the new year', () => {
    expect(one('Flights stop between Dec. 30 and Jan. 2.', '2024-12-15')).toMatchObject({ value: '2024-12-30', endValue: '2025-01-02' });
  });

  it("reads 'April 24 and 25' as a range, but not a day followed by a count", () => {
    expect(one('The summit meets on April 24 and 25 in Geneva.', '2024-03-01')).toMatchObject({ value: '2024-04-24', endValue: '2024-04-25' });
    expect(one('On May 5 and 12 people were hurt.', SATURDAY).endValue).toBeUndefined();
  });

  it('reads years between two years as a range', () => {
    expect(one('Output fell between 1994 and 1997.', SATURDAY)).toMatchObject({ value: '1994', endValue: '1997' });
  });

  it('does not read numbers around a dash as a range of days', () => {
    expect(dates('The hosts won 3-1.', SATURDAY)).toEqual([]);
  });
});
