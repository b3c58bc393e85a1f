import { type Cooldown, createCooldown } from '@kyc-errors/retry';
import { checkKey } from './budget.js';
import { wholeMs } from './internal/reply.js';
import {
  createStore,
  type RedisClient,
  type StoreOptions,
  script,
  unavailable,
} from './internal/store.js';

/** Options of {@link redisCooldown}. */
export interface RedisCooldownOptions extends StoreOptions {
  /** The vendor key's name: every process using it shares the cool-down. */
  readonly key: string;
}

// KEYS[1] the cool-down; ARGV[1] its length in ms from now. Kept when longer than asked:
// the vendor's latest word is a floor. The length is Redis' own TTL, so no host clock is read.
const HOLD = script(
  'cool-down hold',
  `
local left = redis.call('PTTL', KEYS[1])
if left < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
  return tonumber(ARGV[1])
end
return left
`,
  wholeMs,
);

const LEFT = script(
  'cool-down read',
  `
local left = redis.call('PTTL', KEYS[1])
if left < 0 then return 0 end
return left
`,
  wholeMs,
);

/**
 * The cool-down shared by every process using the same `key`: when one process is throttled
 * with a known wait, none starts another attempt to that vendor before the wait is over.
 * The wait lives in Redis as a key's time-to-live, so hosts whose clocks differ agree.
 *
 * **When Redis is down or slow**, it fails open: each process still honours every cool-down
 * it started itself (kept in memory too), but no longer hears about the others'. A vendor
 * that is still throttling says so again with its next 429, and that process waits; nothing
 * stops a call merely because Redis is away.
 *
 * @example
 * ```ts
 * const cooldown = redisCooldown(redis, { key: 'idenfy' });
 * await retry(() => createToken(request), { provider: idenfy, cooldown });
 * ```
 */
export function redisCooldown(redis: RedisClient, options: RedisCooldownOptions): Cooldown {
  const store = createStore(redis, options);
  const key = store.key('cooldown', checkKey(options.key));
  const local = createCooldown();
  return {
    async remainingMs() {
      const answer = await store.run(LEFT, key, []);
      const shared = unavailable(answer) ? 0 : answer;
      return Math.max(shared, await local.remainingMs());
    },
    async hold(ms) {
      if (typeof ms !== 'number' || !(ms > 0) || !Number.isFinite(ms)) return;
      await local.hold(ms);
      await store.run(HOLD, key, [Math.ceil(ms)]);
    },
  };
}
