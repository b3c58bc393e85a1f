import type { KycError } from '@kyc-errors/core';

/**
 * The first backoff step for transient failures (`action: 'backoff'`), in milliseconds.
 * The AWS SDK starts at 100 ms for calls that answer in tens of milliseconds; KYC calls
 * carry images and take seconds, so we start at twice that.
 */
export const DEFAULT_BASE_DELAY_MS = 200;

/**
 * The first backoff step for throttling without a `Retry-After` (`action: 'wait'`), in
 * milliseconds: five times the transient base, the ratio the AWS SDK uses between its
 * throttling and transient bases. A vendor that throttles is telling every client to slow
 * down, so starting as low as for a dropped connection would only earn another 429.
 */
export const DEFAULT_RATE_LIMIT_BASE_DELAY_MS = 1_000;

/**
 * The cap on a jittered backoff step, in milliseconds (the AWS SDK's 20 s). It caps our own
 * backoff only: a vendor's `Retry-After` is a floor and may ask for longer.
 */
export const DEFAULT_MAX_DELAY_MS = 20_000;

/** What {@link backoffDelay} and {@link retryDelay} need to compute a wait. */
export interface BackoffSettings {
  /** The first step for transient failures, in milliseconds. */
  readonly baseDelayMs: number;
  /** The first step for throttling without `Retry-After`, in milliseconds. */
  readonly rateLimitBaseDelayMs: number;
  /** The cap on a jittered step, in milliseconds. */
  readonly maxDelayMs: number;
  /** A uniform random number in [0, 1). */
  readonly random: () => number;
}

/**
 * Exponential backoff with full jitter (AWS' "Exponential Backoff And Jitter"): a uniform
 * draw between 0 and `min(maxDelayMs, baseDelayMs * 2^(attempt - 1))`, where `attempt` is
 * the 1-based number of the attempt that just failed. Full jitter spreads a crowd of
 * clients that failed together, so they do not all come back at the same instant.
 *
 * @example
 * ```ts
 * backoffDelay(3, 200, 20_000, () => 0.5); // 0.5 * min(20000, 200 * 4) = 400
 * ```
 */
export function backoffDelay(
  attempt: number,
  baseDelayMs: number,
  maxDelayMs: number,
  random: () => number,
): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // 2 ** 1100 is Infinity, which `min` turns back into the cap: no overflow to guard.
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** exponent);
  return Math.round(unit(random()) * ceiling);
}

/**
 * The wait before retrying after `error`, which failed attempt number `attempt`: the
 * jittered backoff (from the throttling base when the advice is `wait`), raised to the
 * vendor's `Retry-After` (`error.retry.afterMs`) when that is longer. `Retry-After` is a
 * floor, never capped: retrying sooner than the vendor said only earns another refusal.
 *
 * @example
 * ```ts
 * // A 429 with Retry-After: 30 -> never sooner than 30 s, whatever the jitter drew.
 * retryDelay(rateLimited, 1, settings); // 30000
 * ```
 */
export function retryDelay(error: KycError, attempt: number, settings: BackoffSettings): number {
  const base = error.retry.action === 'wait' ? settings.rateLimitBaseDelayMs : settings.baseDelayMs;
  const jittered = backoffDelay(attempt, base, settings.maxDelayMs, settings.random);
  const floor = afterMsOf(error);
  return floor === undefined ? jittered : Math.max(floor, jittered);
}

/**
 * The vendor's `Retry-After` in milliseconds, when the error carries a sane one (a finite
 * number from 0; anything else on a hand-made error is ignored).
 *
 * @example
 * ```ts
 * afterMsOf(normalize(smileId, { status: 503, headers: { 'retry-after': '5' } })); // 5000
 * ```
 */
export function afterMsOf(error: KycError): number | undefined {
  const afterMs: unknown = error.retry.afterMs;
  return typeof afterMs === 'number' && Number.isFinite(afterMs) && afterMs >= 0
    ? Math.ceil(afterMs)
    : undefined;
}

/** Clamps a caller's `random()` into [0, 1]; anything that is not a number counts as 1. */
function unit(value: number): number {
  if (!Number.isFinite(value)) return 1;
  return Math.min(Math.max(value, 0), 1);
}
