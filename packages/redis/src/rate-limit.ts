import { checkRateLimit, type RateLimit } from '@kyc-errors/retry';
import { checkKey } from './budget.js';
import { wholeMs } from './internal/reply.js';
import {
  createStore,
  type RedisClient,
  type StoreOptions,
  script,
  unavailable,
} from './internal/store.js';

/** Options of {@link redisRateLimit}. */
export interface RedisRateLimitOptions extends StoreOptions {
  /** The vendor key's name: every process using it shares the limit. */
  readonly key: string;
  /** Attempts allowed in any window of `windowMs` (an integer from 1). */
  readonly points: number;
  /** The window, in ms (e.g. `3_600_000` for iDenfy's hourly allowance). */
  readonly windowMs: number;
  /**
   * What to do while Redis does not answer: `'open'` (the default) lets attempts through
   * unlimited; `'closed'` answers "wait `unavailableWaitMs`", so calls wait or defer until
   * Redis is back. Choose `'closed'` when going over the vendor's limit costs money or gets
   * the account suspended.
   */
  readonly whenUnavailable?: 'open' | 'closed' | undefined;
  /** With `whenUnavailable: 'closed'`, the wait to answer, in ms. Default `1000`. */
  readonly unavailableWaitMs?: number | undefined;
}

// KEYS[1] a sorted set of permit start times (Redis' own clock, in ms); ARGV: window ms,
// points, a unique member. A sliding log: no window, wherever it starts, holds more than
// `points` permits. Answers 0 for a permit, or the ms until the oldest one frees.
const TAKE = script(
  'rate limit',
  `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
`,
  wholeMs,
);

let sequence = 0;
const PROCESS_TAG = Math.random().toString(36).slice(2, 10);

/**
 * A request rate limit per vendor key shared by every process using the same `key`: each
 * attempt takes a permit in one atomic script (a sliding log on Redis' own clock), so the
 * fleet together never sends more than `points` attempts in any `windowMs`.
 *
 * **When Redis is down or slow**, it fails open by default (attempts go through unlimited:
 * the vendor still answers 429 beyond its limit, which the cool-down and the retry advice
 * handle), or closed with `whenUnavailable: 'closed'`.
 *
 * Our own Lua rather than rate-limiter-flexible: its Redis limiter counts fixed windows,
 * which let twice the points through across a window boundary, and the timeout and the
 * fail-open rule must be ours anyway.
 *
 * @example
 * ```ts
 * const rateLimit = redisRateLimit(redis, { key: 'idenfy', points: 10_000, windowMs: 3_600_000 });
 * await retry(() => createToken(request), { provider: idenfy, rateLimit });
 * ```
 */
export function redisRateLimit(redis: RedisClient, options: RedisRateLimitOptions): RateLimit {
  const { points, windowMs } = checkRateLimit(options);
  const store = createStore(redis, options);
  const key = store.key('rate', checkKey(options.key));
  const closed = options.whenUnavailable === 'closed';
  const waitWhenDown = options.unavailableWaitMs ?? 1000;
  return {
    async take() {
      sequence = (sequence + 1) % Number.MAX_SAFE_INTEGER;
      const answer = await store.run(TAKE, key, [
        Math.ceil(windowMs),
        points,
        `${PROCESS_TAG}:${sequence}`,
      ]);
      return unavailable(answer) ? (closed ? waitWhenDown : 0) : answer;
    },
  };
}
