import type { KycError, Provider } from '@kyc-errors/core';
import { caughtError } from '@kyc-errors/core/provider-kit';
import { enginePlan, loopFailureOf, refreshOnce } from '@kyc-errors/retry/engine';
import { NonRetriableError, RetryAfterError } from 'inngest';
import { errorForPlan } from './internal/engine-error.js';
import type { InngestErrorOptions } from './to-inngest-error.js';

/** Options of {@link inngestGuard}. */
export interface InngestGuardOptions extends InngestErrorOptions {
  /** The vendor's provider: classifies whatever the operation throws. */
  readonly provider: Provider;
  /**
   * Gets fresh credentials after an expired-token failure (advice `refresh-credentials`).
   * Called once for that failure, then the step is retried. Without it, an expired token
   * fails the step (`NonRetriableError`), as `retry()` stops without its hook. If it throws,
   * the step fails with the hook's own failure, classified by the provider.
   */
  readonly refreshCredentials?: ((error: KycError) => unknown) | undefined;
}

/**
 * Wraps a vendor call for `step.run` (or a function body): what the call throws is
 * classified by the provider and thrown again as the error Inngest should act on (see
 * {@link toInngestError}); an expired token calls `refreshCredentials` once, then the step is
 * retried after a second (or the vendor's `Retry-After`). A `KycFailure` from `retry()` or
 * `bodyOrThrow` is taken as it is: a `retry()` that deferred reschedules the step to its
 * `notBefore`. A `NonRetriableError` or `RetryAfterError` the call throws itself passes
 * through unchanged. Nothing the client threw reaches Inngest.
 *
 * @example
 * ```ts
 * import { bodyOrThrow } from '@kyc-errors/core';
 * import { inngestGuard } from '@kyc-errors/inngest';
 * import { smileId } from '@kyc-errors/smile-id';
 *
 * const job = await step.run(
 *   'submit-smile-id-job',
 *   inngestGuard(() => bodyOrThrow(smileId, fetch(submitUrl, init)), {
 *     provider: smileId,
 *     idempotent: false, // a resubmitted job_id is answered with 2215
 *   }),
 * );
 * ```
 */
export function inngestGuard<T>(
  operation: () => T | PromiseLike<T>,
  options: InngestGuardOptions,
): () => Promise<T> {
  return async () => {
    try {
      return await operation();
    } catch (thrown) {
      throw await inngestErrorOf(thrown, options);
    }
  };
}

async function inngestErrorOf(thrown: unknown, options: InngestGuardOptions): Promise<Error> {
  // The caller's own instructions to Inngest (an inner guard's, too).
  if (thrown instanceof NonRetriableError || thrown instanceof RetryAfterError) return thrown;
  const { provider, refreshCredentials } = options;
  const now = options.now ?? Date.now;
  const planned = enginePlan(
    loopFailureOf(thrown) ?? (await caughtError(provider, thrown, { now })),
    { idempotent: options.idempotent ?? true, now: now() },
  );
  const { plan, refreshed } = await refreshOnce(planned, { provider, refreshCredentials, now });
  return errorForPlan(plan, refreshed);
}
