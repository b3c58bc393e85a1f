import { afterMsOf, type BackoffSettings, backoffDelay, retryDelay } from '@kyc-errors/retry';
import { backoffSettings } from '@kyc-errors/retry/engine';
import type { BackoffStrategy } from 'bullmq';
import { recall } from './failure.js';

/**
 * The backoff type to put on jobs (`backoff: { type: KYC_BACKOFF }`) so that BullMQ asks
 * {@link kycBackoffStrategy} how long to wait before each retry.
 */
export const KYC_BACKOFF = 'kyc-errors';

/** Options of {@link kycBackoffStrategy}; each defaults to `retry()`'s. */
export interface KycBackoffOptions extends Partial<BackoffSettings> {
  /** The strategy for other custom backoff types of the same worker. */
  readonly otherwise?: BackoffStrategy;
}

/**
 * A worker's `settings.backoffStrategy` that reads the advice, as `retry()` waits: after
 * failed attempt *n*, full jitter up to `min(maxDelayMs, base * 2^(n-1))`, from the throttling
 * base (1 s) when the advice is `wait`, raised to the vendor's `Retry-After`; after a
 * credentials refresh only the `Retry-After`, if any. An error not thrown by a
 * {@link kycProcessor} backs off as a transient failure.
 *
 * @example
 * ```ts
 * const worker = new Worker('kyc', processor, {
 *   connection,
 *   settings: { backoffStrategy: kycBackoffStrategy() },
 * });
 * await queue.add('submit', data, { attempts: 3, backoff: { type: KYC_BACKOFF } });
 * ```
 */
export function kycBackoffStrategy(options: KycBackoffOptions = {}): BackoffStrategy {
  const settings = backoffSettings(options);
  const { otherwise } = options;
  return (attemptsMade, type, err, job) => {
    if (type !== KYC_BACKOFF && otherwise !== undefined) {
      return otherwise(attemptsMade, type, err, job);
    }
    const handed = recall(err);
    if (handed === undefined) {
      return backoffDelay(attemptsMade, settings.baseDelayMs, settings.maxDelayMs, settings.random);
    }
    if (handed.refreshed) return afterMsOf(handed.error) ?? 0;
    return retryDelay(handed.error, attemptsMade, settings);
  };
}

/**
 * A duration option: a finite number from 0, or the default. A bad one is a bug in the
 * caller's code, so it throws at once rather than becoming a job failure.
 */
export function millis(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`@kyc-errors/bullmq: ${name} must be a finite number >= 0`);
  }
  return value;
}
