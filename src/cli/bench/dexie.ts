// The matching + discrepancy stages over fake-indexeddb: the packs installed through the same
// installPack the extension uses, then read through dexieSource, warm and cold.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import type { ArticleSnapshot, Pack } from '../../core/types';
import { CorroborateDb } from '../../data/db';
import { dexieSource } from '../../data/index/dexie-source';
import { IndexedRepository } from '../../data/index/repository';
import { installPack } from '../../data/install';
import { stageTimes, type StageResult } from './pipeline';

export async function dexieStageTimes(packs: Pack[], synthetic: ArticleSnapshot[], ours: ArticleSnapshot[]): Promise<{ installMs: number; stages: StageResult[] }> {
  const db = new CorroborateDb(`bench-${Date.now()}`);
  const t0 = performance.now();
  for (const p of packs) await installPack(db, p, 'imported', '2024-01-01T00:00:00Z');
  const installMs = performance.now() - t0;
  const warm = new IndexedRepository(dexieSource(db));
  const events = packs.reduce((n, p) => n + p.events.length, 0);
  const label = `${Math.round(events / 1000)}k events, fake-indexeddb`;
  const stages = [
    await stageTimes(`our pages vs ${label}, warm`, ours, () => warm),
    await stageTimes(`synthetic articles vs ${label}, warm`, synthetic, () => warm),
    await stageTimes(`synthetic articles vs ${label}, cold`, synthetic.slice(0, 20), () => new IndexedRepository(dexieSource(db))),
  ];
  db.close();
  return { installMs, stages };
}
