import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers';

describe('subsets of a total', () => {
  it("reads 'including 13 children' as a part of the killed total", () => {
    const [total, part] = figuresIn('The strike killed 38 people, including 13 children.');
    expect(total).toMatchObject({ kind: 'killed', value: 38, subjectClass: 'people' });
    expect(total?.subset).toBeUndefined();
    expect(part).toMatchObject({ kind: 'killed', value: 13, subjectClass: 'children', subset: true, partOf: 0 });
  });

  it('links a subset inside an aside to the total around it', () => {
    const [total, part] = figuresIn('At least 38 people, including 13 children, were killed.');
    expect(total).toMatchObject({ kind: 'killed', value: 38, text: 'At least 38 people, including 13 children, were killed' });
    expect(part).toMatchObject({ value: 13, subset: true, partOf: 0 });
  });

  it("reads '13 of them children' and '13 of whom were women'", () => {
    const a = figuresIn('Some 40 people were killed, 13 of them children.');
    expect(a[1]).toMatchObject({ kind: 'killed', value: 13, subject: 'children', subset: true, partOf: 0 });
    const b = figuresIn('Some 40 people were killed, 13 of whom were women.');
    expect(b[1]).toMatchObject({ value: 13, subjectClass: 'women', subset: true });
  });

  it("reads '13 children among the dead' as killed even without a total", () => {
    const [part] = figuresIn('Officials said 13 children were among the dead.');
    expect(part).toMatchObject({ kind: 'killed', value: 13, subjectClass: 'children', subset: true });
    expect(part?.partOf).toBeUndefined();
  });

  it("reads 'of the dead, 13 were children'", () => {
    const [, part] = figuresIn('The blast killed 30. Of the dead, 13 were children.');
    expect(part).toMatchObject({ kind: 'killed', value: 13, subject: 'children', subset: true, partOf: 0 });
  });

  it('links a subset to the total of the previous sentence', () => {
    const figures = figuresIn('Israeli strikes killed 38 people on Tuesday. Among the dead were 13 children and 7 women.');
    expect(figures.map((f) => [f.value, f.subset ?? false, f.partOf])).toEqual([
      [38, false, undefined],
      [13, true, 0],
      [7, true, 0],
    ]);
  });

  it('takes the kind of the nearest total of the sentence', () => {
    const figures = figuresIn('Police arrested 50 people, including 6 minors.');
    expect(figures[1]).toMatchObject({ kind: 'arrested', subset: true, subjectClass: 'children' });
  });

  it("reads the kind a subset states: '21 of whom were declared dead'", () => {
    const figures = figuresIn('The clinic received 179 casualties, 21 of whom were declared dead.');
    expect(figures[1]).toMatchObject({ kind: 'killed', value: 21, subset: true, partOf: 0 });
  });

  it("reads 'the 18 dead included six staff members'", () => {
    expect(figuresIn('The 18 dead included six staff members.')[1]).toMatchObject({ kind: 'killed', value: 6, subjectClass: 'staff', subset: true, partOf: 0 });
  });

  it("drops an 'including' count that belongs to no casualty figure", () => {
    expect(figuresIn('A family of six, including four children, moved south.')).toEqual([]);
  });
});
