import type { KycError, KycFailure } from '@kyc-errors/core';
import { enginePlan } from '@kyc-errors/retry/engine';
import type { RetryableError, TerminalError } from '@restatedev/restate-sdk/fetch';
import { errorForPlan } from './internal/engine-error.js';

/** Options of {@link toRestateError}. */
export interface RestateErrorOptions {
  /**
   * `false` for a call that must not run twice (a Smile ID job submission, a signing): a
   * failure that may have reached the vendor (`delivery: 'uncertain'`) becomes a
   * `TerminalError` that says to check the vendor first. Default `true`.
   */
  readonly idempotent?: boolean | undefined;
  /** The clock, epoch ms, for the wait until a deferred `notBefore`. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * The error to throw to Restate for a vendor failure, following its retry advice as
 * `retry()` does (`enginePlan` of `@kyc-errors/retry/engine`):
 *
 * - not retryable (auth, validation, account, user state, a verdict, unknown), or an action
 *   only the caller can take: `TerminalError`, with the chosen fields as its metadata;
 * - an ambiguous failure (`delivery: 'uncertain'`) of a non-idempotent call: `TerminalError`
 *   whose message says to check the vendor first;
 * - retryable with a vendor wait (`Retry-After`), or deferred by a `retry()` loop until
 *   `notBefore`: `RetryableError` with `retryAfter` (milliseconds), which Restate honours
 *   in place of its retry policy's next delay;
 * - retryable without a wait: `RetryableError` without `retryAfter`: the retry policy's backoff;
 * - an expired token: `TerminalError` here (no hook to call); `restateGuard` refreshes.
 *
 * The message is `"<provider> <REASON>: <our message>"` (and, when the vendor may have acted,
 * a sentence saying to check it first): only fields this library chose, never the vendor's
 * text.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { smileId } from '@kyc-errors/smile-id';
 * import { toRestateError } from '@kyc-errors/restate';
 *
 * const error = normalize(smileId, { status: 429, headers: { 'retry-after': '30' } });
 * throw toRestateError(error); // RetryableError, retryAfter 30000
 * ```
 */
export function toRestateError(
  failure: KycError | KycFailure,
  options: RestateErrorOptions = {},
): TerminalError | RetryableError {
  const now = (options.now ?? Date.now)();
  const plan = enginePlan(failure, { idempotent: options.idempotent ?? true, now });
  return errorForPlan(plan, now);
}
