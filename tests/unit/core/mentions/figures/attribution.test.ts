import { describe, expect, it } from 'vitest';
import { figuresIn, onlyFigure } from './helpers';

describe('attribution', () => {
  it.each([
    ['the health ministry said', '12 people were killed, the health ministry said.', 'health ministry'],
    ['according to the civil defence', 'According to the civil defence, 12 people were killed.', 'civil defence'],
    ['the IDF said', 'The IDF said 12 militants were killed.', 'IDF'],
    ['hospital officials told Reuters', '12 people were killed, hospital officials told Reuters.', 'hospital officials'],
    ['medics said', 'Medics said 12 people were killed.', 'Medics'],
    ['a hospital source said', '12 people were killed, a hospital source said.', 'a hospital source'],
    ['Palestinian officials said', 'Palestinian officials said 12 people were killed.', 'Palestinian officials'],
    ['said the ministry', '12 people were killed, said the ministry.', 'ministry'],
    ["the director of Nasser Hospital, with a name", '12 people were killed, the director of Nasser Hospital, Omar Haddad, said.', 'director of Nasser Hospital, Omar Haddad'],
    ['according to unnamed news agencies', 'According to international news agencies, the toll stood at 12.', 'international news agencies'],
    ['a Norwegian health authority after the verb', 'Minst 12 mennesker ble drept, opplyser lokale helsemyndigheter.', 'lokale helsemyndigheter'],
  ])("reads '%s'", (_pattern, sentence, source) => {
    expect(onlyFigure(sentence).attributedTo).toBe(source);
  });

  it('does not take "in what the army said was" for the source of a figure', () => {
    expect(onlyFigure('Twelve people were killed in what the army said was a strike on a command post.').attributedTo).toBeNull();
  });

  it('is null when the sentence cites nobody', () => {
    expect(onlyFigure('Twelve people were killed in the blast.').attributedTo).toBeNull();
  });

  it('does not take a pronoun for a source', () => {
    expect(onlyFigure('He said 12 people were killed.').attributedTo).toBeNull();
  });

  it('does not take a sentence-initial capital for a name', () => {
    expect(figuresIn('Crews found 40 dead. The latest toll adds to the alarm over the siege of the northern towns.')[0]?.attributedTo).toBeNull();
  });

  it('takes a short follow-up sentence that only names the source', () => {
    expect(figuresIn('Twelve people were killed. That is according to the civil defence.')[0]?.attributedTo).toBe('civil defence');
  });

  it('does not take the next sentence when it is a new statement', () => {
    const f = figuresIn('Twelve people were killed in the blast on the crowded market street on Friday. The army said its troops had opened fire on gunmen who were hiding near the square.');
    expect(f[0]?.attributedTo).toBeNull();
  });

  it('does not take a short next sentence that says something else, and does take one that only attributes', () => {
    expect(figuresIn('A toll of at least 71 was reported. Hamas said the claim was false.')[0]?.attributedTo).toBeNull();
    expect(figuresIn('Strikes killed 12 people. Officials confirmed the figure.')[0]?.attributedTo).toBe('Officials');
  });

  it('gives each figure the source nearest to it in the sentence', () => {
    const [a, b] = figuresIn('According to medics, 12 people were killed, while the army said 5 militants died.');
    expect(a?.attributedTo).toBe('medics');
    expect(b?.attributedTo).toBe('army');
  });

  it('gives a subset the source of its total', () => {
    const figures = figuresIn('Officials said 40 people were killed. Among the dead were 9 children.');
    expect(figures[1]).toMatchObject({ subset: true, attributedTo: 'Officials' });
  });
});
