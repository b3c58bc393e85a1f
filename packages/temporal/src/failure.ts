import { isKycError, isKycFailure, type KycError, type KycFailure } from '@kyc-errors/core';
import {
  afterMsOf,
  type BackoffSettings,
  checkStatusFirst,
  DEFAULT_BASE_DELAY_MS,
  DEFAULT_MAX_DELAY_MS,
  DEFAULT_RATE_LIMIT_BASE_DELAY_MS,
  retryDelay,
} from '@kyc-errors/retry';
import { ApplicationFailure } from '@temporalio/common';
import { CARRIED, failureMessage, neverRetried } from './advice.js';
import { detailsOf } from './details.js';

/** Options of {@link toApplicationFailure}. */
export interface ToFailureOptions extends Partial<BackoffSettings> {
  /**
   * `false` for a call that must not run twice: a failure that may have reached the vendor
   * becomes non-retryable, with check-status advice. Default `true`.
   */
  readonly idempotent?: boolean;
  /**
   * `true` once the caller has refreshed the credentials: an expired token is then retried.
   * Without it an expired token is not retryable, as in `retry()` without a refresh hook.
   */
  readonly refreshed?: boolean;
  /**
   * The activity attempt that failed (`Context.current().info.attempt`). With it, the next
   * retry waits as `retry()` would: throttling backs off from its own 1 s base, and a
   * `Retry-After` raises the wait. Without it, only the vendor's `Retry-After` sets a delay.
   */
  readonly attempt?: number;
  /** The clock for a deferral's `notBefore`, epoch ms. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * The `ApplicationFailure` that says to Temporal what a vendor failure means: `type` is the
 * reason (what `nonRetryableErrorTypes` match), `nonRetryable` follows the advice,
 * `nextRetryDelay` honours `Retry-After` (or a deferral's `notBefore`), `message` is
 * `"<provider> <REASON>"` and the one detail is {@link KycFailureDetails}. Nothing the vendor
 * wrote goes in.
 *
 * @example
 * ```ts
 * try {
 *   return await bodyOrThrow(smileId, fetch(url, init));
 * } catch (e) {
 *   throw toApplicationFailure(normalizeThrown(smileId, e), { idempotent: false });
 * }
 * ```
 */
export function toApplicationFailure(
  failure: KycError | KycFailure,
  options: ToFailureOptions = {},
): ApplicationFailure {
  const thrown = isFailure(failure) ? failure : undefined;
  let error = thrown === undefined ? (failure as KycError) : thrown.error;
  if (
    options.idempotent === false &&
    error.retry.retryable &&
    error.delivery === 'uncertain' &&
    CARRIED[error.retry.action] !== 'stop'
  ) {
    error = checkStatusFirst(error);
  }
  const nonRetryable =
    neverRetried(error) ||
    (CARRIED[error.retry.action] === 'refresh' && options.refreshed !== true);
  const notBefore = thrown?.stoppedBecause === 'deferred' ? thrown.notBefore : undefined;
  const delay = nonRetryable ? undefined : nextDelay(error, notBefore, options);
  return ApplicationFailure.create({
    message: failureMessage(error),
    type: error.reason,
    nonRetryable,
    details: [
      detailsOf(error, {
        ...(thrown?.stoppedBecause === undefined ? {} : { stoppedBecause: thrown.stoppedBecause }),
        ...(notBefore === undefined ? {} : { notBefore }),
      }),
    ],
    ...(delay === undefined ? {} : { nextRetryDelay: delay }),
  });
}

/** The delay Temporal should wait before the next attempt, when the advice names one. */
function nextDelay(
  error: KycError,
  notBefore: number | undefined,
  options: ToFailureOptions,
): number | undefined {
  if (notBefore !== undefined) {
    return Math.max(1, Math.ceil(notBefore - (options.now ?? Date.now)()));
  }
  const afterMs = afterMsOf(error);
  // After a refresh, retry() waits only for Retry-After; so does Temporal's retry.
  if (CARRIED[error.retry.action] === 'refresh') return afterMs;
  const { attempt } = options;
  if (attempt === undefined || !(attempt >= 1)) return afterMs;
  // Throttling without Retry-After backs off from its own base; a transient failure without
  // one is left to the policy's own interval.
  if (afterMs === undefined && error.retry.action !== 'wait') return undefined;
  return Math.max(1, retryDelay(error, attempt, settings(options)));
}

function settings(options: Partial<BackoffSettings>): BackoffSettings {
  return {
    baseDelayMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS,
    rateLimitBaseDelayMs: options.rateLimitBaseDelayMs ?? DEFAULT_RATE_LIMIT_BASE_DELAY_MS,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS,
    random: options.random ?? Math.random,
  };
}

/**
 * A `KycFailure`, and not a `KycError`: core's `isKycFailure` recognises anything core made
 * (its brand is shared by both), so a `KycError` passes it too.
 */
export function isFailure(value: unknown): value is KycFailure {
  return isKycFailure(value) && isKycError((value as { error?: unknown }).error);
}
