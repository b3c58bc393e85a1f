import type { KycError, Provider } from '@kyc-errors/core';
import type { RetryBudget } from './budget.js';
import type { Cooldown } from './cooldown.js';
import type { RateLimit } from './rate-limit.js';
import type { Sleep } from './sleep.js';

/**
 * The retry policy itself, shared by `retry()` and the p-retry and cockatiel adapters.
 * Every field is optional; the defaults are listed on each.
 */
export interface RetryPolicyOptions {
  /**
   * The most attempts in all, the first included (an integer from 1, or `Infinity` with a
   * deadline). Default `3`.
   */
  readonly maxAttempts?: number | undefined;
  /** The first backoff step for transient failures, in ms. Default `200`. */
  readonly baseDelayMs?: number | undefined;
  /**
   * The first backoff step when the vendor throttles without a `Retry-After`, in ms.
   * Default `1000`: five times the transient base, as throttling asks every client to slow down.
   */
  readonly rateLimitBaseDelayMs?: number | undefined;
  /** The cap on a jittered backoff step, in ms; `Retry-After` may exceed it. Default `20000`. */
  readonly maxDelayMs?: number | undefined;
  /**
   * The longest wait worth spending in this process, in ms. A longer wait (an hour-scale
   * rate limit) ends the call with `stoppedBecause: 'deferred'` and `notBefore`, so the
   * caller can requeue the work instead of holding a worker. Default `60000`.
   */
  readonly maxInProcessWaitMs?: number | undefined;
  /**
   * `false` for calls that must not run twice (a Smile ID job submission, a document
   * signing): a failure that may have reached the vendor (`delivery: 'uncertain'`) then
   * stops with `'ambiguous'` instead of being retried. Default `true`.
   */
  readonly idempotent?: boolean | undefined;
  /** A uniform random number in [0, 1), for the jitter. Default `Math.random`. */
  readonly random?: (() => number) | undefined;
}

/** What the operation is called with on each attempt. */
export interface AttemptContext {
  /** The attempt number, from 1. */
  readonly attempt: number;
  /**
   * Fires when the caller's signal aborts or the overall deadline passes: hand it to
   * `fetch` (or your client) so an attempt in flight stops too.
   */
  readonly signal: AbortSignal;
}

/** What `onRetry` is told before each wait. */
export interface RetryEvent {
  /** The number of the attempt that just failed, from 1. */
  readonly attempt: number;
  /** How long the executor will wait before the next attempt, in ms. */
  readonly delayMs: number;
  /** The failure being retried. */
  readonly error: KycError;
}

/**
 * Gets fresh credentials after an expired-token failure (advice `refresh-credentials`),
 * before the next attempt. Whatever it throws ends the call.
 */
export type RefreshCredentials = (
  error: KycError,
  context: { readonly signal: AbortSignal },
) => unknown;

/** Everything `retry()` accepts: the policy, the provider and the hooks. */
export interface RetryOptions extends RetryPolicyOptions {
  /** The vendor's provider: turns whatever the operation throws into a `KycError`. */
  readonly provider: Provider;
  /**
   * Stops the call at once, with `stoppedBecause: 'aborted'`: during an attempt, a wait or any
   * other hook, whether or not that hook honours the signal.
   */
  readonly signal?: AbortSignal | undefined;
  /**
   * The overall time budget across all attempts and waits, in ms from the start of the
   * call (read from `now()`): a hard stop that cuts off any attempt or hook still running.
   * No default: without it (or `deadline`) there is none.
   */
  readonly deadlineMs?: number | undefined;
  /** The same as an absolute time, in epoch ms from `now()`. The earlier of the two wins. */
  readonly deadline?: number | undefined;
  /**
   * A shared retry budget: `createRetryBudget()` for one process, `redisRetryBudget()` from
   * `@kyc-errors/redis` for a fleet. Default: none (no limit across calls).
   */
  readonly budget?: RetryBudget | undefined;
  /**
   * A shared cool-down: `createCooldown()` or `redisCooldown()`. Before each attempt the call
   * waits for it to end (or defers when that is beyond `maxInProcessWaitMs` or the
   * deadline); a throttling failure with a known wait starts one for every call sharing it.
   */
  readonly cooldown?: Cooldown | undefined;
  /**
   * A shared request rate limit: `createRateLimit()` or `redisRateLimit()`. Each attempt
   * takes a permit first; with none left the call waits, or defers when the wait is long.
   */
  readonly rateLimit?: RateLimit | undefined;
  /**
   * Called once, before the next attempt, after a failure whose advice is
   * `refresh-credentials` (an expired access token). At most once per call: a second
   * expired-token failure stops. Without it, such failures stop as `'not-retryable'`.
   */
  readonly refreshCredentials?: RefreshCredentials | undefined;
  /** Called before each wait. Keep it synchronous and cheap; what it throws propagates. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /**
   * How to wait. Default: a `setTimeout` sleep that honours the signal. A custom one is cut
   * off by the deadline and the abort even if it ignores the signal.
   */
  readonly sleep?: Sleep | undefined;
  /**
   * The clock, in epoch ms: deadlines, `notBefore` and HTTP-date `Retry-After` values are
   * read from it. Default `Date.now`.
   */
  readonly now?: (() => number) | undefined;
}
