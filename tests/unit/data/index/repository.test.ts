import { describe, expect, it } from 'vitest';
import type { CandidateQuery } from '../../../../src/core/repository';
import type { Pack } from '../../../../src/core/types';
import { buildIndex } from '../../../../src/data/index/build';
import { IndexedRepository, memorySource } from '../../../../src/data/index/repository';
import { fakeEvent, fakeMeta, fakePack, fakePlace, fakeReport } from '../../factories';
import { packWithEvents } from '../helpers';

const repoOf = (...packs: Pack[]) => new IndexedRepository(memorySource(packs.map(buildIndex)));
const query = (terms: Record<string, number>, limit = 10): CandidateQuery => ({ terms: Object.entries(terms).map(([term, weight]) => ({ term, weight })), limit });

/** Ten events in the broad Gaza Strip, one of them also in the small town of al-Mawasi. */
function gazaPack(): Pack {
  const base = fakePack();
  const events = Array.from({ length: 10 }, (_, i) =>
    fakeEvent({ id: `gaza-${i}`, title: 'Strikes across Gaza', date: `2024-07-${String(10 + i)}`, places: [{ id: 'ps-gaza-strip' }], actors: [], keywords: [] }),
  );
  events[7] = { ...events[7]!, id: 'mawasi', places: [{ id: 'ps-gaza-strip' }, { id: 'ps-mawasi' }] };
  events.push(fakeEvent({ id: 'broad-only', title: 'Strikes across Gaza again', places: [{ id: 'ps-gaza-strip' }], actors: [], keywords: ['Gaza'] }));
  return { ...base, events, reports: [], places: [...base.places, fakePlace({ id: 'ps-mawasi', name: 'al-Mawasi', aliases: [], parent: null })] };
}

describe('IndexedRepository over memorySource', () => {
  it('ranks an event sharing a rare place above events sharing only a broad one', async () => {
    const found = await repoOf(gazaPack()).candidates(query({ 'p:ps-gaza-strip': 1, 'p:ps-mawasi': 1 }));
    expect(found[0]!.event.id).toBe('mawasi');
    expect(found[0]!.hits.map((h) => h.term).sort()).toEqual(['p:ps-gaza-strip', 'p:ps-mawasi']);
    const [rare, broad] = [found[0]!.hits.find((h) => h.term === 'p:ps-mawasi')!, found[0]!.hits.find((h) => h.term === 'p:ps-gaza-strip')!];
    expect(rare.idf).toBeGreaterThan(broad.idf);
    expect(found.slice(1).every((c) => c.indexScore < found[0]!.indexScore)).toBe(true);
  });

  it('scores an event as the sum of weight × log(1 + events / events with the term)', async () => {
    const [best] = await repoOf(gazaPack()).candidates(query({ 'p:ps-gaza-strip': 0.3, 'p:ps-mawasi': 2 }, 1));
    expect(best!.indexScore).toBeCloseTo(0.3 * Math.log(1 + 11 / 11) + 2 * Math.log(1 + 11 / 1), 12);
  });

  it('returns no more candidates than the limit, and none for a limit of 0 or unknown terms', async () => {
    const repo = repoOf(gazaPack());
    expect(await repo.candidates(query({ 'p:ps-gaza-strip': 1 }, 3))).toHaveLength(3);
    expect(await repo.candidates(query({ 'p:ps-gaza-strip': 1 }, 0))).toEqual([]);
    expect(await repo.candidates(query({ 'p:atlantis': 1, 'w:zzz': 2 }))).toEqual([]);
    expect(await repo.candidates(query({}))).toEqual([]);
  });

  it('breaks ties by date order, so equal scores come out the same way every time', async () => {
    const found = await repoOf(gazaPack()).candidates(query({ 'w:strike': 1 }, 20));
    const dates = found.map((c) => c.event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('finds events by id across chunks and packs, in the order asked, ignoring unknown ids', async () => {
    const big = packWithEvents(150, { meta: fakeMeta({ id: 'big' }) }, 2);
    const repo = repoOf(fakePack(), big);
    const found = await repo.events(['ev-149', 'nope', 'ev-2', 'ev-000', 'ev-070']);
    expect(found.map((b) => [b.packId, b.event.id])).toEqual([
      ['big', 'ev-149'],
      ['test', 'ev-2'],
      ['big', 'ev-000'],
      ['big', 'ev-070'],
    ]);
    expect(found[0]!.reports.map((r) => r.id)).toEqual(['ev-149#0', 'ev-149#1']);
    expect(await repo.events([])).toEqual([]);
    expect(await repo.events(['nope'])).toEqual([]);
  });

  it('ranks across two packs and counts events of both for rarity', async () => {
    const other = fakePack({
      meta: fakeMeta({ id: 'other' }),
      events: [fakeEvent({ id: 'x-1', places: [{ id: 'ps-khan-younis' }] })],
      reports: [fakeReport({ id: 'x-1#1', eventId: 'x-1' })],
    });
    const repo = repoOf(fakePack(), other);
    expect(await repo.eventCount()).toBe(3);
    const found = await repo.candidates(query({ 'p:ps-khan-younis': 1 }));
    expect(found.map((c) => `${c.packId}/${c.event.id}`).sort()).toEqual(['other/x-1', 'test/ev-1', 'test/ev-2']);
    expect(found[0]!.hits[0]!.idf).toBeCloseTo(Math.log(1 + 3 / 3), 12);
  });

  it('returns the same objects when an event is read again, so work cached on them is reused', async () => {
    const repo = repoOf(fakePack());
    const [first] = await repo.events(['ev-1']);
    const [again] = await repo.events(['ev-1']);
    const [candidate] = await repo.candidates(query({ 'p:ps-qarara': 1 }));
    const [ev2] = await repo.events(['ev-2']);
    expect(again).toBe(first);
    expect(candidate!.event).toBe(ev2!.event);
    // A new repository (a new wake of the background) parses afresh.
    expect((await repoOf(fakePack()).events(['ev-1']))[0]).not.toBe(first);
  });

  it('merges the lexicons and series of every pack', async () => {
    const other = fakePack({ meta: fakeMeta({ id: 'other' }), events: [], reports: [], places: [fakePlace({ id: 'ps-rafah', name: 'Rafah' })], series: [] });
    const repo = repoOf(fakePack(), other);
    expect((await repo.lexicon()).places.map((p) => p.id)).toEqual(['ps-gaza-strip', 'ps-khan-younis', 'ps-qarara', 'ps-rafah']);
    expect((await repo.series()).map((s) => s.id)).toEqual(['gaza-killed']);
  });
});
