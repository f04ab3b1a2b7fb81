import { describe, expect, it } from 'vitest';
import { analyzeText, quotes } from '../pipeline-helpers';
import { world } from '../world';

// The test world records the army calling Kassab a political bureau member and Hamas sources
// saying he was a local official, not a member of the political bureau.
describe('attribution rule', () => {
  it('flags one side\'s description stated as fact without the dispute', async () => {
    const text = `Hamas official killed in Khan Younis

An Israeli drone strike near Khan Younis killed Izz al-Din Kassab, a senior member of the Hamas political bureau, on Friday.`;
    const a = await analyzeText(text, '2024-11-02', world());
    const d = a.discrepancies.find((x) => x.kind === 'attribution');
    expect(d?.quote).toMatch(/member of the Hamas political bureau/);
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('Hamas sources');
  });

  it('is quiet when the article carries both sides', async () => {
    const text = `Hamas official killed in Khan Younis

An Israeli drone strike near Khan Younis killed Izz al-Din Kassab on Friday. The army called him a member of the Hamas political bureau; Hamas sources said he was a local official, not a member of the bureau.`;
    expect(quotes(await analyzeText(text, '2024-11-02', world()), 'attribution')).toEqual([]);
  });

  it('is quiet when the article gives no role at all', async () => {
    const text = `Hamas official killed in Khan Younis

An Israeli drone strike near Khan Younis killed Izz al-Din Kassab on Friday, the army said.`;
    expect(quotes(await analyzeText(text, '2024-11-02', world()), 'attribution')).toEqual([]);
  });
});
