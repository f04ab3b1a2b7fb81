import { describe, expect, it } from 'vitest';
import { analyzeText } from '../pipeline-helpers';
import { world } from '../world';

const ids = (a: { matches: { eventId: string }[] }) => a.matches.map((m) => m.eventId);

const KASSAB = `Hamas official Izz al-Din Kassab killed in strike near Khan Younis

An Israeli drone hit a car near Khan Younis on Friday, killing Izz al-Din Kassab, a Hamas official, and the man travelling with him, the army said.

Hamas confirmed the deaths in a short statement.`;

describe('linking an article to events', () => {
  it('links a story to its event and says why', async () => {
    const a = await analyzeText(KASSAB, '2024-11-02', world());
    expect(ids(a)).toEqual(['kassab']);
    const reasons = a.matches[0]!.reasons.join(' | ');
    expect(reasons).toContain('Izz al-Din Kassab');
    expect(reasons).toContain('dated 1 Nov 2024, article published 2 Nov 2024');
    expect(a.matches[0]!.confidence).toBeGreaterThan(0.8);
  });

  it('does not link the same town struck a week earlier (a hard neighbour)', async () => {
    const a = await analyzeText(KASSAB, '2024-11-02', world());
    expect(ids(a)).not.toContain('ky-strikes');
  });

  it('never links an event that happened after the article was published', async () => {
    const text = `Strikes on homes in Khan Younis kill dozens

Israeli air strikes on residential blocks in Khan Younis killed at least 38 people, health officials said.`;
    const a = await analyzeText(text, '2024-10-26', world());
    expect(ids(a)).toEqual(['ky-strikes']);
    const before = await analyzeText(text, '2024-10-20', world());
    expect(ids(before)).toEqual([]);
  });

  it('links two events when the article covers both, each on its own evidence', async () => {
    const text = `Strikes in Gaza and Lebanon

An Israeli strike near Khan Younis killed Izz al-Din Kassab, a Hamas official, on Friday.

Overnight, Israeli strikes also hit buildings in Dahiyeh, the southern suburbs of Beirut where Hezbollah is strong.`;
    const a = await analyzeText(text, '2024-11-02', world());
    expect(ids(a).sort()).toEqual(['beirut-suburbs', 'kassab']);
  });

  it('abstains on an article about something the dataset does not know', async () => {
    const text = `Central bank cuts rates for the first time in five years

The bank lowered its main rate by a quarter point on Thursday, citing slowing inflation across the euro area.`;
    const a = await analyzeText(text, '2024-06-07', world());
    expect(a.matches).toEqual([]);
  });

  it('abstains when only a broad place is shared', async () => {
    const text = `Winter rains flood tents across Gaza

Heavy rain soaked tents across the Gaza Strip, aid groups said, leaving families without dry bedding.`;
    const a = await analyzeText(text, '2024-11-25', world());
    expect(a.matches).toEqual([]);
  });

  it('infers the period of an undated article from the earlier event it says it follows', async () => {
    const text = `Warplanes strike homes in Khan Younis

Israeli warplanes struck homes in Khan Younis overnight, medics said.

The raid came days after the Khan Younis homes of Yahya Sinwar and his brother were destroyed by air strikes.`;
    const a = await analyzeText(text, null, world());
    expect(a.article.published).toBeNull();
    expect(a.article.inferredPeriod?.from).toBe('2021-05-16');
    expect(a.article.inferredPeriod?.reason).toContain('days after');
  });

  it('does not link an event the story only recalls in a background paragraph weeks earlier', async () => {
    const text = `Hamas official Izz al-Din Kassab killed in strike near Khan Younis

An Israeli drone hit a car near Khan Younis on Friday, killing Izz al-Din Kassab, a Hamas official, the army said.

In July, a strike on tents in al-Mawasi, the coastal area west of Khan Younis, killed dozens of displaced people.`;
    const a = await analyzeText(text, '2024-11-02', world());
    expect(ids(a)).toEqual(['kassab']);
  });

  it('does not link the same story published weeks later about a recent day of its own', async () => {
    // Same town, same kind of strike, same words: but "on Friday" is now a month after the event.
    for (const published of ['2024-12-03', '2025-01-20']) {
      const a = await analyzeText(KASSAB, published, world());
      expect(ids(a)).toEqual([]);
    }
  });

  it('links an undated story by the event\'s own day, but not a story weeks later that only recalls it', async () => {
    const recap = (lead: string) => `Izz al-Din Kassab killed in drone strike near Khan Younis, Hamas says

${lead} Izz al-Din Kassab, a Hamas official, was killed when an Israeli drone hit a car near Khan Younis on November 1, 2024, the army said.`;
    const undated = await analyzeText(recap('Hamas confirmed that'), null, world());
    expect(ids(undated)).toEqual(['kassab']);
    // Three weeks on, a story about what came after (a successor named "on Monday"): the strike is
    // its background, not its news.
    const later = await analyzeText(recap('Hamas named a successor on Monday, three weeks after'), '2024-11-25', world());
    expect(ids(later)).toEqual([]);
  });
});

describe('same place, another day', () => {
  const samePlace = (a: { samePlace?: { eventId: string }[] }) => (a.samePlace ?? []).map((s) => s.eventId);

  it('lists an event at a town the story names on another day, never the one it matched', async () => {
    const a = await analyzeText(KASSAB, '2024-11-02', world());
    expect(ids(a)).toEqual(['kassab']);
    expect(samePlace(a)).toContain('ky-strikes');
    expect(samePlace(a)).not.toContain('kassab');
    expect(a.samePlace!.find((s) => s.eventId === 'ky-strikes')!.place).toBe('Khan Younis');
  });

  it('lists the event a story weeks later is not about, instead of linking it', async () => {
    const later = KASSAB.replace('on Friday', 'on Tuesday');
    const a = await analyzeText(later, '2024-12-18', world());
    expect(ids(a)).not.toContain('kassab');
    expect(samePlace(a)).toContain('kassab');
  });

  it('lists nothing for a story that shares no local place, or only a broad one', async () => {
    const bank = await analyzeText('Central bank cuts rates\n\nThe bank lowered its main rate by a quarter point on Thursday.', '2024-06-07', world());
    expect(bank.samePlace).toEqual([]);
    const rain = await analyzeText('Winter rains flood tents across Gaza\n\nHeavy rain soaked tents across the Gaza Strip, aid groups said.', '2024-11-25', world());
    expect(rain.samePlace).toEqual([]);
  });

  it('lists nothing for an undated story: it has no "another day"', async () => {
    const a = await analyzeText(KASSAB.replace(' on Friday', ''), null, world());
    expect(a.samePlace).toEqual([]);
  });
});
