import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure } from './helpers';

describe('subjects', () => {
  it.each([
    ['13 children were killed.', '13 children', 'children'],
    ['Six women were killed.', 'women', 'women'],
    ['Four soldiers were killed.', 'soldiers', 'soldiers'],
    ['Two journalists were killed.', 'journalists', 'journalists'],
    ['Seven patients were killed.', 'patients', 'patients'],
    ['Nine civilians were killed.', 'civilians', 'civilians'],
    ['Twenty militants were killed.', 'militants', 'fighters'],
    ['Five fighters were killed.', 'fighters', 'fighters'],
    ['Eight Palestinians were killed.', 'Palestinians', 'people'],
    ['Three Israelis were killed.', 'Israelis', 'people'],
    ['Three aid workers were killed.', 'aid workers', 'staff'],
  ])('reads the subject of "%s"', (sentence, subject, subjectClass) => {
    const f = onlyFigure(sentence);
    expect(f.subject).toBe(subject.replace(/^13 /, ''));
    expect(f.subjectClass).toBe(subjectClass);
  });

  it('reads members of a named family as the family class', () => {
    expect(onlyFigure('Five members of the al-Farra family were killed in the strike.')).toMatchObject({
      kind: 'killed',
      value: 5,
      subject: 'members of the al-Farra family',
      subjectClass: 'family',
    });
  });

  it('leaves the subject empty when the number stands alone', () => {
    expect(onlyFigure('At least 21 were killed.')).toMatchObject({ subject: '', subjectClass: 'people' });
  });

  it('keeps modifiers that are not the head out of the class', () => {
    expect(onlyFigure('38 more were killed overnight.')).toMatchObject({ value: 38, subject: '' });
  });

  it('reads an unknown head before a kind verb as people', () => {
    expect(onlyFigure('Five shepherds were killed.')).toMatchObject({ kind: 'killed', subject: 'shepherds', subjectClass: 'people' });
  });

  it('does not make a figure of an unknown noun without a kind word', () => {
    expect(figuresIn('The town has 38 bakeries.')).toEqual([]);
  });
});
