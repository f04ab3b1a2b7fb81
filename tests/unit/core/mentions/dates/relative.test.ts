import { describe, expect, it } from 'vitest';
import { dates, one, pairs } from './helpers';

const SATURDAY = '2024-11-02'; // ISO week 2024-W44

describe('days and periods named relative to the paper', () => {
  it('resolves yesterday, today, tonight and tomorrow from the reference', () => {
    expect(pairs('Yesterday the rain stopped, today the roads dried, tonight a curfew starts and tomorrow schools open.', SATURDAY)).toEqual([
      'Yesterday=2024-11-01',
      'today=2024-11-02',
      'tonight=2024-11-02',
      'tomorrow=2024-11-03',
    ]);
  });

  it('reads "last night" as the evening before the paper, whatever the hour of its reference', () => {
    expect(one('Gunfire was heard last night.', SATURDAY).value).toBe('2024-11-01');
  });

  it('marks relative days as relative with nothing written', () => {
    expect(one('The body was found yesterday.', SATURDAY)).toMatchObject({ relative: true, stated: false, known: [] });
  });

  it('gives weeks as ISO weeks, months as months and years as years', () => {
    expect(pairs('Last week the port shut, this month fuel ran out and last year the harvest failed.', SATURDAY)).toEqual([
      'Last week=2024-W43',
      'this month=2024-11',
      'last year=2023',
    ]);
  });

  it("keeps 'earlier this week' a week, with its position as a mod", () => {
    expect(one('Earlier this week the envoy flew home.', SATURDAY)).toMatchObject({ value: '2024-W44', granularity: 'week', mod: 'start' });
  });

  it("reads 'the end of the month' as this month, ending", () => {
    expect(one('Aid should arrive by the end of the month.', SATURDAY)).toMatchObject({ text: 'the end of the month', value: '2024-11', mod: 'end' });
  });

  it("reads 'next year' and 'late last year'", () => {
    expect(pairs('The plant closes next year after falling orders late last year.', SATURDAY)).toEqual(['next year=2025', 'late last year=2023']);
  });

  it('counts back from the paper at the precision of the unit', () => {
    expect(pairs('Two days ago, three weeks ago, two months ago, a year ago and a decade ago.', SATURDAY)).toEqual([
      'Two days ago=2024-10-31',
      'three weeks ago=2024-W41',
      'two months ago=2024-09',
      'a year ago=2023',
      'a decade ago=2014',
    ]);
  });

  it('keeps a qualifier such as "almost" in the span of a counted-back date', () => {
    expect(one('The law passed almost four years ago.', SATURDAY)).toMatchObject({ text: 'almost four years ago', value: '2020' });
  });

  it('turns a vague count back into PAST_REF', () => {
    expect(one('He left a few days ago.', SATURDAY)).toMatchObject({ value: 'PAST_REF', relative: true });
  });

  it('reads the weekend before the paper, or the coming one when the clause looks forward', () => {
    expect(one('Protests spread over the weekend.', '2024-11-04')).toMatchObject({ value: '2024-11-02', endValue: '2024-11-03' });
    expect(one('More protests are planned for the weekend.', '2024-11-04')).toMatchObject({ value: '2024-11-09' });
  });

  it('gives now PRESENT_REF, recent years PAST_REF and the future FUTURE_REF', () => {
    expect(pairs('The town is now calm after unrest in recent years, and its future looks brighter than in the past. In the future, who knows.', SATURDAY)).toEqual([
      'now=PRESENT_REF',
      'recent years=PAST_REF',
      'the past=PAST_REF',
      'the future=FUTURE_REF',
    ]);
  });

  it('reads "the day before" a date as the day before it', () => {
    expect(one('The day before last Tuesday the bridge closed.', SATURDAY)).toMatchObject({ value: '2024-10-28' });
  });
});

describe('what relative readings must not produce', () => {
  it('does not read durations as dates', () => {
    expect(dates('In the past 24 hours, and over the past week, the toll rose; within two weeks it may double.', SATURDAY)).toEqual([]);
    expect(dates('The last three months were the hardest; the next few days matter.', SATURDAY)).toEqual([]);
  });

  it('does not anchor an offset counted from the story at the paper', () => {
    expect(dates('He was arrested, and two days later he was freed.', SATURDAY)).toEqual([]);
    expect(dates('It happened earlier in the day, and again later in the day.', SATURDAY)).toEqual([]);
  });

  it('does not read a count of hours as a date', () => {
    expect(dates('The siege lasted 48 hours.', SATURDAY)).toEqual([]);
  });

  it('does not read "the past" before a noun, nor "future" as an adjective', () => {
    expect(dates('The past president spoke about future talks.', SATURDAY)).toEqual([]);
  });
});
