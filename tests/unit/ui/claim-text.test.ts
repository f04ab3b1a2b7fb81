import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from '../../../src/core/types';
import { claimText } from '../../../src/ui/claim-text';
import { fakeClaim } from '../factories';
import { englishT } from './helpers';

const t = englishT();
const line = (c: ReturnType<typeof fakeClaim>) => {
  const x = claimText(c, t);
  return x.order === 'value-first' ? `${x.value} ${x.subject}` : `${x.subject}: ${x.value}`;
};

describe('claimText', () => {
  it('puts a count first, with its qualifier', () => {
    expect(line(fakeClaim({ value: 40, qualifier: 'at least', subject: 'people killed in the strike' }))).toBe('at least 40 people killed in the strike');
    expect(line(fakeClaim({ value: 1200, qualifier: '', subject: 'people displaced' }))).toBe('1,200 people displaced');
  });

  it('writes a range as a span and never prints the word "range"', () => {
    const c = { ...fakeClaim({ value: 35, qualifier: 'range', subject: 'people killed' }), max: 45 };
    expect(line(c)).toBe('35–45 people killed');
    const upTo = { ...fakeClaim({ value: 35, qualifier: 'up to', subject: 'people killed' }), max: 45 };
    expect(line(upTo)).toBe('up to 35–45 people killed');
  });

  it('leads a fact with its topic, so value and subject do not run together', () => {
    const role = fakeClaim({ kind: 'role', value: 'the two commanders were the targets', qualifier: '', subject: 'targets of the strike' });
    expect(line(role)).toBe('Targets of the strike: the two commanders were the targets');
    const date = fakeClaim({ kind: 'date', value: '2024-07-13', qualifier: '', subject: 'date of the strike' });
    expect(line(date)).toBe('Date of the strike: 13 Jul 2024');
  });

  it('leaves a date value that is not an ISO day as written', () => {
    const c = fakeClaim({ kind: 'date', value: '2021-05-16 about 01:00', qualifier: '', subject: 'time of strikes' });
    expect(claimText(c, t).value).toBe('2021-05-16 about 01:00');
  });

  it('renders every claim kind without doubled or dangling words', () => {
    for (const kind of CLAIM_KINDS) {
      const numeric = !['date', 'time', 'place', 'role', 'other'].includes(kind);
      const c = fakeClaim({ kind, value: numeric ? 7 : kind === 'date' ? '2024-01-02' : 'north of the camp', qualifier: '', subject: 'what it is about' });
      const text = line(c);
      expect(text, kind).not.toMatch(/\b(\w+) \1\b/i);
      expect(text, kind).not.toMatch(/^\s|\s$|:\s*$|^:/);
      expect(text, kind).toContain(numeric ? '7' : kind === 'date' ? '2 Jan 2024' : 'north of the camp');
    }
  });
});
