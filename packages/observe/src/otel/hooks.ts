import type { RetryEvent } from '@kyc-errors/retry';
import type { Span } from '@opentelemetry/api';
import type { KycFailureCounter } from './counter.js';
import { recordKycRetry } from './span.js';

/** Where {@link kycRetryHooks} records each retried attempt. */
export interface KycRetryHooksOptions {
  /** Also counts each retried attempt (`kyc.final: false`). */
  readonly counter?: KycFailureCounter | undefined;
}

/** The hooks {@link kycRetryHooks} makes, to spread into `retry()`'s options. */
export interface KycRetryHooks {
  /** Records the retried attempt as a span event (and on the counter). */
  readonly onRetry: (event: RetryEvent) => void;
}

/**
 * The `retry()` hooks that record each retried attempt on `span` (a `kyc.retry` event, never
 * an error status) and on the counter. `retry()` calls `onRetry` only for attempts it will
 * retry; the final failure arrives as the `KycFailure` it rejects with, for
 * `recordKycFailure` (or use `tracedRetry`, which does both).
 *
 * @example
 * ```ts
 * import { kycRetryHooks } from '@kyc-errors/observe/otel';
 *
 * await retry(op, { provider: smileId, ...kycRetryHooks(span, { counter }) });
 * ```
 */
export function kycRetryHooks(span: Span, options: KycRetryHooksOptions = {}): KycRetryHooks {
  const { counter } = options;
  return {
    onRetry(event) {
      recordKycRetry(span, event);
      counter?.record(event.error, false);
    },
  };
}
