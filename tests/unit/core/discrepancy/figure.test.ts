import { describe, expect, it } from 'vitest';
import { analyzeText, quotes } from '../pipeline-helpers';
import { world } from '../world';
import { typeClaim } from '../../../../src/core/claims';

// ky-strikes in the test world: at least 38 killed (health ministry, 25 Oct), 13 children (25 Oct),
// 42 (health ministry, 26 Oct), about 18 (Israeli military, 25 Oct).
const story = (toll: string, extra = '') => `Strikes on homes in Khan Younis

Israeli air strikes on residential blocks in Khan Younis ${toll}, health officials said.${extra}`;

describe('figure rule', () => {
  it('flags a toll no report gives, listing who counted what', async () => {
    const a = await analyzeText(story('killed 64 people'), '2024-10-25', world());
    const d = a.discrepancies.find((x) => x.kind === 'figure');
    expect(d?.quote).toBe('killed 64 people');
    expect(d?.severity).toBe('warning');
    expect(d?.message).toContain('none gives 64');
    expect(d?.evidence.map((e) => e.attributedTo)).toContain('Israeli military');
  });

  it('stays quiet when a report gives the same number and the others only rose later', async () => {
    const a = await analyzeText(story('killed 42 people'), '2024-10-26', world());
    expect(quotes(a, 'figure')).toEqual([]);
  });

  it('calls a number between the tolls before and after publication a toll of another moment', async () => {
    const a = await analyzeText(story('killed 40 people'), '2024-10-25', world());
    const d = a.discrepancies.find((x) => x.kind === 'figure');
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain('as the toll rose');
  });

  it('says a count is contested when another counter gave a clearly lower number', async () => {
    const a = await analyzeText(story('killed at least 38 people'), '2024-10-25', world());
    const d = a.discrepancies.find((x) => x.kind === 'figure');
    expect(d?.severity).toBe('info');
    expect(d?.message).toContain('Israeli military gave about 18');
  });

  it('compares a count of children only with counts of children', async () => {
    const ok = await analyzeText(story('killed 38 people, including 13 children'), '2024-10-25', world());
    expect(quotes(ok, 'figure').some((q) => q.includes('13'))).toBe(false);
    const wrong = await analyzeText(story('killed 38 people, including 20 children'), '2024-10-25', world());
    expect(quotes(wrong, 'figure').some((q) => q.includes('20 children'))).toBe(true);
  });

  it('does not compare a vague count ("dozens") or a count of something else', async () => {
    const a = await analyzeText(story('killed dozens of people', ' The army said 12 rockets were fired from the area.'), '2024-10-25', world());
    expect(quotes(a, 'figure')).toEqual([]);
  });

  it('compares a cumulative total with the official series, not with the event', async () => {
    const ok = await analyzeText(story('killed 42 people', ' The ministry says 42,847 people have been killed in Gaza since the war began.'), '2024-10-26', world());
    expect(quotes(ok, 'figure')).toEqual([]);
    const off = await analyzeText(story('killed 42 people', ' The ministry says 52,000 people have been killed in Gaza since the war began.'), '2024-10-26', world());
    const d = off.discrepancies.find((x) => x.kind === 'figure');
    expect(d?.quote).toContain('52,000');
    expect(d?.record).toContain('42,847');
  });

  it('reads "in all" on an event-sized number as the event\'s total, and a war-sized one as the region\'s', async () => {
    const text = `Khan Younis strikes: toll rises to 38

Israeli air strikes hit residential blocks in Khan Younis overnight. The health ministry said 38 people had been killed in all.`;
    const event = await analyzeText(text, '2024-10-26', world());
    expect(event.matches[0]?.eventId).toBe('ky-strikes');
    expect(quotes(event, 'figure')).toEqual([]);
    const region = await analyzeText(story('killed 38 people', ' The ministry says 36,000 people have been killed in all.'), '2024-10-26', world());
    expect(region.discrepancies.find((d) => d.quote.includes('36,000'))?.record).toContain('42,847');
  });

  it('reports the same number once even when the headline repeats it', async () => {
    const text = `64 killed in Khan Younis strikes

Israeli air strikes on residential blocks in Khan Younis killed 64 people, health officials said.`;
    const a = await analyzeText(text, '2024-10-25', world());
    expect(quotes(a, 'figure')).toEqual(['killed 64 people']);
  });

  it('raises nothing without a matched event', async () => {
    const text = `Flooding in the valley

Floods killed 64 people in the valley, officials said.`;
    expect(quotes(await analyzeText(text, '2024-10-25', world()), 'figure')).toEqual([]);
  });

  it('leaves figures of another time or place alone (background paragraphs)', async () => {
    const a = await analyzeText(story('killed at least 38 people', ' In 2014, a flood in the same district killed 90 people. Strikes on Rafah killed 70.'), '2024-10-25', world({ places: [...world().places, { id: 'ps-rafah', name: 'Rafah', aliases: [], country: 'PS', kind: 'city', lat: 31.29, lon: 34.25, parent: 'ps-gaza-strip', broad: false }] }));
    expect(quotes(a, 'figure').filter((q) => /90|70/.test(q))).toEqual([]);
  });

  it('reads "more than 35" as the round floor of a report\'s 38, not a number no report gives', async () => {
    const a = await analyzeText(story('killed more than 35 people'), '2024-10-25', world());
    const d = a.discrepancies.find((x) => x.kind === 'figure');
    expect(d?.message).not.toContain('none gives');
    expect(d?.message).toContain("Gaza health ministry's count");
  });

  it('accepts a number the records hold under another heading, but not for another class of people', async () => {
    const pack = world();
    pack.reports.push({ ...pack.reports[2]!, id: 'ky#4', claims: [typeClaim({ kind: 'count', value: 23, qualifier: '', subject: 'bodies brought to the hospital (plus 20 wounded)', attributedTo: 'hospital', asOf: '2024-10-25' })] });
    const ok = await analyzeText(story('killed 38 people', ' The hospital said 20 people were wounded.'), '2024-10-25', pack);
    expect(quotes(ok, 'figure').filter((q) => q.includes('20'))).toEqual([]);
    const children = await analyzeText(story('killed 38 people, including 20 children'), '2024-10-25', pack);
    expect(quotes(children, 'figure').some((q) => q.includes('20 children'))).toBe(true);
  });

  it('does not widen a number that is not round: "at least 36" is not the floor of 38', async () => {
    const a = await analyzeText(story('killed at least 36 people'), '2024-10-25', world());
    expect(a.discrepancies.find((x) => x.kind === 'figure')?.message).toContain('none gives 36');
  });

  it("takes a record's 'about 250' as giving the numbers close to it, and a record's floor as giving its own number", async () => {
    const pack = world();
    pack.reports.push({
      ...pack.reports[2]!,
      id: 'ky#5',
      claims: [
        typeClaim({ kind: 'injured', value: 250, qualifier: 'about', subject: 'people wounded', attributedTo: 'civil defence', asOf: '2024-10-25' }),
        typeClaim({ kind: 'injured', value: 120, qualifier: 'at least', subject: 'people wounded', attributedTo: 'hospital', asOf: '2024-10-25' }),
      ],
    });
    const wounded = (n: string) => story(`killed 38 people and wounded ${n} others`);
    const near = await analyzeText(wounded('245'), '2024-10-25', pack);
    expect(quotes(near, 'figure').filter((q) => q.includes('245'))).toEqual([]);
    const far = await analyzeText(wounded('190'), '2024-10-25', pack);
    expect(far.discrepancies.find((d) => d.quote.includes('190'))?.message).toContain('none gives 190');
    const overFloor = await analyzeText(wounded('127'), '2024-10-25', pack);
    expect(overFloor.discrepancies.find((d) => d.quote.includes('127'))?.message).toContain('none gives 127');
  });

  it("compares the region's running toll in a story about one town with the region's series, not with the event", async () => {
    const text = (n: string) => `Strikes on homes in Khan Younis

An Israeli air strike on a residential block in Khan Younis killed 38 people, health officials said. The strike comes as the death toll in Gaza rises to ${n}.`;
    const a = await analyzeText(text('42,800'), '2024-10-25', world());
    expect(quotes(a, 'figure').filter((q) => q.includes('42,800'))).toEqual([]);
    const off = await analyzeText(text('52,000'), '2024-10-25', world());
    const d = off.discrepancies.find((x) => x.quote.includes('52,000'));
    expect(d?.record).toContain('42,847');
    expect(d?.message).not.toContain('Reports of this event');
  });

  it('still compares a plain "killed in Gaza" toll with the event: only a running-toll phrase is the region\'s', async () => {
    const text = `Strikes on homes in Khan Younis

Israeli air strikes on residential blocks in Khan Younis overnight killed at least 64 people in Gaza, health officials said.`;
    const a = await analyzeText(text, '2024-10-25', world());
    expect(a.discrepancies.find((d) => d.quote.includes('64'))?.message).toContain('none gives 64');
  });

  it('reads a far lower count the same day from the same side as an earlier stage of a rising toll, not a dispute', async () => {
    const pack = world();
    pack.reports.push({ ...pack.reports[2]!, id: 'ky#6', claims: [typeClaim({ kind: 'killed', value: 15, qualifier: '', subject: 'people killed', attributedTo: 'civil defence', asOf: '2024-10-25' })] });
    const rising = await analyzeText(story('killed at least 38 people'), '2024-10-25', pack);
    const d = rising.discrepancies.find((x) => x.kind === 'figure');
    // The other side's lower count is still a dispute; the civil defence's morning figure is not.
    expect(d?.message).toContain('Israeli military gave about 18');
    expect(d?.message).not.toContain('civil defence');
  });

  it('raises no dispute the article already reports', async () => {
    const a = await analyzeText(story('killed at least 38 people', ' The army put the toll at about 18.'), '2024-10-25', world());
    expect(quotes(a, 'figure')).toEqual([]);
  });
});

