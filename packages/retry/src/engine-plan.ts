import { isKycError, isKycFailure, type KycError, type KycFailure } from '@kyc-errors/core';
import { match } from 'ts-pattern';
import { afterMsOf } from './backoff.js';
import { decide, type Stop } from './internal/decide.js';
import { resolvePolicy } from './internal/settings.js';

/**
 * Why an engine should fail a job for good:
 *
 * - `advice`: the advice does not allow another attempt (not retryable, an action only a
 *   person or the caller can take, or an action this version does not know).
 * - `refreshed`: an expired token again, although the credentials were refreshed for this
 *   job already: the refresh did not help (`retry()` stops there too).
 * - `refresh-failed`: the refresh hook threw; the stop carries the hook's own failure
 *   (`refreshOnce`), as `retry()` stops with it.
 */
export type EngineStopWhy = 'advice' | 'refreshed' | 'refresh-failed';

/** What every {@link EnginePlan} carries, whatever its kind. */
export interface EnginePlanBase {
  /** The failure to report: for `check-vendor`, with `check-status` advice. */
  readonly error: KycError;
  /** The `retry()` loop inside the job that gave up on it, if one did (for `safeDetails`). */
  readonly loop?: KycFailure;
}

/**
 * What a job or workflow engine should do with one failed attempt, decided from the advice
 * as `retry()` decides. Every kind carries `error`, the failure to report, and `loop`, the
 * `retry()` loop's failure it came from, if any.
 *
 * - `stop`: the engine's non-retryable failure.
 * - `check-vendor`: also non-retryable, but the vendor may have acted on the request: look it
 *   up (a Smile ID job status) before sending anything again.
 * - `refresh`: call the refresh hook once (`refreshOnce`), then retry no sooner than
 *   `afterMs` when set; without a hook, stop.
 * - `retry`: let the engine retry, no sooner than `afterMs` when the vendor named a wait.
 * - `defer`: retry at `notBefore` (epoch ms): a wait longer than `maxWaitMs`, or a `retry()`
 *   loop inside the job that deferred. Where the engine can, without spending an attempt.
 */
export type EnginePlan =
  | (EnginePlanBase & { readonly kind: 'stop'; readonly why: EngineStopWhy })
  | (EnginePlanBase & { readonly kind: 'check-vendor' })
  | (EnginePlanBase & { readonly kind: 'refresh'; readonly afterMs?: number })
  | (EnginePlanBase & { readonly kind: 'retry'; readonly afterMs?: number })
  | (EnginePlanBase & { readonly kind: 'defer'; readonly notBefore: number });

/** What {@link enginePlan} decides from besides the failure. */
export interface EnginePlanOptions {
  /**
   * `false` for a call that must not run twice (a job submission, a signature): a failure
   * that may have reached the vendor is `check-vendor`, never retried.
   */
  readonly idempotent: boolean;
  /**
   * `true` when the credentials were already refreshed for this job (an engine that can
   * tell): an expired token is then a `stop`, as `retry()` refreshes once per call.
   */
  readonly refreshed?: boolean;
  /** The clock, epoch ms, for a deferral's `notBefore`. Default `Date.now()`. */
  readonly now?: number;
  /**
   * A vendor wait longer than this is a `defer` to a date rather than a `retry` after a
   * delay. Default one minute, `retry()`'s `maxInProcessWaitMs`.
   */
  readonly maxWaitMs?: number;
}

/**
 * The one decision every engine adapter makes about a failure: `retry()`'s own (the same
 * order, the same table of actions), without an attempt limit or a deadline, which are the
 * engine's. A `KycFailure` from a `retry()` loop inside the job is read as the loop left it:
 * a `deferred` stop is a `defer` to its `notBefore`, an `ambiguous` one a `check-vendor`.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { enginePlan } from '@kyc-errors/retry/engine';
 * import { smileId } from '@kyc-errors/smile-id';
 *
 * const throttled = normalize(smileId, { status: 429, headers: { 'retry-after': '30' } });
 * enginePlan(throttled, { idempotent: false }); // { kind: 'retry', afterMs: 30000, error }
 * ```
 */
export function enginePlan(failure: KycError | KycFailure, options: EnginePlanOptions): EnginePlan {
  const loop = loopFailureOf(failure);
  const error = loop === undefined ? (failure as KycError) : loop.error;
  const from = loop === undefined ? {} : { loop };
  // The loop already sat through what it could and named the time: keep it.
  if (loop?.stoppedBecause === 'deferred' && isTime(loop.notBefore)) {
    return { kind: 'defer', error, notBefore: loop.notBefore, ...from };
  }
  const refreshed = options.refreshed === true;
  const now = options.now ?? Date.now();
  const decided = decide(
    error,
    { attempt: 1, refreshed, canRefresh: true, now, msLeft: Number.POSITIVE_INFINITY },
    resolvePolicy({
      idempotent: options.idempotent,
      maxAttempts: Number.POSITIVE_INFINITY,
      ...(options.maxWaitMs === undefined ? {} : { maxInProcessWaitMs: options.maxWaitMs }),
      // No jitter: the wait here is the vendor's alone; the engine draws its own backoff.
      random: noJitter,
    }),
  );
  if (decided.kind === 'retry') {
    const afterMs = afterMsOf(error);
    const wait = afterMs === undefined ? {} : { afterMs };
    return decided.refresh
      ? { kind: 'refresh', error, ...wait, ...from }
      : { kind: 'retry', error, ...wait, ...from };
  }
  return planOfStop(decided, refreshed, from);
}

const noJitter = (): number => 0;

/**
 * `thrown` when it is a `KycFailure` this library made around a real `KycError` (a `retry()`
 * loop's stop, `bodyOrThrow`'s failure), to plan with and to report its stop in
 * `safeDetails`; `undefined` for anything else, which the adapter classifies.
 *
 * @example
 * ```ts
 * const loop = loopFailureOf(thrown);
 * const plan = enginePlan(loop ?? (await caughtError(provider, thrown)), { idempotent });
 * ```
 */
export function loopFailureOf(thrown: unknown): KycFailure | undefined {
  return isKycFailure(thrown) && isKycError(thrown.error) ? thrown : undefined;
}

function planOfStop(
  stop: Stop,
  refreshed: boolean,
  from: Pick<EnginePlanBase, 'loop'>,
): EnginePlan {
  const planned = { error: stop.error, ...from };
  const { action } = stop.error.retry;
  return (
    match(stop.reason)
      .returnType<EnginePlan>()
      .with('ambiguous', () => ({ kind: 'check-vendor', ...planned }))
      .with('deferred', () => ({ kind: 'defer', notBefore: stop.notBefore ?? 0, ...planned }))
      .with('not-retryable', () =>
        // Smile ID 2215, or a loop inside the job that stopped as ambiguous: the earlier
        // request may have landed, which is what the engine's failure must say.
        action === 'check-status'
          ? { kind: 'check-vendor', ...planned }
          : {
              kind: 'stop',
              why: refreshed && action === 'refresh-credentials' ? 'refreshed' : 'advice',
              ...planned,
            },
      )
      // Not reached: the engine keeps the attempt count, the deadline and the abort.
      .with('attempts-exhausted', 'budget-exhausted', 'deadline', 'aborted', () => ({
        kind: 'stop',
        why: 'advice',
        ...planned,
      }))
      .exhaustive()
  );
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
