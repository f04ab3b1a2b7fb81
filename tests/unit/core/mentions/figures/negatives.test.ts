import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure } from './helpers';

// Each sentence has a casualty word nearby so the number would be read if the rule did not stop it.
describe('numbers that are not figures', () => {
  it.each([
    ['an age in years', 'The man killed was 64 years old.'],
    ['a hyphenated age', 'A 15-year-old was killed.'],
    ['an age after "aged"', 'A man aged 70 was killed.'],
    ['an age between commas', 'Ahmed Saleh, 15, was killed.'],
    ['a year', 'In 2023, more civilians were killed than ever.'],
    ['a war named by its year', 'The 1967 war killed soldiers on both sides.'],
    ['a month-day date', 'On October 7 people were killed.'],
    ['a day-month date', 'On 17 October people were killed.'],
    ['a duration', 'Within 24 hours people were killed.'],
    ['a clock time', 'At 10:30 the strike killed people.'],
    ['money', 'The fund paid $5 million to families of those killed.'],
    ['a percentage', 'About 70% of those killed were women.'],
    ['a distance', 'The strike 3 km east of the town killed people.'],
    ['a page number', 'See page 2 of 5 for those killed.'],
    ['an ordinal', 'The second strike killed people.'],
    ['a digit ordinal', 'The 3rd strike killed people.'],
    ['a phone number', 'Relatives of the injured can call +972 8 123 4567.'],
    ['a resolution', 'Resolution 1701 was cited after people were killed.'],
    ['a flight', 'Flight 370 crashed and everyone aboard was killed.'],
    ['a route', 'Route 60 was closed after people were killed.'],
    ['a disease name', 'COVID-19 killed people.'],
    ['a jet model', 'An F-16 killed people.'],
    ['a group name', 'The G7 said people were killed.'],
    ['a pronoun one', 'No one was killed.'],
  ])('does not read %s', (_what, sentence) => {
    expect(figuresIn(sentence)).toEqual([]);
  });

  it('still reads a real count next to a year', () => {
    expect(onlyFigure('In 2014, 2,200 Palestinians were killed.')).toMatchObject({ kind: 'killed', value: 2200 });
  });

  it('still reads a count after a date', () => {
    expect(onlyFigure('On 17 October, 12 people were killed.')).toMatchObject({ kind: 'killed', value: 12 });
  });

  it('reads "one person was killed" but not "one of the"', () => {
    expect(onlyFigure('One person was killed.')).toMatchObject({ kind: 'killed', value: 1 });
    expect(figuresIn('One of the dead was a doctor.')).toEqual([]);
  });
});
