import { describe, expect, it } from 'vitest';
import { fig, figuresIn, kindsAndValues, onlyFigure } from './helpers';

describe('killed', () => {
  it("reads 'at least 38 people were killed' as killed ≥ 38", () => {
    expect(onlyFigure('At least 38 people were killed when the market was shelled.')).toMatchObject(
      fig({ kind: 'killed', value: 38, qualifier: 'at least', subject: 'people', text: 'At least 38 people were killed' }),
    );
  });

  it("reads 'killed 38 people' with the verb first", () => {
    expect(onlyFigure('The raid killed 38 people in the camp.')).toMatchObject(fig({ kind: 'killed', value: 38, text: 'killed 38 people' }));
  });

  it("reads 'killing at least 21' without a noun", () => {
    expect(onlyFigure('Jets struck the district overnight, killing at least 21.')).toMatchObject(
      fig({ kind: 'killed', value: 21, qualifier: 'at least', subject: '', subjectClass: 'people', text: 'killing at least 21' }),
    );
  });

  it.each([
    ['a death toll of 38', 'Officials gave a death toll of 38 for the crash.', 'a death toll of 38'],
    ['the toll rose to 38', 'By evening the toll rose to 38.', 'the toll rose to 38'],
    ['38 dead', 'Flooding leaves 38 dead in the valley', '38 dead'],
    ['38 martyrs', 'The hospital received 38 martyrs overnight.', '38 martyrs'],
    ['38 were martyred', 'Thirty-eight were martyred in the bombardment.', 'Thirty-eight were martyred'],
    ['at least 37 bodies', 'Crews pulled at least 37 bodies from the ruins.', 'at least 37 bodies'],
    ['claimed the lives of', 'The fire claimed the lives of 12 workers.', 'claimed the lives of 12 workers'],
    ['left 12 dead', 'The collapse left 12 dead.', 'left 12 dead'],
    ['deaths had been confirmed', 'By noon, 90 deaths had been confirmed.', '90 deaths had been confirmed'],
    ['people died', 'Eleven people died in the stampede.', 'Eleven people died'],
    ['lost their lives', 'Some 40 villagers lost their lives.', 'Some 40 villagers lost their lives'],
    [
      'a toll phrase with a long qualifier before "rose to"',
      'The number of people confirmed dead after the storm that swept the northern valleys on Sunday rose to 84 on Tuesday.',
      'The number of people confirmed dead after the storm that swept the northern valleys on Sunday rose to 84',
    ],
  ])('reads %s as killed', (_pattern, sentence, text) => {
    expect(onlyFigure(sentence)).toMatchObject({ kind: 'killed', text });
  });

  it('reads a relative clause: "12 people who were killed"', () => {
    expect(onlyFigure('Mourners buried at least 12 people who were killed in the blast.')).toMatchObject({
      kind: 'killed',
      value: 12,
      text: 'at least 12 people who were killed',
    });
  });

  it('reads past a longer relative clause to its verb: "six members of a crew who had been ... are presumed dead"', () => {
    expect(onlyFigure('Six members of a road crew who had been patching the deck overnight are presumed dead.')).toMatchObject({
      kind: 'killed',
      value: 6,
      text: 'Six members of a road crew who had been patching the deck overnight are presumed dead',
    });
    expect(onlyFigure('Twelve people who lived in the building were killed.')).toMatchObject({ kind: 'killed', value: 12 });
  });

  it('does not make a relative clause\'s own verb, or a clause that ends elsewhere, the figure\'s kind', () => {
    expect(figuresIn('The 12 officers who arrested the suspects were praised.')).toEqual([]);
    expect(figuresIn('The 40 families who lived there, the council said, were moved.').filter((f) => f.kind !== 'count')).toEqual([]);
  });

  it('reads a title-case headline with the verb first', () => {
    expect(onlyFigure('Strike On Apartment Block In Northern Town Kills 72')).toMatchObject({ kind: 'killed', value: 72, text: 'Kills 72' });
  });

  it('reads a headline with two figures', () => {
    expect(kindsAndValues('9 killed, 2,750 wounded in wave of device blasts')).toEqual([
      ['killed', 9],
      ['injured', 2750],
    ]);
  });
});

describe('injured and the other kinds', () => {
  it.each([
    ['wounding 289 others', 'The blast destroyed a clinic, wounding 289 others.', 'injured', 289],
    ['289 others injured', 'Officials listed 289 others injured.', 'injured', 289],
    ['were hurt', 'Fourteen passengers were hurt.', 'injured', 14],
    ['remain missing', 'About 30 people remain missing.', 'missing', 30],
    ['unaccounted for', 'Nine fishermen are unaccounted for.', 'missing', 9],
    ['displaced', 'More than 2 million people have been displaced.', 'displaced', 2_000_000],
    ['forced to flee', 'Some 6,000 residents were forced to flee.', 'displaced', 6000],
    ['arrested', 'Police arrested 45 protesters.', 'arrested', 45],
    ['detained', 'Troops detained 20 men in the raid.', 'arrested', 20],
    ['taken hostage', 'About 250 people were taken hostage.', 'hostages', 250],
    ['hostages held', 'The group still holds 14 hostages.', 'hostages', 14],
    ['released', 'The militia released 3 aid workers.', 'released', 3],
    ['freed', 'Israel freed 42 Palestinian prisoners.', 'released', 42],
    ['evacuated', 'Medics evacuated 60 patients from the ward.', 'evacuated', 60],
    ['affected', 'The orders affected 250,000 people.', 'affected', 250_000],
  ] as const)("reads '%s' as %s", (_pattern, sentence, kind, value) => {
    expect(onlyFigure(sentence)).toMatchObject({ kind, value });
  });
});

describe('generic counts', () => {
  it('reads a count of people without a kind word as count', () => {
    expect(onlyFigure('The bus carried 42 Palestinian prisoners.')).toMatchObject({
      kind: 'count',
      value: 42,
      subject: 'Palestinian prisoners',
      subjectClass: 'people',
    });
    expect(onlyFigure('The list named 10 Thai nationals.')).toMatchObject({ kind: 'count', subject: 'Thai nationals' });
  });

  it('counts things only when a verb makes them part of the event', () => {
    expect(onlyFigure('Militants fired 200 rockets at the city.')).toMatchObject({ kind: 'count', value: 200, subjectClass: 'other' });
    expect(figuresIn('The museum owns 200 rockets and 12 old drones.')).toEqual([]);
  });

  it('does not count the people who are quoted', () => {
    expect(figuresIn('Two officials said the talks had stalled.')).toEqual([]);
  });

  it('does not take the agent of an active verb as the toll', () => {
    expect(figuresIn('Three soldiers killed a gunman at the checkpoint.')).toEqual([]);
  });
});

describe('long toll phrases', () => {
  it('does not reach past another number to a verb of change', () => {
    const figures = figuresIn('The number of people confirmed dead after 3 storms swept the valleys on Sunday rose to 84.');
    expect(figures.some((f) => f.value === 84 && f.kind === 'killed')).toBe(false);
  });
});
