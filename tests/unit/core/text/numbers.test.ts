import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits, parseNumber, readNumberAt, tokenize } from '../../../../src/core/text/numbers';

describe('parseDigits', () => {
  it('reads comma groups of three as thousands', () => {
    expect(parseDigits('1,200')).toBe(1200);
    expect(parseDigits('43,391')).toBe(43391);
    expect(parseDigits('1,200,000')).toBe(1_200_000);
  });

  it('reads several dot groups as continental thousands', () => {
    expect(parseDigits('1.200.000')).toBe(1_200_000);
  });

  it('reads a single dot group as thousands only when a count is expected', () => {
    expect(parseDigits('2.750', { preferThousands: true })).toBe(2750);
    expect(parseDigits('2.750')).toBe(2.75);
  });

  it('reads short groups after a comma or dot as decimals', () => {
    expect(parseDigits('1,5')).toBe(1.5);
    expect(parseDigits('1.2')).toBe(1.2);
    expect(parseDigits('12.53')).toBe(12.53);
  });

  it('takes the last separator as the decimal mark when both appear', () => {
    expect(parseDigits('1.234,5')).toBe(1234.5);
    expect(parseDigits('1,234.5')).toBe(1234.5);
  });

  it('refuses strings that are not one number', () => {
    expect(parseDigits('1,2,3')).toBeNull();
    expect(parseDigits('12a')).toBeNull();
    expect(parseDigits('')).toBeNull();
  });
});

describe('parseNumber in English', () => {
  it.each([
    ['sixty-four', 64],
    ['twenty one', 21],
    ['a hundred and twelve', 112],
    ['one hundred thousand', 100_000],
    ['two million', 2_000_000],
    ['a dozen', 12],
    ['two dozen', 24],
    ['1.2 million', 1_200_000],
    ['2 million', 2_000_000],
    ['eleven hundred', 1100],
  ])('reads %s as %d', (words, value) => {
    expect(parseNumber(words)).toBe(value);
  });

  it.each([
    ['dozens', 24],
    ['scores', 40],
    ['hundreds', 200],
    ['thousands', 2000],
    ['tens of thousands', 20_000],
    ['hundreds of thousands', 200_000],
  ])('reads the vague %s as the lower bound %d', (words, value) => {
    expect(parseNumber(words)).toBe(value);
  });

  it('does not read a lone article or unrelated words as numbers', () => {
    expect(parseNumber('a')).toBeNull();
    expect(parseNumber('a few')).toBeNull();
    expect(parseNumber('second')).toBeNull();
    expect(parseNumber('several')).toBeNull();
  });

  it('does not add two numbers that merely sit side by side', () => {
    expect(parseNumber('twelve and three')).toBeNull();
    expect(parseNumber('two three')).toBeNull();
  });
});

describe('parseNumber in other languages', () => {
  it.each([
    ['treinta y ocho', 'es', 38],
    ['doscientos cuarenta', 'es', 240],
    ['dos millones', 'es', 2_000_000],
    ['mil millones', 'es', 1_000_000_000],
    ['quatre-vingt-dix-neuf', 'fr', 99],
    ['soixante et onze', 'fr', 71],
    ['vingt et un', 'fr', 21],
    ['deux cents', 'fr', 200],
    ['vinte e um', 'pt', 21],
    ['duzentos e trinta', 'pt', 230],
    ['vierundsechzig', 'de', 64],
    ['zweitausendvierhundert', 'de', 2400],
    ['sekstifire', 'no', 64],
    ['to hundre og tolv', 'no', 212],
    ['fireogtres', 'da', 64],
    ['sextiofyra', 'sv', 64],
    ['trentotto', 'it', 38],
    ['duemilacinquecento', 'it', 2500],
  ] as const)('reads %s (%s) as %d', (words, lang, value) => {
    expect(parseNumber(words, { langs: [lang] })).toBe(value);
  });

  it.each([
    ['decenas', 'es', 20],
    ['miles', 'es', 2000],
    ['une vingtaine', 'fr', 20],
    ['des', 'fr', null],
    ['Dutzende', 'de', 24],
    ['hundrevis', 'no', 200],
    ['centinaia', 'it', 200],
  ] as const)('reads the vague %s (%s) as %s', (words, lang, value) => {
    expect(parseNumber(words, { langs: [lang] })).toBe(value);
  });

  it('reads digits with a foreign scale word', () => {
    expect(parseNumber('1,5 millones', { langs: ['es'] })).toBe(1_500_000);
    expect(parseNumber('3 mil', { langs: ['es'] })).toBe(3000);
  });

  it('leaves Norwegian "to" alone unless Norwegian is asked for', () => {
    expect(parseNumber('to')).toBeNull();
    expect(parseNumber('to', { langs: ['no'] })).toBe(2);
  });

  it('does not split ordinary words into number parts', () => {
    expect(parseNumber('settembre', { langs: ['it'] })).toBeNull();
    expect(parseNumber('achtung', { langs: ['de'] })).toBeNull();
  });
});

describe('readNumberAt', () => {
  it('joins space-grouped thousands only when asked or when the space is a no-break space', () => {
    const plain = '2 750 blessés';
    expect(readNumberAt(plain, tokenize(plain), 0)?.value).toBe(2);
    expect(readNumberAt(plain, tokenize(plain), 0, { spaceGroups: true })?.value).toBe(2750);
    const nbsp = '2\u00a0750 blessés';
    expect(readNumberAt(nbsp, tokenize(nbsp), 0)?.value).toBe(2750);
  });

  it('says where the number ends', () => {
    const text = 'sixty-four people';
    const r = readNumberAt(text, tokenize(text), 0);
    expect(r?.value).toBe(64);
    expect(r?.next).toBe(3);
  });
});

describe('findNumbers', () => {
  it('finds digits, words and vague numbers with their offsets', () => {
    const text = 'He counted twenty-one, then 1,200, then hundreds of thousands.';
    const found = findNumbers(text);
    expect(found.map((n) => [n.text, n.value])).toEqual([
      ['twenty-one', 21],
      ['1,200', 1200],
      ['hundreds of thousands', 200_000],
    ]);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(found[2]?.vague).toBe('thousands');
  });

  it('finds nothing in text without numbers', () => {
    expect(findNumbers('A few people gathered at the second gate.')).toEqual([]);
  });
});
