import type { KycError, KycFailure } from '@kyc-errors/core';
import { type BackoffSettings, retryDelay } from '@kyc-errors/retry';
import {
  backoffSettings,
  type EnginePlan,
  enginePlan,
  safeDetails,
  safeMessage,
} from '@kyc-errors/retry/engine';
import { ApplicationFailure } from '@temporalio/common';
import { match } from 'ts-pattern';

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
 * `"<provider> <REASON>: <our message>"` (and, when the vendor may have acted, a sentence
 * saying to check it first) and the one detail is `KycFailureDetails`. Nothing the
 * vendor wrote goes in.
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
  const now = (options.now ?? Date.now)();
  const plan = enginePlan(failure, { idempotent: options.idempotent ?? true, now });
  return applicationFailureOf(plan, now, options);
}

/** What Temporal is told to do: never retry, or retry after `delay` (its interval if none). */
interface Verdict {
  readonly nonRetryable: boolean;
  readonly delay?: number | undefined;
}

const NEVER: Verdict = { nonRetryable: true };

/** The `ApplicationFailure` of a plan made at `now` (epoch ms). */
export function applicationFailureOf(
  plan: EnginePlan,
  now: number,
  options: ToFailureOptions,
): ApplicationFailure {
  const { error } = plan;
  const verdict = match(plan)
    .returnType<Verdict>()
    .with({ kind: 'stop' }, { kind: 'check-vendor' }, () => NEVER)
    // After a refresh, retry() waits only for Retry-After; so does Temporal's retry.
    .with({ kind: 'refresh' }, ({ afterMs }) =>
      options.refreshed === true ? { nonRetryable: false, delay: afterMs } : NEVER,
    )
    .with({ kind: 'retry' }, ({ afterMs }) => ({
      nonRetryable: false,
      delay: retryDelayOf(error, afterMs, options),
    }))
    .with({ kind: 'defer' }, ({ notBefore }) => ({
      nonRetryable: false,
      delay: Math.max(1, Math.ceil(notBefore - now)),
    }))
    .exhaustive();
  return ApplicationFailure.create({
    message: safeMessage(error),
    type: error.reason,
    nonRetryable: verdict.nonRetryable,
    details: [safeDetails(error, plan.loop)],
    ...(verdict.delay === undefined ? {} : { nextRetryDelay: verdict.delay }),
  });
}

/** The delay before Temporal's next attempt of a retry, when the advice names one. */
function retryDelayOf(
  error: KycError,
  afterMs: number | undefined,
  options: ToFailureOptions,
): number | undefined {
  const { attempt } = options;
  if (attempt === undefined || !(attempt >= 1)) return afterMs;
  // Throttling without Retry-After backs off from its own base; a transient failure without
  // one is left to the policy's own interval.
  if (afterMs === undefined && error.retry.action !== 'wait') return undefined;
  return Math.max(1, retryDelay(error, attempt, backoffSettings(options)));
}
