import { describe, expect, it } from 'vitest';
import { analyzeText, quotes } from '../pipeline-helpers';
import { world } from '../world';

const story = (tie: string) => `Hamas official killed in Khan Younis

An Israeli drone strike near Khan Younis killed Izz al-Din Kassab, a Hamas official, on Friday, the army said.

The strike came ${tie}.`;

describe('context rule', () => {
  it('flags "days after" an event the records date years earlier', async () => {
    const a = await analyzeText(story('days after the Khan Younis homes of Yahya Sinwar and his brother were destroyed'), '2024-11-02', world());
    const d = a.discrepancies.find((x) => x.kind === 'context');
    expect(d?.quote).toContain('days after');
    expect(d?.message).toMatch(/3½ years|3 years/);
    expect(d?.eventId).toBe('sinwar-homes');
  });

  it('accepts "years after" for the same pair of events', async () => {
    expect(quotes(await analyzeText(story('years after the Khan Younis homes of Yahya Sinwar and his brother were destroyed'), '2024-11-02', world()), 'context')).toEqual([]);
  });

  it('accepts "a week after" an event a week earlier', async () => {
    expect(quotes(await analyzeText(story('a week after air strikes on residential blocks and homes in Khan Younis killed dozens'), '2024-11-02', world()), 'context')).toEqual([]);
  });
});
