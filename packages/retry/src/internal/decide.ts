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

/** Where a loop stands after attempt number `attempt` failed. */
export interface AttemptState {
  /** The number of the attempt that failed, from 1. */
  readonly attempt: number;
  /** Whether credentials were already refreshed during this call. */
  readonly refreshed: boolean;
  /** The clock now, in epoch ms. */
  readonly now: number;
  /** When the overall deadline passes, in epoch ms (`Infinity` for none). */
  readonly deadlineAt: number;
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

/**
 * Whether the advice lets a loop send this request again at all, whatever the attempt
 * count or the clock: the part of the decision the cockatiel filter can make on its own.
 * Returns the stop, or whether the retry needs a credentials refresh first.
 */
export function admit(
  error: KycError,
  refreshed: boolean,
  settings: PolicySettings,
  canRefresh: boolean,
): Stop | { readonly kind: 'admit'; readonly refresh: boolean } {
  if (error.retry.retryable !== true) return stop('not-retryable', error);
  const action: string = error.retry.action;
  // A hand-made KycError (thrown inside a KycFailure) may carry an action this version
  // does not know; never guess that it is safe to repeat.
  if (!KNOWN_ACTIONS.has(action)) return stop('not-retryable', error);
  const handling = handlingOf(action as RetryAction);
  if (handling === 'stop') return stop('not-retryable', error);
  // One refresh per call: a token that expires again at once means the refresh is broken.
  if (handling === 'refresh' && (!canRefresh || refreshed)) return stop('not-retryable', error);
  // Only proof that the vendor did not act lets a non-idempotent call go again.
  if (!settings.idempotent && error.delivery !== 'not-sent' && error.delivery !== 'rejected') {
    return stop('ambiguous', checkStatusFirst(error));
  }
  return { kind: 'admit', refresh: handling === 'refresh' };
}

/**
 * The whole decision after a failed attempt: stop (and why), or retry after how long.
 * Checked in this order: the advice ({@link admit}), the attempt count, then the wait
 * against `maxInProcessWaitMs` and the deadline.
 *
 * A wait that would pass the deadline ends as `deferred` when the vendor's `Retry-After`
 * alone passes it (the vendor named a time: requeue for then), and as `deadline` when our
 * own backoff does (nobody asked for that wait; the caller's time is simply up).
 */
export function decide(
  error: KycError,
  state: AttemptState,
  settings: PolicySettings,
  canRefresh: boolean,
): Stop | Go {
  const admitted = admit(error, state.refreshed, settings, canRefresh);
  if (admitted.kind === 'stop') return admitted;
  if (state.attempt >= settings.maxAttempts) return stop('attempts-exhausted', error);
  const floor = afterMsOf(error);
  // An expired token is not an outage: retry as soon as the new token is in hand.
  const delayMs = admitted.refresh ? (floor ?? 0) : retryDelay(error, state.attempt, settings);
  if (delayMs > settings.maxInProcessWaitMs) {
    return { ...stop('deferred', error), notBefore: state.now + delayMs };
  }
  if (state.now + delayMs >= state.deadlineAt) {
    if (floor !== undefined && state.now + floor >= state.deadlineAt) {
      return { ...stop('deferred', error), notBefore: state.now + delayMs };
    }
    return stop('deadline', error);
  }
  return { kind: 'retry', delayMs, refresh: admitted.refresh };
}
