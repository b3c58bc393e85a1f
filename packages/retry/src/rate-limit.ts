/**
 * A request rate limit per vendor key (points per window, e.g. iDenfy's 10,000 requests an
 * hour): every attempt takes a permit before it starts; with none left it waits until one
 * frees, or, when that is far off, the call is deferred.
 *
 * The in-memory form is {@link createRateLimit} (one process); `redisRateLimit` from
 * `@kyc-errors/redis` shares one limit between processes. `retry()` awaits what `take()`
 * returns.
 */
export interface RateLimit {
  /**
   * Takes one permit for an attempt starting now. Answers `0` when it got one, or the ms
   * until one may be free (nothing taken; ask again then).
   */
  take(): number | PromiseLike<number>;
}

/** How a {@link RateLimit} is sized. */
export interface RateLimitOptions {
  /** Attempts allowed in any window of `windowMs` (an integer from 1). */
  readonly points: number;
  /** The window, in ms (e.g. `3_600_000` for "an hour"). */
  readonly windowMs: number;
  /** The clock, in epoch ms. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * The in-memory {@link RateLimit}: a sliding log, so no window of `windowMs`, wherever it
 * starts, holds more than `points` attempts. A fixed window would allow twice that across a
 * window boundary, which is exactly what a vendor counting in its own windows answers
 * with 429. Memory: one number per point.
 *
 * @throws {RangeError} when `points` is not an integer from 1 or `windowMs` not above 0.
 * @example
 * ```ts
 * const idenfyLimit = createRateLimit({ points: 10_000, windowMs: 3_600_000 });
 * await retry(() => createToken(request), { provider: idenfy, rateLimit: idenfyLimit });
 * ```
 */
export function createRateLimit(options: RateLimitOptions): RateLimit {
  const { points, windowMs } = checkRateLimit(options);
  const now = options.now ?? Date.now;
  // A ring of the start times of the last `points` permits: the oldest is at `next`.
  const starts: number[] = [];
  let next = 0;
  return {
    take() {
      const t = now();
      if (starts.length < points) {
        starts.push(t);
        return 0;
      }
      const oldest = starts[next] ?? t;
      if (oldest + windowMs <= t) {
        starts[next] = t;
        next = (next + 1) % points;
        return 0;
      }
      return oldest + windowMs - t;
    },
  };
}

/**
 * Checks a rate limit's size (shared with the Redis form).
 * @throws {RangeError} when `points` is not an integer from 1 or `windowMs` not above 0.
 */
export function checkRateLimit(options: RateLimitOptions): {
  readonly points: number;
  readonly windowMs: number;
} {
  const { points, windowMs } = options;
  if (!Number.isInteger(points) || points < 1) {
    throw new RangeError(`rate limit: points must be an integer >= 1, got ${points}`);
  }
  if (typeof windowMs !== 'number' || !(windowMs > 0) || !Number.isFinite(windowMs)) {
    throw new RangeError(`rate limit: windowMs must be a number of ms > 0, got ${windowMs}`);
  }
  return { points, windowMs };
}
