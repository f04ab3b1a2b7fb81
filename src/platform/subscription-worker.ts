// A dedicated worker the options page starts for one "check now": it fetches the subscription's
// manifest and, when it names new bytes, the pack, checks and installs it into the extension's
// IndexedDB, and posts back what it did. Inflating and indexing a large pack blocks neither the
// options page nor the background; only the subscribed address is fetched.
import { CorroborateDb } from '../data/db';
import type { CheckOutcome } from '../messaging/protocol';
import { checkSubscription } from '../services/subscriptions';

export type CheckRequest = { url: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage(m: CheckOutcome): void };

scope.onmessage = (e) => {
  const db = new CorroborateDb();
  checkSubscription(db, e.data.url, { fetch: (url, init) => fetch(url, init), now: () => new Date().toISOString() })
    .catch((err: unknown): CheckOutcome => ({ result: 'failed', error: err instanceof Error ? err.message : String(err) }))
    .then((outcome) => scope.postMessage(outcome))
    .finally(() => db.close());
};
