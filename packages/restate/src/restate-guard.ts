import type { KycError, Provider } from '@kyc-errors/core';
import { caughtError } from '@kyc-errors/core/provider-kit';
import { enginePlan, loopFailureOf, refreshOnce } from '@kyc-errors/retry/engine';
import { RestateError } from '@restatedev/restate-sdk/fetch';
import { errorForPlan } from './internal/engine-error.js';
import type { RestateErrorOptions } from './to-restate-error.js';

/** Options of {@link restateGuard}. */
export interface RestateGuardOptions extends RestateErrorOptions {
  /** The vendor's provider: classifies whatever the operation throws. */
  readonly provider: Provider;
  /**
   * Gets fresh credentials after an expired-token failure (advice `refresh-credentials`).
   * Called once for that failure, then the attempt is retried after the retry policy's next
   * delay (or the vendor's `Retry-After`). Without it, an expired token is terminal, as
   * `retry()` stops without its hook. If it throws, the failure is terminal, with the hook's
   * own failure.
   */
  readonly refreshCredentials?: ((error: KycError) => unknown) | undefined;
}

/**
 * Wraps a vendor call for `ctx.run` (or a handler body): what the call throws is classified
 * by the provider and thrown again as the error Restate should act on (see
 * {@link toRestateError}); an expired token calls `refreshCredentials` once, then the attempt
 * is retried. A `KycFailure` from `retry()` or `bodyOrThrow` is taken as it is: a `retry()`
 * that deferred is retried at its `notBefore`. An error of the Restate SDK the call throws
 * itself (`TerminalError`, `RetryableError`, a suspension) passes through unchanged. Nothing
 * the client threw reaches Restate.
 *
 * @example
 * ```ts
 * import { bodyOrThrow } from '@kyc-errors/core';
 * import { restateGuard } from '@kyc-errors/restate';
 * import { smileId } from '@kyc-errors/smile-id';
 *
 * const job = await ctx.run(
 *   'submit-smile-id-job',
 *   restateGuard(() => bodyOrThrow(smileId, fetch(submitUrl, init)), {
 *     provider: smileId,
 *     idempotent: false, // a resubmitted job_id is answered with 2215
 *   }),
 * );
 * ```
 */
export function restateGuard<T>(
  operation: () => T | PromiseLike<T>,
  options: RestateGuardOptions,
): () => Promise<T> {
  return async () => {
    try {
      return await operation();
    } catch (thrown) {
      throw await restateErrorOf(thrown, options);
    }
  };
}

async function restateErrorOf(thrown: unknown, options: RestateGuardOptions): Promise<Error> {
  // The caller's own instructions to Restate (an inner guard's, too), and the SDK's own
  // signals (a suspension, a closed invocation), which must reach it as they are.
  if (thrown instanceof RestateError) return thrown;
  const { provider, refreshCredentials } = options;
  const clock = options.now ?? Date.now;
  const error = loopFailureOf(thrown) ?? (await caughtError(provider, thrown, { now: clock }));
  const now = clock();
  const planned = enginePlan(error, { idempotent: options.idempotent ?? true, now });
  const { plan, refreshed } = await refreshOnce(planned, {
    provider,
    refreshCredentials,
    now: clock,
  });
  return errorForPlan(plan, now, refreshed);
}
