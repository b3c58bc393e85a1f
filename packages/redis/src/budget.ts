import { createRetryBudget, type RetryBudget, type RetryBudgetOptions } from '@kyc-errors/retry';
import { amount, flag, pair } from './internal/reply.js';
import {
  createStore,
  type RedisClient,
  type StoreOptions,
  script,
  unavailable,
} from './internal/store.js';

/** Options of {@link redisRetryBudget}: the bucket's sizes, its key, and how to reach Redis. */
export interface RedisRetryBudgetOptions extends RetryBudgetOptions, StoreOptions {
  /** The bucket's name, one per vendor (or vendor account): every process using it shares it. */
  readonly key: string;
  /** How long an untouched bucket is kept, in ms; it starts full when next used. Default one day. */
  readonly idleMs?: number | undefined;
}

/** The Redis {@link RetryBudget}, which can also read its level (for dashboards and tests). */
export interface RedisRetryBudget extends RetryBudget {
  /** Tokens in a full bucket. */
  readonly capacity: number;
  /** Takes `cost` tokens atomically; `false` (nothing taken) when the bucket holds fewer. */
  tryAcquire(cost: number): Promise<boolean>;
  /** Gives tokens back after a success (see `RetryBudget.recordSuccess`). */
  recordSuccess(refund?: number): Promise<void>;
  /**
   * Tokens left in the shared bucket, or `undefined` when Redis does not answer (or answers
   * what cannot be read).
   */
  available(): Promise<number | undefined>;
}

// KEYS[1] the bucket; ARGV: op ('take' | 'give' | 'read'), amount, capacity, idle ms.
// Answers {granted (1 or 0), level}. A missing bucket is full. Amounts may be fractions: they
// travel as strings, since Redis truncates a Lua number in a reply to an integer.
const BUCKET = script(
  'budget',
  `
local capacity = tonumber(ARGV[3])
local level = tonumber(redis.call('GET', KEYS[1]) or ARGV[3])
local amount = tonumber(ARGV[2])
if ARGV[1] == 'read' then return {1, tostring(level)} end
if ARGV[1] == 'take' then
  if amount > level then return {0, tostring(level)} end
  level = level - amount
else
  level = math.min(capacity, level + amount)
end
redis.call('SET', KEYS[1], tostring(level), 'PX', ARGV[4])
return {1, tostring(level)}
`,
  pair(flag, amount),
);

/**
 * The retry budget (the AWS SDK's token bucket, with `createRetryBudget`'s sizes and costs)
 * shared by every process that uses the same `key`: one atomic Lua script takes or gives
 * tokens, so the fleet together never retries more than one bucket allows and the bucket is
 * never overdrawn.
 *
 * **When Redis is down or slow** (no answer within `timeoutMs`), the budget falls back to a
 * bucket of the same size in this process: retries go on, bounded per process instead of
 * per fleet. Failing closed (no retries at all) would turn a Redis outage into failed KYC
 * calls; failing fully open would drop the bound that protects a struggling vendor.
 *
 * @example
 * ```ts
 * import { redisRetryBudget } from '@kyc-errors/redis';
 *
 * const budget = redisRetryBudget(redis, { key: 'smile-id' });
 * await retry(() => submit(job), { provider: smileId, budget });
 * ```
 */
export function redisRetryBudget(
  redis: RedisClient,
  options: RedisRetryBudgetOptions,
): RedisRetryBudget {
  // Checks the sizes, and is the per-process fallback.
  const local = createRetryBudget(options);
  const store = createStore(redis, options);
  const key = store.key('budget', checkKey(options.key));
  const idleMs = options.idleMs ?? 86_400_000;
  const successRefill = options.successRefill ?? 1;
  const call = (op: string, amount: number) =>
    store.run(BUCKET, key, [op, amount, local.capacity, idleMs]);

  return {
    capacity: local.capacity,
    costOf: (error) => local.costOf(error),
    async tryAcquire(cost) {
      if (!(cost >= 0) || !Number.isFinite(cost)) return false;
      const answer = await call('take', cost);
      if (unavailable(answer)) return local.tryAcquire(cost);
      return answer[0];
    },
    async recordSuccess(refund) {
      const back =
        typeof refund === 'number' && Number.isFinite(refund) && refund > 0
          ? refund
          : successRefill;
      const answer = await call('give', back);
      if (unavailable(answer)) local.recordSuccess(refund);
    },
    async available() {
      const answer = await call('read', 0);
      return unavailable(answer) ? undefined : answer[1];
    },
  };
}

/** A key is a non-empty string: one bucket per vendor, named by the caller. */
export function checkKey(key: unknown): string {
  if (typeof key !== 'string' || key === '') {
    throw new TypeError('redis: key must be a non-empty string (one per vendor key)');
  }
  return key;
}
