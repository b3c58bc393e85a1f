import { type KycError, normalizeThrown, type Provider } from '@kyc-errors/core';
import type { BackoffSettings } from '@kyc-errors/retry';
import { backoffSettings, enginePlan, loopFailureOf, refreshOnce } from '@kyc-errors/retry/engine';
import { Context } from '@temporalio/activity';
import { CancelledFailure, TemporalFailure } from '@temporalio/common';
import { applicationFailureOf } from './failure.js';

/** Called once for an expired token, before Temporal retries the activity. */
export type RefreshActivityCredentials = (
  error: KycError,
  context: { readonly signal: AbortSignal },
) => unknown;

/** Options of {@link kycActivity}. */
export interface KycActivityOptions extends Partial<BackoffSettings> {
  /** The vendor's provider: turns whatever the activity throws into a `KycError`. */
  readonly provider: Provider;
  /**
   * `false` for a call that must not run twice (a Smile ID job submission, a signature): a
   * failure that may have reached the vendor is not retried, and says to check the vendor
   * first. Default `true`.
   */
  readonly idempotent?: boolean;
  /**
   * Gets a new access token. Called for an expired token, then Temporal retries the
   * activity; without it an expired token is not retried. See the README for why Temporal
   * bounds it by `maximumAttempts` rather than by "once".
   */
  readonly refreshCredentials?: RefreshActivityCredentials;
  /** The clock, epoch ms. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * Wraps an activity so that whatever it throws reaches Temporal as what the vendor's answer
 * means ({@link toApplicationFailure}): the reason as the failure's type, non-retryable when
 * no retry can help, `nextRetryDelay` from `Retry-After`, an expired token refreshed first.
 * Only the failure's safe fields leave the activity, so neither the server, the workflow nor
 * the worker's own "Activity failed" log line sees the vendor's body or the client's request.
 * Temporal's own failures (an `ApplicationFailure` you throw, a cancellation) pass through.
 *
 * @example
 * ```ts
 * export const activities = {
 *   submitJob: kycActivity((job: SmileJob) => bodyOrThrow(smileId, fetch(url, init(job))), {
 *     provider: smileId,
 *     idempotent: false,
 *   }),
 * };
 * ```
 */
export function kycActivity<A extends unknown[], R>(
  activity: (...args: A) => Promise<R>,
  options: KycActivityOptions,
): (...args: A) => Promise<R> {
  if (typeof options?.provider?.id !== 'string') {
    throw new TypeError('@kyc-errors/temporal: kycActivity needs a provider');
  }
  const { provider, refreshCredentials } = options;
  // A bad backoff number is a bug in the caller's code: say so now, not at the first failure.
  backoffSettings(options);
  return async (...args: A): Promise<R> => {
    try {
      return await activity(...args);
    } catch (thrown) {
      if (thrown instanceof TemporalFailure) throw thrown;
      const context = Context.current();
      if (context.cancellationSignal.aborted) {
        // Cancelled: Temporal reports a cancellation from a CancelledFailure, and whatever
        // the client threw on the abort (axios keeps the request on it) stays here.
        throw new CancelledFailure(`${provider.id} REQUEST_ABORTED`);
      }
      const now = options.now ?? Date.now;
      const at = now();
      const planned = enginePlan(loopFailureOf(thrown) ?? normalizeThrown(provider, thrown), {
        idempotent: options.idempotent ?? true,
        now: at,
      });
      const { plan, refreshed } = await refreshOnce(planned, {
        provider,
        refreshCredentials:
          refreshCredentials &&
          ((error) => refreshCredentials(error, { signal: context.cancellationSignal })),
        now,
      });
      throw applicationFailureOf(plan, at, {
        ...options,
        attempt: context.info.attempt,
        refreshed,
      });
    }
  };
}
