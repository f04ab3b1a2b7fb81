import { describe, expect, it } from 'vitest';
import { analyzeText, quotes } from '../pipeline-helpers';
import { exchangeWorld } from '../world-exchange';

const story = (captives: string, detainees = '45 Palestinian prisoners') => `Second group freed after delay

Hamas handed over ${captives} on Sunday evening after a delay of several hours, mediators said, and Israel released ${detainees} in return.`;

describe('figure rule: counts of people set free, held or moved', () => {
  it('compares a generic count ("hostages") with a generic record of the same doing', async () => {
    const a = await analyzeText(story('19 hostages'), '2024-02-05', exchangeWorld());
    expect(a.matches[0]?.eventId).toBe('exchange-2');
    const d = a.discrepancies.find((x) => x.kind === 'figure' && x.quote.includes('19'));
    expect(d?.message).toContain('none gives 19');
    expect(d?.record).toContain('16');
  });

  it('stays quiet when the generic count agrees', async () => {
    const a = await analyzeText(story('16 hostages'), '2024-02-05', exchangeWorld());
    expect(quotes(a, 'figure')).toEqual([]);
  });

  it('does not compare a specific group with a generic total, and compares it with a record of the same group', async () => {
    const part = await analyzeText(story('7 Thai nationals'), '2024-02-05', exchangeWorld());
    expect(quotes(part, 'figure').filter((q) => q.includes('7'))).toEqual([]);
    const workers = await analyzeText(story('7 foreign workers'), '2024-02-05', exchangeWorld());
    expect(workers.discrepancies.find((x) => x.quote.includes('7 foreign workers'))?.record).toMatch(/^5\b/);
  });

  it('does not compare counts of different doings: hostages held are not hostages released', async () => {
    const text = `Second group freed after delay

Hamas handed over 16 hostages on Sunday evening after a delay of several hours, mediators said. About 120 hostages are still held in Gaza, officials said.`;
    const a = await analyzeText(text, '2024-02-05', exchangeWorld());
    expect(quotes(a, 'figure')).toEqual([]);
  });

  it('links the day whose released counts the story gives, over the day before', async () => {
    const a = await analyzeText(story('16 hostages'), '2024-02-05', exchangeWorld());
    expect(a.matches[0]?.eventId).toBe('exchange-2');
    const reasons = a.matches[0]?.reasons.join(' | ') ?? '';
    expect(reasons).toContain('figures agree');
    expect(reasons).toMatch(/16 released/);
  });

  it('does not count a released figure of one day as agreeing with the next day', async () => {
    const text = `First captives freed as pause begins

Hamas handed over 11 hostages in Gaza on Saturday, mediators said, and Israel released 30 Palestinian prisoners.`;
    const a = await analyzeText(text, '2024-02-04', exchangeWorld());
    expect(a.matches.map((m) => m.eventId)).toEqual(['exchange-1']);
    expect(a.matches[0]?.reasons.join(' | ')).toMatch(/figures agree: 11 released, 30 released/);
  });
});
