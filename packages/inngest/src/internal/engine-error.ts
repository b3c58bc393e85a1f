import { type EnginePlan, safeDetails, safeMessage } from '@kyc-errors/retry/engine';
import { NonRetriableError, RetryAfterError } from 'inngest';
import { match } from 'ts-pattern';

/**
 * The soonest Inngest retries after a refresh: one second, its unit (`RetryAfterError`
 * rounds milliseconds up to whole seconds), unless the vendor asked for longer.
 */
export const AFTER_REFRESH_MS = 1_000;

/**
 * The Inngest error of a plan. `refreshed`: the caller's hook has fetched new credentials, so
 * an expired token is retried; without it, it stops, as in `retry()`.
 */
export function errorForPlan(plan: EnginePlan, refreshed = false): Error {
  const message = safeMessage(plan.error);
  const options = { cause: safeDetails(plan.error, plan.loop) };
  return (
    match(plan)
      .returnType<Error>()
      .with(
        { kind: 'stop' },
        { kind: 'check-vendor' },
        () => new NonRetriableError(message, options),
      )
      .with({ kind: 'refresh' }, ({ afterMs }) =>
        refreshed
          ? new RetryAfterError(message, Math.max(afterMs ?? 0, AFTER_REFRESH_MS), options)
          : new NonRetriableError(message, options),
      )
      .with({ kind: 'retry' }, ({ afterMs }) =>
        // Without a vendor wait, Inngest's own backoff.
        afterMs === undefined
          ? new Error(message, options)
          : new RetryAfterError(message, afterMs, options),
      )
      // A date: the wait no longer depends on when Inngest reads it.
      .with(
        { kind: 'defer' },
        ({ notBefore }) => new RetryAfterError(message, new Date(notBefore), options),
      )
      .exhaustive()
  );
}
