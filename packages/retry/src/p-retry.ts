import type { Provider } from '@kyc-errors/core';
import { betweenAttempts } from './internal/between.js';
import { decide, decideOnAdvice } from './internal/decide.js';
import { errorOf, knownErrorOf } from './internal/error-of.js';
import { failure } from './internal/failure.js';
import { CutOff, openScope } from './internal/scope.js';
import { resolvePolicy } from './internal/settings.js';
import type { RefreshCredentials, RetryEvent, RetryPolicyOptions } from './options.js';
import { hasAborted, type Sleep, sleep } from './sleep.js';

// p-retry is an optional peer: its types are restated here (checked against the real
// package in test/types.test-d.ts), so neither this module nor its .d.ts loads p-retry.

/** The context p-retry 7 hands `onFailedAttempt` and `shouldRetry`. */
export interface PRetryContext {
  /** What the attempt threw (p-retry wraps a non-`Error` in a `TypeError`). */
  readonly error: Error;
  /** The attempt that failed, from 1. */
  readonly attemptNumber: number;
  /** Retries p-retry still allows. */
  readonly retriesLeft: number;
}

/** The p-retry 7 options {@link pRetryOptions} fills in; pass them as they are to `pRetry`. */
export interface PRetryOptions {
  /** Retries after the first attempt: `maxAttempts - 1`. */
  readonly retries: number;
  /** `0`: the adapter does all the waiting itself, in `onFailedAttempt`. */
  readonly minTimeout: number;
  /** `0`, for the same reason. */
  readonly maxTimeout: number;
  /** `2`; without effect while the timeouts are `0`. */
  readonly factor: number;
  /** `false`: the adapter's own jitter applies, from the injectable `random()`. */
  readonly randomize: boolean;
  /** The caller's signal, when one was given. */
  readonly signal?: AbortSignal | undefined;
  /** Decides, waits (jitter and `Retry-After`), refreshes; throws a `KycFailure` to stop. */
  readonly onFailedAttempt: (context: PRetryContext) => Promise<void>;
  /** `true` for failures the advice lets a loop retry. */
  readonly shouldRetry: (context: PRetryContext) => boolean;
}

/** The policy plus the hooks p-retry has room for. */
export interface PRetryAdapterOptions extends RetryPolicyOptions {
  /** Passed on to p-retry, and stops the adapter's waits at once. */
  readonly signal?: AbortSignal | undefined;
  /** Called once after an expired-token failure, before the next attempt. */
  readonly refreshCredentials?: RefreshCredentials | undefined;
  /** Called before each wait. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /** How to wait. Default: a `setTimeout` sleep that honours `signal`. */
  readonly sleep?: Sleep | undefined;
  /** The clock (epoch ms), for `notBefore` and HTTP-date `Retry-After`. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * Options that make p-retry 7 follow a vendor's advice. p-retry's own delay is switched off
 * (`minTimeout: 0`) and `onFailedAttempt`, which p-retry awaits, does the whole decision:
 * it normalizes the failure with `provider`, and either throws a `KycFailure` (which
 * p-retry rejects with, so callers see the same `stoppedBecause` and `notBefore` as from
 * `retry()`) or waits the jittered backoff, never shorter than `Retry-After`.
 *
 * Build one per `pRetry` call: it keeps whether this call refreshed credentials (reset
 * when attempt 1 fails, so sequential reuse through `makeRetriable` works; concurrent
 * calls sharing one object share that flag). A retry budget needs a success hook, which
 * p-retry lacks; a shared cool-down and rate limit need an awaited hook before every attempt
 * (the first one in particular), which it lacks too; an overall deadline needs the adapter's
 * clock at the first attempt: all are `retry()`'s alone. p-retry itself rejects with the raw
 * value in two cases: its `maxRetryTime` running out, and a signal that had fired before
 * the call or fired during an attempt that ignored it (p-retry rethrows `signal.reason`).
 *
 * @example
 * ```ts
 * import pRetry from 'p-retry';
 * import { pRetryOptions } from '@kyc-errors/retry';
 *
 * const job = await pRetry(() => client.submitJob(request), pRetryOptions(smileId, { idempotent: false }));
 * ```
 */
export function pRetryOptions(
  provider: Provider,
  options: PRetryAdapterOptions = {},
): PRetryOptions {
  const settings = resolvePolicy(options);
  const { signal, refreshCredentials, onRetry } = options;
  const wait = options.sleep ?? sleep;
  const now = options.now ?? Date.now;
  const canRefresh = refreshCredentials !== undefined;
  const approved = new WeakSet<Error>();
  let refreshed = false;

  async function onFailedAttempt(context: PRetryContext): Promise<void> {
    const attempt = context.attemptNumber;
    if (attempt === 1) refreshed = false;
    const error = await errorOf(provider, context.error, now);
    const abortedWith = hasAborted(signal) ? error : undefined;
    // p-retry counts retries itself; the lower of the two limits wins.
    const maxAttempts = Math.min(settings.maxAttempts, attempt + context.retriesLeft);
    const at = { attempt, refreshed, canRefresh, now: now(), msLeft: Number.POSITIVE_INFINITY };
    const step = decide(error, { ...at, abortedWith }, { ...settings, maxAttempts });
    if (step.kind === 'stop') throw failure(step.error, attempt, step.reason, step.notBefore);
    if (step.refresh) refreshed = true;
    // No deadline here: the scope only follows the caller's signal, for the wait and refresh.
    const scope = openScope(signal, Number.POSITIVE_INFINITY, now);
    try {
      await betweenAttempts(step, error, attempt, {
        provider,
        sleep: wait,
        scope,
        refreshCredentials,
        onRetry,
        now,
      });
    } catch (thrown) {
      throw thrown instanceof CutOff ? failure(error, attempt, thrown.why) : thrown;
    } finally {
      scope.close();
    }
    approved.add(context.error);
  }

  function shouldRetry(context: PRetryContext): boolean {
    if (approved.has(context.error)) return true;
    // Called on its own (without onFailedAttempt): the advice alone decides.
    return decideOnAdvice(knownErrorOf(provider, context.error, now), settings).kind === 'retry';
  }

  const out: PRetryOptions = {
    retries: settings.maxAttempts - 1,
    minTimeout: 0,
    maxTimeout: 0,
    factor: 2,
    randomize: false,
    onFailedAttempt,
    shouldRetry,
  };
  return signal === undefined ? out : { ...out, signal };
}
