import { describe, expect, it } from 'vitest';
import { chooseShardCount, decodeShard, encodeShard, lookupTerm, shardOf } from '../../../../src/data/index/shard';

const entries = (o: Record<string, number[]>) => new Map(Object.entries(o));

describe('posting shards', () => {
  it('finds every term it was given, with its postings, after encoding', () => {
    const input = { 'p:khan-younis': [0, 3, 9], 'w:strike': [1], 'id:ev-1': [4], 'm:2024-07': [2, 3, 4, 5] };
    const shard = encodeShard(entries(input));
    for (const [term, postings] of Object.entries(input)) expect([...lookupTerm(shard, term)!]).toEqual(postings);
    expect(Object.fromEntries([...decodeShard(shard)].map(([t, p]) => [t, [...p]]))).toEqual(input);
  });

  it('does not find a term that is not there, nor a prefix or extension of one that is', () => {
    const shard = encodeShard(entries({ 'w:strike': [1], 'w:strikes': [2] }));
    expect(lookupTerm(shard, 'w:strik')).toBeNull();
    expect(lookupTerm(shard, 'w:striker')).toBeNull();
    expect(lookupTerm(shard, '')).toBeNull();
    expect(lookupTerm(encodeShard(new Map()), 'w:strike')).toBeNull();
  });

  it('keeps terms apart even when an id contains the old separator or any other character', () => {
    const input = { 'id:a\u0001b': [7], 'id:a': [1], 'id:b': [2], 'id:ü\u0000': [3] };
    const shard = encodeShard(entries(input));
    for (const [term, postings] of Object.entries(input)) expect([...lookupTerm(shard, term)!]).toEqual(postings);
  });

  it('stores posting lists as typed arrays, which IndexedDB copies as flat bytes', () => {
    const shard = encodeShard(entries({ a: [1, 2], b: [3] }));
    expect(shard.postings).toBeInstanceOf(Uint32Array);
    expect(shard.offsets).toBeInstanceOf(Uint32Array);
    expect(shard.ends).toBeInstanceOf(Uint32Array);
    expect(typeof shard.terms).toBe('string');
  });

  it('chooses at least 16 shards, a power of two, about 4k postings each, and at most 4096', () => {
    expect(chooseShardCount(0)).toBe(16);
    expect(chooseShardCount(16 * 4096)).toBe(16);
    expect(chooseShardCount(16 * 4096 + 1)).toBe(32);
    expect(chooseShardCount(1_560_000)).toBe(512);
    expect(chooseShardCount(1e12)).toBe(4096);
    expect(chooseShardCount(1000, 10)).toBe(128);
  });

  it('puts a term in the same shard every time, within the shard count', () => {
    expect(shardOf('p:khan-younis', 64)).toBe(shardOf('p:khan-younis', 64));
    for (const t of ['a', 'p:x', 'id:ev-1', 'w:ü']) expect(shardOf(t, 16)).toBeLessThan(16);
  });
});
