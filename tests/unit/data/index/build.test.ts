import { describe, expect, it } from 'vitest';
import { buildIndex, buildIndexWith, CHUNK_SIZE, readChunkEvent, type BuiltIndex } from '../../../../src/data/index/build';
import { parsedFromPack } from '../../../../src/data/index/parsed-pack';
import { decodeShard, shardOf } from '../../../../src/data/index/shard';
import { fakeEvent, fakePack, fakeReport } from '../../factories';
import { packWithEvents } from '../helpers';

function postings(index: BuiltIndex, term: string): number[] {
  return [...(decodeShard(index.shards[shardOf(term, index.shardCount)]!).get(term) ?? [])];
}

function eventAt(index: BuiltIndex, ordinal: number) {
  return readChunkEvent(index.chunks[Math.floor(ordinal / index.chunkSize)]!, ordinal % index.chunkSize);
}

describe('buildIndex', () => {
  it(`puts ${CHUNK_SIZE} events in a chunk and the rest in the last one`, () => {
    const index = buildIndex(packWithEvents(2 * CHUNK_SIZE + 22));
    expect(index.chunks.map((c) => c.starts.length - 1)).toEqual([CHUNK_SIZE, CHUNK_SIZE, 22]);
    expect(index.chunkSize).toBe(CHUNK_SIZE);
  });

  it('finds every event of a pack spread over several chunks, in date order, with its reports', () => {
    const pack = packWithEvents(70, {}, 2);
    const index = buildIndexWith({ ...pack, events: [...pack.events].reverse() }, { chunkSize: 32 });
    expect(index.chunks).toHaveLength(3);
    for (let ordinal = 0; ordinal < 70; ordinal++) {
      const stored = eventAt(index, ordinal)!;
      expect(stored.event).toEqual(pack.events[ordinal]);
      expect(stored.reports).toEqual(pack.reports.filter((r) => r.eventId === stored.event.id));
    }
    expect(eventAt(index, 70)).toBeNull();
  });

  it('orders events of the same day by id', () => {
    const pack = fakePack({ events: [fakeEvent({ id: 'b', date: '2024-07-01' }), fakeEvent({ id: 'a', date: '2024-07-01' }), fakeEvent({ id: 'c', date: '2024-06' })], reports: [] });
    const index = buildIndex(pack);
    expect([0, 1, 2].map((o) => eventAt(index, o)!.event.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps an event without reports, and each event\'s reports in file order', () => {
    const pack = fakePack({
      reports: [fakeReport({ id: 'r-b', gist: 'second in the file' }), fakeReport({ id: 'r-a', gist: 'third' }), fakeReport({ id: 'r-c' })],
    });
    const index = buildIndex(pack);
    const byId = new Map([0, 1].map((o) => [eventAt(index, o)!.event.id, eventAt(index, o)!]));
    expect(byId.get('ev-2')!.reports).toEqual([]);
    expect(byId.get('ev-1')!.reports.map((r) => r.id)).toEqual(['r-b', 'r-a', 'r-c']);
  });

  it('indexes an event under the places that contain its place', () => {
    // ev-2 is in al-Qarara, which is in Khan Younis, which is in the Gaza Strip.
    const index = buildIndex(fakePack());
    const ev2 = [0, 1].find((o) => eventAt(index, o)!.event.id === 'ev-2')!;
    expect(postings(index, 'p:ps-qarara')).toEqual([ev2]);
    expect(postings(index, 'p:ps-khan-younis')).toContain(ev2);
    expect(postings(index, 'p:ps-gaza-strip')).toEqual([0, 1]);
    expect(postings(index, 'p:ps-nowhere')).toEqual([]);
  });

  it('indexes ids, actors, title words and months, each event once per term', () => {
    const index = buildIndex(fakePack({ events: [fakeEvent({ title: 'Strike strike STRIKES on Khan Younis', keywords: ['strike'] })], reports: [] }));
    expect(postings(index, 'id:ev-1')).toEqual([0]);
    expect(postings(index, 'a:idf')).toEqual([0]);
    expect(postings(index, 'w:strike')).toEqual([0]);
    expect(postings(index, 'm:2024-07')).toEqual([0]);
    expect(postings(index, 'w:on')).toEqual([]);
  });

  it('builds the same index from records as from the parsed form an import arrives in', () => {
    const pack = packWithEvents(40, {}, 3);
    expect(buildIndex(parsedFromPack(pack))).toEqual(buildIndex(pack));
  });

  it('counts what the pack holds and keeps its lexicon and series', () => {
    const pack = fakePack();
    const index = buildIndex(pack);
    expect(index.counts).toEqual({ events: 2, reports: 3, claims: 2, series: 1, places: 3, actors: 1, outlets: 1 });
    expect(index.lexicon).toEqual({ places: pack.places, actors: pack.actors, outlets: pack.outlets });
    expect(index.series).toEqual(pack.series);
    expect(index.meta).toEqual(pack.meta);
  });

  it('builds an empty index for a pack without events', () => {
    const index = buildIndex(fakePack({ events: [], reports: [] }));
    expect(index.chunks).toEqual([]);
    expect(index.shardCount).toBe(16);
  });
});
