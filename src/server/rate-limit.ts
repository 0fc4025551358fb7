// A small in-memory token bucket per client address: bounded memory, injected clock, no dependency.

export type RateLimitOptions = {
  /** Requests a client may make in a burst. */
  burst: number;
  /** Tokens added back per second. */
  perSecond: number;
  /** Most clients tracked at once; the least recently seen are forgotten first. */
  maxClients?: number;
};

type Bucket = { tokens: number; at: number };

export type RateLimiter = {
  /** Takes one token for `key`; returns 0 when allowed, else the seconds to wait before retrying. */
  take(key: string, nowMs: number): number;
  readonly size: number;
};

export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const maxClients = options.maxClients ?? 10_000;
  const buckets = new Map<string, Bucket>();
  return {
    take(key: string, nowMs: number): number {
      const known = buckets.get(key);
      let bucket: Bucket;
      if (known) {
        buckets.delete(key);
        const refill = (Math.max(0, nowMs - known.at) / 1000) * options.perSecond;
        bucket = { tokens: Math.min(options.burst, known.tokens + refill), at: nowMs };
      } else {
        bucket = { tokens: options.burst, at: nowMs };
      }
      // Re-inserting keeps the Map in least-recently-seen order, so eviction drops the oldest client.
      buckets.set(key, bucket);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond));
    },
    get size() { return buckets.size; },
  };
}
