import { describe, expect, it } from 'vitest';
import { analyzeText, quotes } from '../pipeline-helpers';
import { world } from '../world';

const mawasi = (where: string) => `Strike on tents in al-Mawasi

An Israeli strike hit tents in al-Mawasi, ${where}, killing dozens of displaced people, medics said.`;

describe('place rule', () => {
  it('flags a direction the records contradict', async () => {
    const a = await analyzeText(mawasi('east of Khan Younis'), '2024-07-14', world());
    const d = a.discrepancies.find((x) => x.kind === 'place');
    expect(d?.quote).toBe('east of Khan Younis');
    expect(d?.message).toContain('west of Khan Younis');
  });

  it('accepts the direction the records give', async () => {
    expect(quotes(await analyzeText(mawasi('west of Khan Younis'), '2024-07-14', world()), 'place')).toEqual([]);
    expect(quotes(await analyzeText(mawasi('northwest of Khan Younis'), '2024-07-14', world()), 'place')).toEqual([]);
  });

  it('uses the gazetteer when the records say nothing: Jabalia is north of Gaza City', async () => {
    const text = `Strikes in Jabalia

Israeli strikes hit Jabalia, which lies on the southern edge of Gaza City, killing dozens, medics said. Hamas said the dead were civilians.`;
    const pack = world();
    pack.events.push({ ...pack.events[0]!, id: 'jabalia', title: 'Strikes on Jabalia camp', date: '2024-07-13', places: [{ id: 'ps-jabalia' }], actors: ['idf', 'hamas'], keywords: ['Jabalia'] });
    const a = await analyzeText(text, '2024-07-14', pack);
    expect(a.matches.map((m) => m.eventId)).toContain('jabalia');
    expect(quotes(a, 'place')).toEqual(['on the southern edge of Gaza City']);
  });

  it('does not flag a relation without a place it is about', async () => {
    expect(quotes(await analyzeText(mawasi('a coastal strip'), '2024-07-14', world()), 'place')).toEqual([]);
  });
});
