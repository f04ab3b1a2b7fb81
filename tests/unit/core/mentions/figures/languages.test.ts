import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers';

describe('other languages', () => {
  it('reads Spanish: al menos ... murieron, heridos, según', () => {
    const [killed, injured] = figuresIn('Al menos 38 personas murieron y otras 120 resultaron heridas en el bombardeo, según el Ministerio de Sanidad.');
    expect(killed).toMatchObject({ kind: 'killed', value: 38, qualifier: 'at least', subject: 'personas', attributedTo: 'Ministerio de Sanidad' });
    expect(injured).toMatchObject({ kind: 'injured', value: 120 });
  });

  it('reads Spanish number words and a subset', () => {
    const [total, part] = figuresIn('Un ataque mató a veintidós civiles, entre ellos ocho niños.');
    expect(total).toMatchObject({ kind: 'killed', value: 22, subjectClass: 'civilians' });
    expect(part).toMatchObject({ kind: 'killed', value: 8, subjectClass: 'children', subset: true, partOf: 0 });
  });

  it('reads Spanish, French and German headlines without verbs', () => {
    const pairs = (t: string) => figuresIn(t).map((f) => [f.kind, f.value]);
    expect(pairs('Al menos 38 muertos y 120 heridos en un bombardeo')).toEqual([['killed', 38], ['injured', 120]]);
    expect(pairs('Le bombardement a fait au moins 38 tués et 289 blessés.')).toEqual([['killed', 38], ['injured', 289]]);
    expect(pairs('Mindestens 38 Tote und 120 Verletzte nach Angriff')).toEqual([['killed', 38], ['injured', 120]]);
  });

  it('reads French: au moins ... tuées, blessées, selon', () => {
    const [killed, injured] = figuresIn('Au moins 38 personnes ont été tuées et 289 blessées dans la frappe, selon la Défense civile.');
    expect(killed).toMatchObject({ kind: 'killed', value: 38, qualifier: 'at least', attributedTo: 'Défense civile' });
    expect(injured).toMatchObject({ kind: 'injured', value: 289 });
  });

  it('reads French space-grouped thousands in a toll', () => {
    expect(figuresIn('Le bilan s’élève à 43 000 morts depuis le début de la guerre.')[0]).toMatchObject({
      kind: 'killed',
      value: 43_000,
      scope: { period: 'cumulative' },
    });
  });

  it('reads Norwegian: minst ... drept, av dem barn, opplyser', () => {
    const [total, part] = figuresIn('Minst 38 mennesker ble drept i angrepet, 13 av dem barn, opplyser helsedepartementet.');
    expect(total).toMatchObject({ kind: 'killed', value: 38, qualifier: 'at least', attributedTo: 'helsedepartementet' });
    expect(part).toMatchObject({ value: 13, subjectClass: 'children', subset: true, partOf: 0 });
  });

  it('reads Norwegian number words and skadet', () => {
    expect(figuresIn('Sekstifire personer ble skadet og tjuefem drept.').map((f) => [f.kind, f.value])).toEqual([
      ['injured', 64],
      ['killed', 25],
    ]);
  });

  it('reads German: mindestens ... getötet, darunter', () => {
    const [total, part] = figuresIn('Mindestens 38 Menschen wurden getötet, darunter 13 Kinder, teilte das Gesundheitsministerium mit.');
    expect(total).toMatchObject({ kind: 'killed', value: 38, qualifier: 'at least' });
    expect(part).toMatchObject({ value: 13, subjectClass: 'children', subset: true });
  });

  it('reads a German compound number', () => {
    expect(figuresIn('Vierundsechzig Menschen kamen ums Leben.')[0]).toMatchObject({ kind: 'killed', value: 64 });
  });

  it('reads Portuguese and Italian', () => {
    expect(figuresIn('Pelo menos 38 pessoas morreram e dezenas ficaram feridas.').map((f) => [f.kind, f.value, f.qualifier])).toEqual([
      ['killed', 38, 'at least'],
      ['injured', 20, 'dozens'],
    ]);
    expect(figuresIn('Almeno 38 persone sono morte e 120 sono rimaste ferite, secondo il ministero.')[0]).toMatchObject({
      kind: 'killed',
      value: 38,
      attributedTo: 'ministero',
    });
  });

  it('does not read Norwegian number words in English text', () => {
    expect(figuresIn('They went to the market to buy bread.')).toEqual([]);
  });
});
