// A sliding-window limit per key (a tab): at most `limit` calls in any `windowMs`. Pure over the
// time it is given, so it is tested without a clock.
export interface RateLimit {
  /** Records a call at `now` and says whether it is within the limit. Refused calls are not recorded. */
  allow(key: number, now: number): boolean;
  forget(key: number): void;
}

export function createRateLimit(limit: number, windowMs: number): RateLimit {
  const calls = new Map<number, number[]>();
  return {
    allow(key, now) {
      const recent = (calls.get(key) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        calls.set(key, recent);
        return false;
      }
      recent.push(now);
      calls.set(key, recent);
      return true;
    },
    forget(key) {
      calls.delete(key);
    },
  };
}
