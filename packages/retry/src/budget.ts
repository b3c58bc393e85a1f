import type { KycError } from '@kyc-errors/core';

/** How a {@link RetryBudget} is sized and what each retry costs. */
export interface RetryBudgetOptions {
  /** Tokens in a full bucket; the bucket starts full. Default `500` (the AWS SDK's). */
  readonly capacity?: number | undefined;
  /** Tokens one retry costs. Default `5`. */
  readonly retryCost?: number | undefined;
  /**
   * Tokens a retry after a timeout costs. Default `10`: a timeout held a connection for
   * the whole timeout and is the surest sign the vendor is struggling, so it drains the
   * bucket twice as fast.
   */
  readonly timeoutCost?: number | undefined;
  /** Tokens a success on the first attempt returns. Default `1`. */
  readonly successRefill?: number | undefined;
}

/**
 * A token bucket that limits retries across calls (the AWS SDK's standard retry quota):
 * every retry takes tokens, successes put some back, and an empty bucket stops retrying, so
 * an outage does not turn every caller into three callers. Share one per vendor (or per
 * vendor endpoint) by passing it to every `retry()` call. Only the executor's retries spend
 * it: a failure that is not retried costs nothing.
 *
 * The in-memory form is {@link createRetryBudget} (one process); `redisRetryBudget` from
 * `@kyc-errors/redis` is the same bucket shared by every process using one key. `retry()`
 * awaits whatever these methods return.
 */
export interface RetryBudget {
  /** What a retry after `error` costs: `timeoutCost` after a timeout, `retryCost` otherwise. */
  costOf(error: KycError): number;
  /** Takes `cost` tokens; `false` (and nothing taken) when the bucket holds fewer. */
  tryAcquire(cost: number): boolean | PromiseLike<boolean>;
  /**
   * Records a successful call. `refund` is what the retry that led to the success cost:
   * those tokens come back (a vendor that recovers earns its budget back quickly);
   * without it, a first-attempt success adds `successRefill`. Never above `capacity`.
   */
  recordSuccess(refund?: number): void | PromiseLike<void>;
}

/** The in-memory {@link RetryBudget}: synchronous, and it can say how full it is. */
export interface MemoryRetryBudget extends RetryBudget {
  /** Tokens in a full bucket. */
  readonly capacity: number;
  /** Tokens left now. */
  readonly available: number;
  /** Takes `cost` tokens; `false` (and nothing taken) when the bucket holds fewer. */
  tryAcquire(cost: number): boolean;
  /** Records a successful call (see {@link RetryBudget.recordSuccess}). */
  recordSuccess(refund?: number): void;
}

// Reasons core and the vendor packages use for timeouts: REQUEST_TIMEOUT, NETWORK_TIMEOUT,
// SOCKET_TIMEOUT, HEADERS_TIMEOUT, BODY_TIMEOUT, CONNECT_TIMEOUT, GATEWAY_TIMEOUT, ...
const TIMEOUT_REASON = /(?:^|_)(?:TIMEOUT|TIMED_OUT)(?:_|$)/;

/**
 * Creates a {@link RetryBudget}. Defaults follow the AWS SDK's standard strategy: 500
 * tokens, 5 per retry, 10 per retry after a timeout, 1 back per first-attempt success.
 * With the defaults a full bucket pays for 100 retries (50 after timeouts) before the
 * executor stops with `'budget-exhausted'`.
 *
 * @throws {RangeError} when a size or cost is negative or not finite, or capacity is 0.
 * @example
 * ```ts
 * const smileIdBudget = createRetryBudget(); // one per vendor, shared by every call
 * await retry(() => submitJob(job), { provider: smileId, budget: smileIdBudget });
 * ```
 */
export function createRetryBudget(options: RetryBudgetOptions = {}): MemoryRetryBudget {
  const capacity = amount('capacity', options.capacity, 500);
  if (capacity === 0) throw new RangeError('retry budget: capacity must be above 0');
  const retryCost = amount('retryCost', options.retryCost, 5);
  const timeoutCost = amount('timeoutCost', options.timeoutCost, 10);
  const successRefill = amount('successRefill', options.successRefill, 1);
  let available = capacity;
  return {
    capacity,
    get available() {
      return available;
    },
    costOf(error) {
      return typeof error.reason === 'string' && TIMEOUT_REASON.test(error.reason)
        ? timeoutCost
        : retryCost;
    },
    tryAcquire(cost) {
      if (!(cost >= 0) || cost > available) return false;
      available -= cost;
      return true;
    },
    recordSuccess(refund) {
      const back =
        typeof refund === 'number' && Number.isFinite(refund) && refund > 0
          ? refund
          : successRefill;
      available = Math.min(capacity, available + back);
    },
  };
}

function amount(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`retry budget: ${name} must be a finite number >= 0, got ${value}`);
  }
  return value;
}
