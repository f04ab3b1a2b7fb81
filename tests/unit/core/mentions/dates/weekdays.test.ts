import { describe, expect, it } from 'vitest';
import { one } from './helpers';

const SATURDAY = '2024-11-02';
const WEDNESDAY = '2024-10-30';

describe('weekdays in news copy', () => {
  it("resolves 'on Friday' in a Saturday paper to the day before", () => {
    expect(one('Rescuers reached the village on Friday.', SATURDAY).value).toBe('2024-11-01');
  });

  it('resolves a weekday to the most recent one even when it lies days back', () => {
    expect(one('The minister resigned Monday.', SATURDAY).value).toBe('2024-10-28');
  });

  it('counts the publication day itself as the latest such weekday', () => {
    expect(one('The market reopened Saturday morning.', SATURDAY).value).toBe('2024-11-02');
  });

  it('looks forward when the clause says "will"', () => {
    expect(one('The council will vote on Friday.', WEDNESDAY).value).toBe('2024-11-01');
  });

  it('looks forward for a vote that "is due" and a deadline "until" a day', () => {
    expect(one('A ruling is due Tuesday.', SATURDAY).value).toBe('2024-11-05');
    expect(one('The court gave the family until Monday to reply.', SATURDAY).value).toBe('2024-11-04');
  });

  it('does not take its tense from the sentence before', () => {
    expect(one('Officials will meet soon. Friday the rebels attacked.', SATURDAY).value).toBe('2024-11-01');
    expect(one('The rebels attacked. Friday officials will meet.', SATURDAY).value).toBe('2024-11-08');
  });

  it('keeps the past when a future verb follows a past one that is nearer', () => {
    expect(one('Officials said Friday that talks would resume soon.', SATURDAY).value).toBe('2024-11-01');
  });

  it("reads 'last Friday' as strictly before and 'next Friday' as strictly after", () => {
    expect(one('The envoy arrived last Friday.', '2024-11-01').value).toBe('2024-10-25');
    expect(one('The envoy leaves next Friday.', '2024-11-01').value).toBe('2024-11-08');
  });

  it("places 'Friday last week' in the Monday-to-Sunday week before the paper's", () => {
    expect(one('The strike came on Friday last week.', '2024-11-06').value).toBe('2024-11-01');
  });

  it('keeps a time of day with its weekday and resolves the day', () => {
    expect(one('Sirens sounded at 9 a.m. Tuesday.', SATURDAY)).toMatchObject({ text: '9 a.m. Tuesday', value: '2024-10-29' });
    expect(one('Shelling resumed Wednesday night.', SATURDAY)).toMatchObject({ text: 'Wednesday night', value: '2024-10-30' });
  });

  it('uses a written weekday to choose the year of a day without one', () => {
    // 6 April was a Thursday in 2000, not in 1999 or 2001.
    expect(one('The hearing opened on Thursday, April 6.', '2000-02-01').value).toBe('2000-04-06');
  });

  it('resolves a weekday range in the same direction at both ends', () => {
    const m = one('Talks ran from Wednesday to Friday.', SATURDAY);
    expect(m).toMatchObject({ value: '2024-10-30', endValue: '2024-11-01' });
  });
});
