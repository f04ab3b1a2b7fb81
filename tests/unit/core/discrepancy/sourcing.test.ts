import { describe, expect, it } from 'vitest';
import { analyzeText, quotes } from '../pipeline-helpers';
import { world } from '../world';

describe('sourcing rule', () => {
  it('flags an empty credit line once, with the unsourced toll in the same finding', async () => {
    const text = `Strikes on homes in Khan Younis

Israeli air strikes on residential blocks in Khan Younis killed at least 38 people.

Source :`;
    const a = await analyzeText(text, '2024-10-25', world());
    expect(quotes(a, 'sourcing')).toEqual(['Source :']);
    expect(a.discrepancies.find((d) => d.kind === 'sourcing')?.article).toContain('no one cited');
  });

  it('flags casualty figures nobody is cited for, even when other facts are sourced', async () => {
    const text = `Strikes on homes in Khan Younis

Israeli air strikes on residential blocks in Khan Younis killed at least 38 people.

Residents described a night of explosions and collapsing walls.

The army said it had targeted militants in the area.`;
    expect(quotes(await analyzeText(text, '2024-10-25', world()), 'sourcing')).toEqual(['killed at least 38 people']);
  });

  it('is quiet when the toll is attributed, or when the credit names an agency', async () => {
    const sourced = `Strikes on homes in Khan Younis

Israeli air strikes on residential blocks in Khan Younis killed at least 38 people, the health ministry said.

Source: AFP`;
    expect(quotes(await analyzeText(sourced, '2024-10-25', world()), 'sourcing')).toEqual([]);
  });

  it('takes a source named in the sentence just before the toll as its source', async () => {
    const text = `Strikes on homes in Khan Younis

Israeli air strikes hit residential blocks in Khan Younis overnight, health officials said.

At least 38 people were killed in the strikes.`;
    expect(quotes(await analyzeText(text, '2024-10-25', world()), 'sourcing')).toEqual([]);
  });

  it('takes a headline toll as cited when the body attributes the same number, and not a different one', async () => {
    const restated = `Khan Younis strikes: toll rises to 38

Israeli air strikes hit residential blocks in Khan Younis overnight. The health ministry said 38 people had been killed in all.`;
    expect(quotes(await analyzeText(restated, '2024-10-26', world()), 'sourcing')).toEqual([]);
    const other = `Khan Younis strikes: toll rises to 38

Israeli air strikes hit residential blocks in Khan Younis overnight. The health ministry said 42,000 people had been killed since the war began.`;
    expect(quotes(await analyzeText(other, '2024-10-25', world()), 'sourcing')).toEqual(['toll rises to 38']);
  });

  it("does not ask a source for the region's running toll in a story about one town, but does for the town's", async () => {
    const region = `Strikes on homes in Khan Younis

An Israeli air strike flattened a residential block in Khan Younis overnight. The strike comes as the death toll in Gaza rises to 42,000, with over 90,000 people wounded.`;
    expect(quotes(await analyzeText(region, '2024-10-25', world()), 'sourcing')).toEqual([]);
    const town = `Strikes on homes in Khan Younis

An Israeli air strike hit a residential block in Khan Younis overnight. The strike comes as the death toll in Khan Younis rises to 38, with over 90 people wounded.`;
    expect(quotes(await analyzeText(town, '2024-10-25', world()), 'sourcing')).toEqual(['the death toll in Khan Younis rises to 38']);
  });
});

