import { describe, expect, it } from 'vitest';
import { groupNames } from '../../../../src/data/pack/build/name-groups';

const entry = (name: string, aliases: string[] = [], scope = 'PS') => ({ name, aliases, scope });

describe('groupNames', () => {
  it('joins entries whose name is another entry\'s alias', () => {
    const g = groupNames([], [entry('Bani Suheila', ['Bani Suhaila']), entry('Bani Suhaila')], [], 'place');
    expect(g.groups).toHaveLength(1);
    expect(g.groups[0]?.aliases).toEqual(['Bani Suhaila']);
  });

  it('does not join entries that only share an alias, and notes the overlap', () => {
    const g = groupNames([], [entry('Gaza City', ['Gaza']), entry('Gaza Strip', ['Gaza'])], [], 'place');
    expect(g.groups).toHaveLength(2);
    expect(g.notes[0]).toMatch(/"gaza" is shared by "Gaza City", "Gaza Strip"/);
  });

  it('lets the curated table claim a spelling for one record only', () => {
    const curated = [{ name: 'Rafah', aliases: [], scope: 'PS' }, { name: 'Tal al-Sultan', aliases: ['Tel al-Sultan'], scope: 'PS' }];
    const g = groupNames(curated, [entry('Rafah', ['Tel al-Sultan', 'Rafiah']), entry('Rafah crossing', ['Rafah'])], [], 'place');
    expect(g.groups.map((x) => [x.name, x.aliases])).toEqual([
      ['Rafah', ['Rafiah']],
      ['Tal al-Sultan', ['Tel al-Sultan']],
      ['Rafah crossing', []],
    ]);
  });

  it('keeps namesakes in different countries apart', () => {
    expect(groupNames([], [entry('Valencia', [], 'ES'), entry('Valencia', [], 'US')], [], 'place').groups).toHaveLength(2);
  });

  it('refuses a curated table that gives one spelling to two records', () => {
    const curated = [{ name: 'A', aliases: ['Same'], scope: null }, { name: 'B', aliases: ['same'], scope: null }];
    expect(() => groupNames(curated, [], [], 'actor')).toThrow(/"same" is given to both "A" and "B"/);
  });
});
