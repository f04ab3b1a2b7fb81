import { describe, expect, it } from 'vitest';
import { dates, one, pairs } from './helpers';

const SATURDAY = '2024-11-02';

describe('months and years', () => {
  it("reads 'in March' as this year's March, known by month only", () => {
    expect(one('Prices rose in March.', SATURDAY)).toMatchObject({ text: 'March', value: '2024-03', granularity: 'month', known: ['month'], stated: false });
  });

  it('takes the month-and-year form as stated', () => {
    expect(one('The census of March 2023 was delayed.', SATURDAY)).toMatchObject({ value: '2023-03', stated: true, known: ['year', 'month'] });
  });

  it('takes a month a few weeks ahead in a future clause, and last year\'s in a past one far ahead', () => {
    expect(one('Elections will be held in December.', SATURDAY).value).toBe('2024-12');
    expect(one('The dam collapsed in April.', '2024-01-15').value).toBe('2023-04');
  });

  it("reads 'last November', 'next May' and 'this March'", () => {
    expect(one('The fire started last November.', '2024-03-10').value).toBe('2023-11');
    expect(one('The fire started last November.', '2024-12-10').value).toBe('2024-11');
    expect(one('The station reopens next May.', SATURDAY).value).toBe('2025-05');
    expect(one('The fund ran dry this March.', SATURDAY).value).toBe('2024-03');
  });

  it('reads a month followed by a relative year', () => {
    expect(one('The agreement was signed in March last year.', SATURDAY)).toMatchObject({ text: 'March last year', value: '2023-03', relative: true });
    expect(one('Rains came on Oct. 5 this year.', SATURDAY)).toMatchObject({ value: '2024-10-05' });
  });

  it("keeps 'mid-October' and 'late November' months, with a mod", () => {
    expect(one('The offensive began in mid-October.', SATURDAY)).toMatchObject({ text: 'mid-October', value: '2024-10', mod: 'mid' });
    expect(one('Fighting peaked in late November.', '2024-12-10')).toMatchObject({ text: 'late November', value: '2024-11', mod: 'end' });
  });

  it('reads a year alone as a stated year', () => {
    expect(one('The reservoir was built in 2019.', SATURDAY)).toMatchObject({ text: '2019', value: '2019', granularity: 'year', stated: true, known: ['year'] });
    expect(one('Unrest has grown since 1967.', SATURDAY).value).toBe('1967');
  });

  it('marks a year that qualifies a noun as attributive, and one that dates an event as not', () => {
    expect(one('Negotiators returned to the 1967 lines.', SATURDAY)).toMatchObject({ value: '1967', attributive: true });
    expect(one('Troops took the hills in 1967 and stayed.', SATURDAY).attributive).toBeUndefined();
  });

  it('reads year ranges and modified years', () => {
    expect(one('The 2019-20 season was cut short.', SATURDAY)).toMatchObject({ value: '2019', endValue: '2020' });
    expect(one('The mine closed in mid-2019.', SATURDAY)).toMatchObject({ text: 'mid-2019', value: '2019', mod: 'mid' });
  });
});

describe('decades, seasons, quarters, halves and fiscal years', () => {
  it('writes decades as TimeML does', () => {
    expect(pairs('The dispute goes back to the 1990s and flared in the early 1960s.', SATURDAY)).toEqual(['1990s=199', 'early 1960s=196']);
  });

  it("reads the '80s in the century that has reached it, as not stated", () => {
    expect(one("A hit from the '80s played.", SATURDAY)).toMatchObject({ value: '198', stated: false });
  });

  it('reads seasons with and without a year', () => {
    expect(one('The camp grew in the summer of 2023.', SATURDAY)).toMatchObject({ value: '2023-SU', stated: true, granularity: 'season' });
    expect(one('The river froze last winter.', SATURDAY).value).toBe('2023-WI');
    expect(one('Crops failed last summer.', SATURDAY).value).toBe('2024-SU');
    expect(one('The road will reopen in the spring.', SATURDAY).value).toBe('2025-SP');
  });

  it('reads a quarter in the direction its clause points', () => {
    expect(one('Sales fell in the third quarter.', SATURDAY)).toMatchObject({ value: '2024-Q3', granularity: 'quarter', stated: false });
    expect(one('Sales fell in the fourth quarter.', '2024-02-10').value).toBe('2023-Q4');
    expect(one('Output in Q3 2024 set a record.', SATURDAY)).toMatchObject({ value: '2024-Q3', stated: true });
  });

  it('reads halves and fiscal years', () => {
    expect(one('Exports grew in the first half of 2023.', SATURDAY)).toMatchObject({ value: '2023-H1', granularity: 'half' });
    expect(one('The budget for fiscal 2025 was cut.', SATURDAY)).toMatchObject({ value: 'FY2025', granularity: 'year' });
  });

  it('reads the holidays that fix a day', () => {
    expect(one('The boat sank on Thanksgiving Day.', '1999-12-01').value).toBe('1999-11-25');
    expect(one('Shops closed on Christmas Eve.', '2024-12-28').value).toBe('2024-12-24');
    expect(one('Pilgrims gathered as Easter week began.', '2000-04-20')).toMatchObject({ value: '2000-W16', granularity: 'week' });
  });
});

describe('what period readings must not produce', () => {
  it('does not read the verb "may", a lower-case "march" or a person named May', () => {
    expect(dates('It may be weeks before a march through the capital; May said so.', SATURDAY)).toEqual([]);
  });

  it('does not read the name of a protest march as a month', () => {
    expect(dates('Thousands joined the March for Justice downtown.', SATURDAY)).toEqual([]);
  });

  it('does not read a first name that is a month as a date', () => {
    expect(dates('April Ramos, a nurse, treated the wounded.', SATURDAY)).toEqual([]);
  });

  it('does not read spring water, a fall from power or winter gear as seasons', () => {
    expect(dates('A spring of water fed the camp; the fall of the city followed; winter coats ran short.', SATURDAY)).toEqual([]);
  });

  it('does not read named games or a quarter of a city as periods', () => {
    expect(dates('The Winter Olympics opened; the old quarter was shelled.', SATURDAY)).toEqual([]);
  });

  it('does not read "the first half" of a match as a date', () => {
    expect(dates('The hosts led in the first half.', SATURDAY)).toEqual([]);
  });

  it("does not read an age in someone's 90s as a decade", () => {
    expect(dates('She is in her 90s.', SATURDAY)).toEqual([]);
  });
});
