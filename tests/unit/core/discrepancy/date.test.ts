import { describe, expect, it } from 'vitest';
import { analyzeText, quotes } from '../pipeline-helpers';
import { world } from '../world';
import { fakeEvent, fakeReport } from '../../factories';

const kassab = (when: string, extra = '') => `Hamas official killed in Khan Younis

Izz al-Din Kassab, a Hamas official, was killed ${when} when an Israeli drone hit his car near Khan Younis.${extra}`;

describe('date and dateline rules', () => {
  it('flags a day the records contradict when it is attached to the event', async () => {
    const a = await analyzeText(kassab('on Sunday, November 3'), '2024-11-04', world());
    const d = a.discrepancies.find((x) => x.kind === 'date');
    expect(d?.quote).toBe('Sunday, November 3');
    expect(d?.message).toContain('1 Nov 2024');
  });

  it('accepts the right day, written or as a weekday', async () => {
    expect(quotes(await analyzeText(kassab('on Friday, November 1'), '2024-11-02', world()), 'date')).toEqual([]);
    expect(quotes(await analyzeText(kassab('on Friday'), '2024-11-02', world()), 'date')).toEqual([]);
  });

  it('ignores dates attached to something else: statements, funerals', async () => {
    const a = await analyzeText(kassab('on Friday', ' Hamas said on Sunday that his funeral would be held on Monday.'), '2024-11-04', world());
    expect(quotes(a, 'date')).toEqual([]);
  });

  it('flags a year slip against the dateline: the same day a year earlier', async () => {
    const a = await analyzeText(kassab('on Friday', '\n\nAs of November 1, 2023, the health ministry said more than 43,000 people had been killed.'), '2024-11-02', world());
    const d = a.discrepancies.find((x) => x.kind === 'dateline');
    expect(d?.quote).toBe('November 1, 2023');
    expect(d?.record).toBe('2024-11-02');
  });

  it('still flags the slip when the sentence gives a scope with "since"', async () => {
    const a = await analyzeText(kassab('on Friday', '\n\nAs of November 1, 2023, more than 43,000 people had been killed since the start of the war.'), '2024-11-02', world());
    expect(quotes(a, 'dateline')).toEqual(['November 1, 2023']);
  });

  it('does not call a deliberate look back a year slip', async () => {
    const a = await analyzeText(kassab('on Friday', '\n\nA year ago, on November 3, 2023, a strike hit the same street.'), '2024-11-02', world());
    expect(quotes(a, 'dateline')).toEqual([]);
  });

  it('never takes a year it filled in itself as evidence', async () => {
    // "November 1" has no year: nothing to slip.
    const a = await analyzeText(kassab('on November 1'), '2024-11-02', world());
    expect(a.discrepancies.filter((x) => x.kind === 'dateline' || x.kind === 'date')).toEqual([]);
  });

  it('does not take the date of a toll update for the date of the event', async () => {
    const a = await analyzeText(kassab('on Friday', ' The number of people killed in the strike rose to 2 on Sunday, November 3.'), '2024-11-04', world());
    expect(quotes(a, 'date')).toEqual([]);
  });

  describe('an order, dated by the words that give it', () => {
    const orderWorld = () => {
      const w = world();
      const order = fakeEvent({ id: 'ky-order', title: 'Army issues evacuation orders for eastern Khan Younis neighbourhoods', summary: 'The army told residents of eastern Khan Younis to leave for the coast.', date: '2024-03-08', category: 'ground-operation', places: [{ id: 'ps-khan-younis' }], actors: ['idf'], keywords: ['evacuation orders', 'eastern Khan Younis', 'leaflets'] });
      const report = fakeReport({ id: 'order#1', eventId: 'ky-order', outlet: 'Wire A', published: '2024-03-08', gist: 'The army ordered families in eastern Khan Younis to move west.', claims: [] });
      return world({ events: [...w.events, order], reports: [...w.reports, report] });
    };
    const order = (when: string, extra = '') => `Khan Younis families told to leave

${when} the Israeli army called on families in eastern Khan Younis to leave their homes and head for the coast, in evacuation orders dropped as leaflets.${extra}`;

    it('flags the day an order was given when the records give another', async () => {
      const a = await analyzeText(order('On Sunday morning'), '2024-03-11', orderWorld());
      expect(a.matches[0]?.eventId).toBe('ky-order');
      const d = a.discrepancies.find((x) => x.kind === 'date');
      expect(d?.quote).toBe('Sunday morning');
      expect(d?.message).toContain('8 Mar 2024');
    });

    it('accepts the right day, and leaves a later statement alone', async () => {
      const a = await analyzeText(order('On Friday morning', ' On Sunday the army said it had begun operations there.'), '2024-03-11', orderWorld());
      expect(quotes(a, 'date')).toEqual([]);
    });

    it('does not make "told" an action of events that are not orders', async () => {
      const a = await analyzeText(kassab('on Friday', ' On Sunday the army told reporters it would review the strike.'), '2024-11-04', world());
      expect(quotes(a, 'date')).toEqual([]);
    });
  });

  describe('a day after an aside', () => {
    const strikes = (tail: string) => `Strikes on homes in Khan Younis

Israeli jets struck residential blocks, home to several displaced families, in Khan Younis ${tail}`;

    it('dates the verb before the aside: "struck …, home to …, in Khan Younis early on Wednesday, October 23"', async () => {
      const a = await analyzeText(strikes('early on Wednesday, October 23, killing 38 people, health officials said.'), '2024-10-26', world());
      expect(a.matches[0]?.eventId).toBe('ky-strikes');
      expect(a.discrepancies.find((x) => x.kind === 'date')?.quote).toBe('Wednesday, October 23');
    });

    it('accepts the right day there, and leaves a day after a statement or a new clause alone', async () => {
      expect(quotes(await analyzeText(strikes('early on Friday, October 25, killing 38 people.'), '2024-10-26', world()), 'date')).toEqual([]);
      const said = `Strikes on homes in Khan Younis

Israeli jets struck residential blocks in Khan Younis, killing 38 people, health officials said, and on Wednesday, October 23 the army announced an inquiry.`;
      expect(quotes(await analyzeText(said, '2024-10-26', world()), 'date')).toEqual([]);
    });
  });
});

