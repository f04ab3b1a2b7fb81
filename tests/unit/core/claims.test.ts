import { describe, expect, it } from 'vitest';
import { figureClassOf, peopleOfSubject, scopeOfSubject, typeClaim } from '../../../src/core/claims';
import type { BareClaim } from '../../../src/core/types';

const bare = (overrides: Partial<BareClaim>): BareClaim => ({ kind: 'killed', value: 5, qualifier: '', subject: 'people killed', attributedTo: 'civil defence', asOf: '2024-06-06', ...overrides });

describe('peopleOfSubject', () => {
  it('reads the head of the subject, not what "including" adds', () => {
    expect(peopleOfSubject('people killed, including 12 children')).toBe('people');
    expect(peopleOfSubject('children among the dead')).toBe('children');
    expect(peopleOfSubject('Hezbollah fighters killed')).toBe('fighters');
    expect(peopleOfSubject('UNRWA staff killed in the strike')).toBe('staff');
    expect(peopleOfSubject('paramedics killed')).toBe('medics');
  });

  it('takes "fighters and civilians" as everyone, and things as no people', () => {
    expect(peopleOfSubject('combatants and non-combatants killed')).toBe('people');
    expect(peopleOfSubject('militants and civilians dead')).toBe('people');
    expect(peopleOfSubject('aid trucks that entered')).toBeNull();
    expect(peopleOfSubject('rockets fired at the north')).toBeNull();
  });
});

describe('scopeOfSubject', () => {
  it('tells one incident from a day and from a running total', () => {
    expect(scopeOfSubject('killed in the strike on the school')).toBe('incident');
    expect(scopeOfSubject('killed across Gaza in the past 24 hours')).toBe('day');
    expect(scopeOfSubject('total killed in Gaza since 7 October')).toBe('cumulative');
    expect(scopeOfSubject('war toll')).toBe('cumulative');
  });
});

describe('typeClaim', () => {
  it('types a written range as value, max and qualifier "range"', () => {
    expect(typeClaim(bare({ value: '35-45' }))).toMatchObject({ value: 35, max: 45, qualifier: 'range' });
    expect(typeClaim(bare({ value: '11 or 12' }))).toMatchObject({ value: 11, max: 12 });
    expect(typeClaim(bare({ value: '1,100 to 1,200' }))).toMatchObject({ value: 1100, max: 1200 });
  });

  it('leaves words and backwards ranges as text, and never makes a range of a non-count', () => {
    expect(typeClaim(bare({ value: 'dozens' }))).toMatchObject({ value: 'dozens', max: null, qualifier: '' });
    expect(typeClaim(bare({ value: '45-35' }))).toMatchObject({ value: '45-35', max: null });
    const place = typeClaim(bare({ kind: 'place', value: '10-12', subject: 'road numbers' }));
    expect(place).toMatchObject({ value: '10-12', max: null, people: null, scope: null, subset: false });
  });

  it('keeps what a curator typed over what the words say', () => {
    const t = typeClaim({ ...bare({ subject: 'children among the dead' }), people: 'people', subset: false, scope: 'cumulative', since: '2023-10-07' });
    expect(t).toMatchObject({ people: 'people', subset: false, scope: 'cumulative', since: '2023-10-07' });
  });

  it('marks a part of another toll as a subset, and a plain toll not', () => {
    expect(typeClaim(bare({ subject: 'of them children' })).subset).toBe(true);
    expect(typeClaim(bare({ subject: 'children among the dead' })).subset).toBe(true);
    expect(typeClaim(bare({ subject: 'children killed in the strike' })).subset).toBe(false);
  });

  it('gives a casualty count with no people word the class "other", a count of things none', () => {
    expect(typeClaim(bare({ subject: 'initial toll for two strikes' })).people).toBe('other');
    expect(typeClaim(bare({ subject: 'killed in the strike' })).people).toBe('people');
    expect(typeClaim(bare({ kind: 'count', subject: 'aid trucks' })).people).toBeNull();
  });

  it('is idempotent', () => {
    const once = typeClaim(bare({ value: '3-4', subject: 'journalists killed since October' }));
    expect(typeClaim(once)).toEqual(once);
  });
});

describe('figureClassOf', () => {
  it('maps the typed classes onto the coarser figure classes', () => {
    expect(figureClassOf('civilians')).toBe('people');
    expect(figureClassOf('hostages')).toBe('people');
    expect(figureClassOf('aid-workers')).toBe('staff');
    expect(figureClassOf('children')).toBe('children');
    expect(figureClassOf(null)).toBe('other');
  });
});
