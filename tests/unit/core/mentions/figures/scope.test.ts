import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure } from './helpers';

describe('scope: the period a figure covers', () => {
  it.each([
    ['in the past 24 hours', 'In the past 24 hours, 50 people were killed.'],
    ['over the last day', 'Over the last day, 50 people were killed.'],
    ['in the last 24 hours after the number', '50 people were killed in the last 24 hours.'],
  ])("reads '%s' as a daily figure", (_cue, sentence) => {
    expect(onlyFigure(sentence).scope.period).toBe('day');
  });

  it('gives coordinated figures the same daily period', () => {
    const figures = figuresIn('In the past 24 hours, 50 people were killed and 120 wounded.');
    expect(figures.map((f) => f.scope.period)).toEqual(['day', 'day']);
  });

  it('reads a dated "since" as cumulative with an ISO start', () => {
    expect(onlyFigure('Since October 7, 2023, at least 43,000 people have been killed.').scope).toMatchObject({
      period: 'cumulative',
      since: '2023-10-07',
      sinceText: 'October 7, 2023',
    });
  });

  it('leaves `since` undefined when the date has no year', () => {
    const { scope } = onlyFigure('Since October 7, at least 43,000 people have been killed.');
    expect(scope).toMatchObject({ period: 'cumulative', sinceText: 'October 7' });
    expect(scope.since).toBeUndefined();
  });

  it.each([
    ['since the war began', 'Since the war began, 43,000 people have been killed.'],
    ['overall', 'Overall, 43,000 people have been killed.'],
    ['in total', 'In total, 43,000 people have been killed.'],
    ['so far', 'So far 43,000 people have been killed.'],
    ['the toll in a named place has risen to', 'The death toll in Gaza has risen to 43,000.'],
  ])("reads '%s' as cumulative", (_cue, sentence) => {
    expect(onlyFigure(sentence).scope.period).toBe('cumulative');
  });

  it('reads a single strike as an event', () => {
    expect(onlyFigure('An air strike on a school killed 22 people.').scope.period).toBe('event');
    expect(onlyFigure('Nine people were killed in the attack.').scope.period).toBe('event');
  });

  it('does not read plural strikes as one event', () => {
    expect(onlyFigure('Strikes across the north killed 22 people.').scope.period).toBe('unknown');
  });

  it('gives each figure the cue nearest to it', () => {
    const [today, total] = figuresIn('Strikes killed 8 people on Monday, bringing the overall toll to 43,000.');
    expect(today?.scope.period).toBe('unknown');
    expect(total).toMatchObject({ value: 43_000, scope: { period: 'cumulative' } });
  });

  it('does not read "the deadliest since" as a cumulative count', () => {
    expect(onlyFigure('It was the deadliest day since 2014, with 40 people killed.').scope.period).toBe('unknown');
  });

  it('is unknown without a cue', () => {
    expect(onlyFigure('Twelve people were killed.').scope.period).toBe('unknown');
  });
});

describe('scope: place', () => {
  it('reads the place named after a preposition', () => {
    expect(onlyFigure('Twelve people were killed in Khan Younis.').scope.place).toBe('Khan Younis');
    expect(onlyFigure('In Deir al-Balah, twelve people were killed.').scope.place).toBe('Deir al-Balah');
  });

  it('reads the name after "the city of"', () => {
    expect(onlyFigure('Twelve people were killed in the southern city of Rafah.').scope.place).toBe('Rafah');
  });

  it('does not read places from a title-case headline', () => {
    expect(onlyFigure('Strike On Apartment Block In Northern Town Kills 72').scope.place).toBeUndefined();
  });

  it('does not take adjectives, months or weekdays for places', () => {
    const f = onlyFigure('Twelve people were killed in Israeli strikes on Tuesday.');
    expect(f.scope.place).toBeUndefined();
  });
});
