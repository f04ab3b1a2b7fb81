import { describe, expect, it } from 'vitest';
import { extractSourcing } from '../../../../src/core/mentions/sourcing';
import type { SourcingMention } from '../../../../src/core/types';

function sourcing(text: string): SourcingMention[] {
  const found = extractSourcing(text);
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found;
}

const named = (source: string, extra: Partial<SourcingMention> = {}) => expect.objectContaining({ kind: 'named', source, ...extra });

describe('empty credit lines', () => {
  it.each([
    ['Source :', 'The strike hit at dawn.\nSource :\nMore news'],
    ['Source:', 'The strike hit at dawn.\nSource:'],
    ['Sources:', 'The strike hit at dawn.\nSources:   \n'],
    ['Fuente:', 'El ataque ocurrió al amanecer.\nFuente: .'],
    ['Kilde:', 'Angrepet skjedde i natt.\nKilde: –'],
  ])("flags '%s' with nothing after it as an empty credit", (label, text) => {
    const empty = sourcing(text).filter((m) => m.kind === 'empty-credit');
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ text: label, source: null });
  });

  it("reads 'Source: AFP' as a named source, not an empty one", () => {
    expect(sourcing('Source: AFP')).toEqual([named('AFP', { text: 'Source: AFP' })]);
  });

  it('reads a credit line naming two agencies', () => {
    expect(sourcing('Sources: Reuters, AP')).toEqual([named('Reuters, AP')]);
  });

  it('reads an inline credit in brackets', () => {
    expect(sourcing('Twelve people died (Source: EFE).')).toContainEqual(named('EFE'));
  });

  it('does not read the word "source" in running prose as a credit line', () => {
    expect(sourcing('The source of the fire was unclear.')).toEqual([]);
  });
});

describe('wire credits', () => {
  it("reads a dateline '(Reuters) -'", () => {
    expect(sourcing('GAZA (Reuters) - Strikes hit the city overnight.')).toEqual([named('Reuters', { text: '(Reuters) -' })]);
  });

  it("reads a sign-off '— AP' and '(with AFP)'", () => {
    expect(sourcing('Strikes hit the city overnight. — AP')).toContainEqual(named('AP', { text: '— AP' }));
    expect(sourcing('Strikes hit the city overnight (with AFP)')).toContainEqual(named('AFP'));
  });

  it("reads 'told AFP' as relying on AFP", () => {
    expect(sourcing('A witness told AFP the building collapsed.')).toContainEqual(named('AFP', { text: 'told AFP' }));
  });
});

describe('attributions in prose', () => {
  it("reads 'according to' and 'said'", () => {
    const found = sourcing('According to the civil defence, 12 died. The health ministry said 30 were hurt.');
    expect(found).toEqual([named('civil defence'), named('health ministry')]);
  });

  it("reads 'a source said' as a named but anonymous source", () => {
    expect(sourcing('A security source said the convoy was hit.')).toEqual([named('A security source', { anonymous: true })]);
  });

  it('does not mark an institution as anonymous', () => {
    const [m] = sourcing('The IDF said the convoy was hit.');
    expect(m).toMatchObject({ source: 'IDF' });
    expect(m?.anonymous).toBeUndefined();
  });

  it('finds nothing when nobody is cited', () => {
    expect(sourcing('Strikes hit the city overnight and many homes were destroyed.')).toEqual([]);
  });

  it('does not take a pronoun for a source', () => {
    expect(sourcing('He said the convoy was hit.')).toEqual([]);
  });
});
