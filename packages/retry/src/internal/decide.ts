import { type KycError, RETRY_ACTIONS, type RetryAction, type StopReason } from '@kyc-errors/core';
import { match } from 'ts-pattern';
import { afterMsOf, retryDelay } from '../backoff.js';
import { checkStatusFirst } from '../check-status.js';
import type { PolicySettings } from './settings.js';

/** What the executor itself can do about an advice. */
type Handling = 'backoff' | 'wait' | 'refresh' | 'stop';

/**
 * How each retry action is handled. Exhaustive on purpose: a new action in core does not
 * compile here until someone decides whether a loop may act on it.
 */
export function handlingOf(action: RetryAction): Handling {
  return (
    match(action)
      .returnType<Handling>()
      .with('backoff', () => 'backoff')
      .with('wait', () => 'wait')
      .with('refresh-credentials', () => 'refresh')
      // The earlier request may have been processed (2215, job already exists): only the
      // caller can look it up, and sending again blind risks a duplicate job.
      .with('check-status', () => 'stop')
      // The id is spent; only the caller can send again, with a new one.
      .with('new-idempotency-key', () => 'stop')
      // Nothing failed, the vendor is still deciding: a resubmission starts a second check.
      .with('wait-for-result', () => 'stop')
      // Someone must act (end user, developer, account owner, operations); waiting won't help.
      .with(
        'user-action',
        'fix-request',
        'fix-config',
        'account-action',
        'change-state',
        'investigate',
        'none',
        () => 'stop',
      )
      .exhaustive()
  );
}

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(RETRY_ACTIONS);

/** Where a loop stands when attempt number `attempt` has failed. */
export interface Moment {
  /** The number of the attempt that failed, from 1. */
  readonly attempt: number;
  /** Whether credentials were already refreshed during this call. */
  readonly refreshed: boolean;
  /** Whether the loop has a `refreshCredentials` hook to call. */
  readonly canRefresh: boolean;
  /** The clock now, in epoch ms (for `notBefore`). */
  readonly now: number;
  /** The ms left before the overall deadline: `Infinity` for none, `0` once it passed. */
  readonly msLeft: number;
  /**
   * Set once the caller's signal has fired: the failure to report. Usually the attempt's
   * own; a loop that knows the attempt failed only with the abort's echo passes the failure
   * before it, which says more.
   */
  readonly abortedWith?: KycError | undefined;
}

/** Stop, and why; with `deferred`, the earliest time to try again. */
export interface Stop {
  readonly kind: 'stop';
  readonly reason: StopReason;
  readonly error: KycError;
  readonly notBefore?: number;
}

/** Retry after `delayMs`, refreshing credentials first when `refresh` is set. */
export interface Go {
  readonly kind: 'retry';
  readonly delayMs: number;
  readonly refresh: boolean;
}

const stop = (reason: StopReason, error: KycError): Stop => ({ kind: 'stop', reason, error });

const deferred = (error: KycError, notBefore: number): Stop => ({
  ...stop('deferred', error),
  notBefore,
});

/**
 * The one decision after a failed attempt, shared by `retry()` and both adapters: stop (and
 * why), or retry after how long. Checked in this order: the caller's abort, the advice, the
 * attempt count, then the wait against `maxInProcessWaitMs` and the time left.
 *
 * A wait that would pass the deadline ends as `deferred` when the vendor's `Retry-After`
 * alone passes it (the vendor named a time: requeue for then), and as `deadline` when our
 * own backoff does (nobody asked for that wait; the caller's time is simply up).
 */
export function decide(error: KycError, at: Moment, settings: PolicySettings): Stop | Go {
  if (at.abortedWith !== undefined) {
    // An attempt cut off in flight may still have reached the vendor.
    const mayHaveLanded = !settings.idempotent && error.delivery === 'uncertain';
    return stop('aborted', mayHaveLanded ? checkStatusFirst(at.abortedWith) : at.abortedWith);
  }
  const admitted = admit(error, at, settings);
  if (admitted.kind === 'stop') return admitted;
  if (at.attempt >= settings.maxAttempts) return stop('attempts-exhausted', error);
  const floor = afterMsOf(error);
  // An expired token is not an outage: retry as soon as the new token is in hand.
  const delayMs = admitted.refresh ? (floor ?? 0) : retryDelay(error, at.attempt, settings);
  if (delayMs > settings.maxInProcessWaitMs) return deferred(error, at.now + delayMs);
  if (delayMs >= at.msLeft) {
    return floor !== undefined && floor >= at.msLeft
      ? deferred(error, at.now + delayMs)
      : stop('deadline', error);
  }
  return { kind: 'retry', delayMs, refresh: admitted.refresh };
}

/**
 * {@link decide} for a library that keeps its own count and clock (cockatiel's filter and
 * its final answer, p-retry's `shouldRetry` used on its own): no attempt limit, no deadline,
 * no refresh hook, and the wait judged on the vendor's `Retry-After` alone, since the
 * jitter is drawn once, by the backoff, and a filter must not consume a draw.
 */
export function decideOnAdvice(
  error: KycError,
  settings: PolicySettings,
  now = 0,
  abortedWith?: KycError,
): Stop | Go {
  const at = { attempt: 1, refreshed: false, canRefresh: false, now, msLeft: Infinity };
  const alone = { ...settings, maxAttempts: Number.POSITIVE_INFINITY, random: noJitter };
  return decide(error, { ...at, abortedWith }, alone);
}

const noJitter = (): number => 0;

/**
 * Whether the advice lets a loop send this request again at all, whatever the attempt
 * count or the clock. Returns the stop, or whether the retry needs a credentials refresh.
 */
function admit(
  error: KycError,
  at: Moment,
  settings: PolicySettings,
): Stop | { readonly kind: 'admit'; readonly refresh: boolean } {
  if (error.retry.retryable !== true) return stop('not-retryable', error);
  const action: string = error.retry.action;
  // A hand-made KycError (thrown inside a KycFailure) may carry an action this version
  // does not know; never guess that it is safe to repeat.
  if (!KNOWN_ACTIONS.has(action)) return stop('not-retryable', error);
  const handling = handlingOf(action as RetryAction);
  if (handling === 'stop') return stop('not-retryable', error);
  // One refresh per call: a token that expires again at once means the refresh is broken.
  if (handling === 'refresh' && (!at.canRefresh || at.refreshed)) {
    return stop('not-retryable', error);
  }
  // Only proof that the vendor did not act lets a non-idempotent call go again.
  if (!settings.idempotent && error.delivery !== 'not-sent' && error.delivery !== 'rejected') {
    return stop('ambiguous', checkStatusFirst(error));
  }
  return { kind: 'admit', refresh: handling === 'refresh' };
}
