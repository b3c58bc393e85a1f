import type { KycError, RetryAction } from '@kyc-errors/core';
import { afterMsOf, checkStatusFirst } from '@kyc-errors/retry';

/**
 * What BullMQ is told to do with one failed attempt, decided from the advice alone:
 *
 * - `fail`: `UnrecoverableError`, the job fails at once whatever attempts it has left.
 * - `retry`: an ordinary failure; BullMQ spends an attempt and waits what the backoff strategy
 *   reads from the advice.
 * - `refresh`: call the refresh hook, then as `retry` (waiting only for `Retry-After`).
 * - `delay`: `moveToDelayed(until)` and `DelayedError`: rescheduled, no attempt spent.
 * - `pause`: the queue's rate limit for `ms` and `RateLimitError`: the job goes back to wait
 *   and every worker of the queue holds off; with `until`, the job itself is also delayed to
 *   then (a wait longer than the longest pause).
 */
export type Plan =
  | { readonly kind: 'fail'; readonly error: KycError }
  | { readonly kind: 'retry'; readonly error: KycError }
  | { readonly kind: 'refresh'; readonly error: KycError }
  | { readonly kind: 'delay'; readonly error: KycError; readonly until: number }
  | {
      readonly kind: 'pause';
      readonly error: KycError;
      readonly ms: number;
      readonly until?: number;
    };

/** What an attempt can do about each action: the same split as `retry()`'s loop. */
type Carried = 'again' | 'refresh' | 'stop';

// A new action in core does not compile here until someone decides what a job may do with it.
const CARRIED = {
  backoff: 'again',
  wait: 'again',
  'refresh-credentials': 'refresh',
  'check-status': 'stop',
  'new-idempotency-key': 'stop',
  'wait-for-result': 'stop',
  'user-action': 'stop',
  'fix-request': 'stop',
  'fix-config': 'stop',
  'account-action': 'stop',
  'change-state': 'stop',
  investigate: 'stop',
  none: 'stop',
} as const satisfies Record<RetryAction, Carried>;

/** The facts `plan` decides from. */
export interface Situation {
  /** The failure, normalized. */
  readonly error: KycError;
  /** With a deferred `KycFailure` (from `retry()` inside the processor): when to try again. */
  readonly notBefore: number | undefined;
  /** `false`: a failure that may have reached the vendor is not retried. */
  readonly idempotent: boolean;
  /** Whether a refresh hook was given. */
  readonly canRefresh: boolean;
  /** Whether the previous attempt of this job failed with this same expired token. */
  readonly refreshedBefore: boolean;
  /** Whether a queue to rate-limit was given. */
  readonly canPause: boolean;
  /** The pause when the vendor named no wait, in ms. */
  readonly pauseStepMs: number;
  /** Waits longer than this are not spent as an attempt's backoff but rescheduled. */
  readonly maxBackoffMs: number;
  /** The longest queue-wide pause; a longer wait also delays the job itself. */
  readonly maxPauseMs: number;
  /** The clock, epoch ms. */
  readonly now: number;
}

/**
 * Decides what one failed attempt becomes, top to bottom: what the loop cannot carry out
 * fails; a possible duplicate fails with check-status advice; throttling pauses the queue;
 * a wait too long for a backoff is rescheduled; an expired token refreshes; the rest retries.
 */
export function plan(s: Situation): Plan {
  const { error } = s;
  const carried = CARRIED[error.retry.action];
  if (!error.retry.retryable || carried === 'stop') return { kind: 'fail', error };
  if (!s.idempotent && error.delivery === 'uncertain') {
    return { kind: 'fail', error: checkStatusFirst(error) };
  }
  if (carried === 'refresh' && (!s.canRefresh || s.refreshedBefore)) {
    return { kind: 'fail', error };
  }
  const wait = s.notBefore === undefined ? afterMsOf(error) : Math.max(0, s.notBefore - s.now);
  if (error.category === 'rate-limit' && s.canPause) {
    const ms = wait ?? s.pauseStepMs;
    if (ms <= s.maxPauseMs) return { kind: 'pause', error, ms };
    return { kind: 'pause', error, ms: s.maxPauseMs, until: s.now + ms };
  }
  if (wait !== undefined && (s.notBefore !== undefined || wait > s.maxBackoffMs)) {
    return { kind: 'delay', error, until: s.now + wait };
  }
  return carried === 'refresh' ? { kind: 'refresh', error } : { kind: 'retry', error };
}
