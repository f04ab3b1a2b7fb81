import { describe, expect, it } from 'vitest';
import { onlyFigure } from './helpers';

describe('qualifiers', () => {
  it.each([
    ['at least', 'At least 12 people were killed.', 'at least'],
    ['no fewer than', 'No fewer than 12 people were killed.', 'at least'],
    ['more than', 'More than 12 people were killed.', 'more than'],
    ['over', 'Over 12 people were killed.', 'more than'],
    ['nearly', 'Nearly 12 people were killed.', 'nearly'],
    ['almost', 'Almost 12 people were killed.', 'nearly'],
    ['about', 'About 12 people were killed.', 'about'],
    ['around', 'Around 12 people were killed.', 'about'],
    ['some', 'Some 12 people were killed.', 'about'],
    ['approximately', 'Approximately 12 people were killed.', 'about'],
    ['roughly', 'Roughly 12 people were killed.', 'about'],
    ['up to', 'Up to 12 people were killed.', 'up to'],
    ['as many as', 'As many as 12 people were killed.', 'up to'],
    ['fewer than', 'Fewer than 12 people were killed.', 'fewer than'],
    ['less than', 'Less than 12 people were killed.', 'fewer than'],
  ])("reads '%s' into the qualifier and the span", (words, sentence, qualifier) => {
    const f = onlyFigure(sentence);
    expect(f).toMatchObject({ value: 12, qualifier });
    expect(f.text.toLowerCase().startsWith(words)).toBe(true);
  });

  it.each([
    ['handed over', 'The group handed over 14 hostages to the Red Cross.', 'released', 'handed over 14 hostages'],
    ['hands over', 'Hamas hands over 9 captives at the crossing.', 'released', 'hands over 9 captives'],
  ])("reads '%s' as the verb of a release, not as 'more than'", (_words, sentence, kind, text) => {
    expect(onlyFigure(sentence)).toMatchObject({ kind, value: sentence.includes('14') ? 14 : 9, qualifier: 'exact', text });
  });

  it("still reads 'over' as a qualifier after other verbs and after 'took', where it is one", () => {
    expect(onlyFigure('The strikes killed over 12 people.')).toMatchObject({ kind: 'killed', value: 12, qualifier: 'more than' });
    expect(onlyFigure('Gunmen took over 30 people hostage.')).toMatchObject({ value: 30, qualifier: 'more than' });
  });

  it('reads a plain number as exact', () => {
    expect(onlyFigure('12 people were killed.').qualifier).toBe('exact');
  });

  it.each([
    ['between 20 and 30', 'Between 20 and 30 people were injured.'],
    ['20 to 30', '20 to 30 people were injured.'],
    ['20-30', '20-30 people were injured.'],
    ['twenty or thirty', 'Twenty or thirty people were injured.'],
  ])("reads the range '%s' as value 20 with max 30", (_words, sentence) => {
    expect(onlyFigure(sentence)).toMatchObject({ kind: 'injured', value: 20, max: 30, qualifier: 'range' });
  });

  it('does not read a rising toll as a range', () => {
    const f = onlyFigure('The death toll rose from 30 to 38.');
    expect(f).toMatchObject({ value: 38 });
    expect(f.max).toBeUndefined();
  });

  it.each([
    ['dozens', 'Dozens of people were wounded.', 24, 'dozens'],
    ['hundreds', 'Hundreds were displaced.', 200, 'hundreds'],
    ['scores', 'Scores were arrested.', 40, 'scores'],
    ['thousands', 'Thousands have been displaced.', 2000, 'thousands'],
    ['a dozen', 'A dozen people were hurt.', 12, 'about'],
    ['more than a dozen', 'More than a dozen people were hurt.', 12, 'more than'],
  ])("reads '%s' as a lower bound", (_words, sentence, value, qualifier) => {
    expect(onlyFigure(sentence)).toMatchObject({ value, qualifier });
  });

  it('reads numbers written as words', () => {
    expect(onlyFigure('Sixty-four people were killed.')).toMatchObject({ value: 64 });
    expect(onlyFigure('Two million people have been displaced.')).toMatchObject({ kind: 'displaced', value: 2_000_000 });
    expect(onlyFigure('A hundred and twelve people were injured.')).toMatchObject({ kind: 'injured', value: 112 });
  });
});
