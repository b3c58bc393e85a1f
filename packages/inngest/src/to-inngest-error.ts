import type { KycError, KycFailure } from '@kyc-errors/core';
import { enginePlan } from '@kyc-errors/retry/engine';
import { errorForPlan } from './internal/engine-error.js';

/** Options of {@link toInngestError}. */
export interface InngestErrorOptions {
  /**
   * `false` for a call that must not run twice (a Smile ID job submission, a signing): a
   * failure that may have reached the vendor (`delivery: 'uncertain'`) becomes a
   * `NonRetriableError` that says to check the vendor first. Default `true`.
   */
  readonly idempotent?: boolean | undefined;
  /** The clock, epoch ms, for the date of an hour-scale wait. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * The error to throw to Inngest for a vendor failure, following its retry advice as
 * `retry()` does (`enginePlan` of `@kyc-errors/retry/engine`):
 *
 * - not retryable (auth, validation, account, user state, a verdict, unknown), or an action
 *   only the caller can take: `NonRetriableError`;
 * - an ambiguous failure (`delivery: 'uncertain'`) of a non-idempotent call: `NonRetriableError`
 *   whose message says to check the vendor first;
 * - retryable with a vendor wait (`Retry-After`): `RetryAfterError` after that wait (Inngest
 *   rounds it up to whole seconds); above one minute, or deferred by a `retry()` loop, at the
 *   date `notBefore`;
 * - retryable without a wait: a plain `Error`, retried with Inngest's own backoff;
 * - an expired token: `NonRetriableError` here (no hook to call); `inngestGuard` refreshes.
 *
 * The message is `"<provider> <REASON>: <our message>"` (and, when the vendor may have acted,
 * a sentence saying to check it first) and the cause a `KycCause`: only fields this
 * library chose, never the vendor's text.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { smileId } from '@kyc-errors/smile-id';
 * import { toInngestError } from '@kyc-errors/inngest';
 *
 * const error = normalize(smileId, { status: 429, headers: { 'retry-after': '30' } });
 * throw toInngestError(error); // RetryAfterError, retryAfter '30' (seconds)
 * ```
 */
export function toInngestError(
  failure: KycError | KycFailure,
  options: InngestErrorOptions = {},
): Error {
  const now = (options.now ?? Date.now)();
  const plan = enginePlan(failure, { idempotent: options.idempotent ?? true, now });
  return errorForPlan(plan);
}
