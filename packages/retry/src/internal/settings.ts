import {
  type BackoffSettings,
  DEFAULT_BASE_DELAY_MS,
  DEFAULT_MAX_DELAY_MS,
  DEFAULT_RATE_LIMIT_BASE_DELAY_MS,
} from '../backoff.js';
import type { RetryPolicyOptions } from '../options.js';

/** The policy with every default filled in and every number checked. */
export interface PolicySettings {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly rateLimitBaseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxInProcessWaitMs: number;
  readonly idempotent: boolean;
  readonly random: () => number;
}

/** The longest wait the executor spends in process unless told otherwise: one minute. */
export const DEFAULT_MAX_IN_PROCESS_WAIT_MS = 60_000;

/**
 * Fills in the defaults and rejects nonsense early: a misconfigured policy is a bug in the
 * caller's code, not a vendor failure, so it throws instead of becoming a `KycFailure`.
 */
export function resolvePolicy(options: RetryPolicyOptions): PolicySettings {
  const maxAttempts = options.maxAttempts ?? 3;
  if (
    typeof maxAttempts !== 'number' ||
    !(maxAttempts >= 1) ||
    (!Number.isInteger(maxAttempts) && maxAttempts !== Number.POSITIVE_INFINITY)
  ) {
    throw new RangeError(`retry: maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  return {
    maxAttempts,
    ...backoffSettings(options),
    maxInProcessWaitMs: millis(
      'maxInProcessWaitMs',
      options.maxInProcessWaitMs,
      DEFAULT_MAX_IN_PROCESS_WAIT_MS,
      true,
    ),
    idempotent: options.idempotent ?? true,
  };
}

/** A duration option: a number >= 0; `Infinity` only where it means "no limit". */
export function millis(
  name: string,
  value: number | undefined,
  fallback: number,
  infinite = false,
): number {
  if (value === undefined) return fallback;
  if (
    typeof value !== 'number' ||
    !(value >= 0) ||
    (!infinite && value === Number.POSITIVE_INFINITY)
  ) {
    throw new RangeError(`retry: ${name} must be a number of ms >= 0, got ${value}`);
  }
  return value;
}

/**
 * `retry()`'s backoff numbers with its defaults filled in, each checked as `retry()` checks
 * them: for an engine adapter that computes a wait itself (BullMQ's backoff strategy, the next
 * retry delay of a Temporal activity).
 *
 * @example
 * ```ts
 * const settings = backoffSettings({ baseDelayMs: 500 });
 * retryDelay(error, attempt, settings);
 * ```
 */
export function backoffSettings(
  options: {
    readonly [K in keyof BackoffSettings]?: BackoffSettings[K] | undefined;
  },
): BackoffSettings {
  const random = options.random ?? Math.random;
  if (typeof random !== 'function') throw new TypeError('retry: random must be a function');
  return {
    baseDelayMs: millis('baseDelayMs', options.baseDelayMs, DEFAULT_BASE_DELAY_MS),
    rateLimitBaseDelayMs: millis(
      'rateLimitBaseDelayMs',
      options.rateLimitBaseDelayMs,
      DEFAULT_RATE_LIMIT_BASE_DELAY_MS,
    ),
    maxDelayMs: millis('maxDelayMs', options.maxDelayMs, DEFAULT_MAX_DELAY_MS),
    random,
  };
}
