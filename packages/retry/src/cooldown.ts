import type { KycError } from '@kyc-errors/core';
import { afterMsOf } from './backoff.js';

/**
 * A cool-down shared by every call to one vendor (one key): when any call is throttled with
 * a known wait (`Retry-After`, or a wait the vendor documents), no call starts another
 * attempt until that wait is over. Without it, each of a hundred workers finds out about the
 * throttling by being throttled itself.
 *
 * The in-memory form is {@link createCooldown} (one process); `redisCooldown` from
 * `@kyc-errors/redis` shares it between processes. Times are relative (ms from now), so
 * processes on hosts with different clocks agree. `retry()` awaits whatever these return.
 */
export interface Cooldown {
  /** How long, in ms from now, no attempt may start; `0` when there is no cool-down. */
  remainingMs(): number | PromiseLike<number>;
  /**
   * Starts (or lengthens) a cool-down of `ms` from now. A shorter one never cuts a longer
   * one short: the vendor's latest word is a floor, not a replacement.
   */
  hold(ms: number): void | PromiseLike<void>;
}

/** How {@link createCooldown} reads time. */
export interface CooldownOptions {
  /** The clock, in epoch ms. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * The in-memory {@link Cooldown}, for one process: share one per vendor between calls.
 *
 * @example
 * ```ts
 * const smileIdCooldown = createCooldown();
 * await retry(() => submit(job), { provider: smileId, cooldown: smileIdCooldown });
 * ```
 */
export function createCooldown(options: CooldownOptions = {}): Cooldown {
  const now = options.now ?? Date.now;
  let until = 0;
  return {
    remainingMs: () => Math.max(0, until - now()),
    hold(ms) {
      if (typeof ms === 'number' && ms > 0 && Number.isFinite(ms)) {
        until = Math.max(until, now() + Math.ceil(ms));
      }
    },
  };
}

/**
 * The wait a failure asks every caller of the vendor to observe, when it is throttling with
 * a known wait (advice `wait` and a `Retry-After` or documented wait): the time `retry()`
 * puts on the shared cool-down. Other failures (a 503, even with `Retry-After`) concern the
 * attempt that got them, not the fleet.
 *
 * @example
 * ```ts
 * coolingOf(normalize(idenfy, { status: 429, headers: { 'retry-after': '30' } })); // 30000
 * ```
 */
export function coolingOf(error: KycError): number | undefined {
  if (error.retry.action !== 'wait' && error.category !== 'rate-limit') return undefined;
  const afterMs = afterMsOf(error);
  return afterMs !== undefined && afterMs > 0 ? afterMs : undefined;
}
