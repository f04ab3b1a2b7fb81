import { describe, expect, it } from 'vitest';
import { matchLink } from '../../../../src/core/matching/links';
import { repoOf } from '../pipeline-helpers';
import { fakeEvent } from '../../factories';
import { world } from '../world';

// The small world plus forty events about other things, so that a word one event uses is as rare
// (as high in idf) as it is in a real pack.
function bigWorld() {
  const base = world();
  const fillers = Array.from({ length: 40 }, (_, i) =>
    fakeEvent({ id: `filler-${i}`, title: `Flooding closes road number ${i}`, summary: 'Heavy rain closed a road.', date: '2023-01-01', places: [{ id: 'ps-gaza-strip' }], actors: [], keywords: ['flooding', 'road'] }),
  );
  return { ...base, events: [...base.events, ...fillers] };
}

async function decide(text: string, href: string) {
  const repo = repoOf(bigWorld());
  return matchLink({ text, href }, repo, await repo.lexicon());
}

describe('matchLink (front-page headlines)', () => {
  it('links a headline that names the event\'s person and place', async () => {
    expect((await decide('Hamas official Izz al-Din Kassab killed in Khan Younis strike', 'https://news.example/2024/11/02/kassab'))?.eventId).toBe('kassab');
  });

  it('does not link a headline that shares only words rare in the pack, with no place or actor', async () => {
    // "tents", "displaced" and "dozens" are rare here only because the pack is small.
    for (const text of ['Displaced families pitch tents as dozens arrive in the rain', 'Dozens of tents go up for the summer festival of displaced art', 'Strike on tents kills dozens of displaced hopes, says the festival']) {
      expect(await decide(text, 'https://news.example/2024/07/20/festival')).toBeNull();
    }
  });

  it('does not link old coverage of a similar event: a URL dated long after the event', async () => {
    expect(await decide('Hamas official Izz al-Din Kassab killed in Khan Younis strike', 'https://news.example/2025/06/01/kassab')).toBeNull();
  });
});
