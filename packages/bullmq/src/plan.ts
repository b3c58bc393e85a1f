import type { KycError, KycFailure } from '@kyc-errors/core';
import { enginePlan } from '@kyc-errors/retry/engine';
import { match } from 'ts-pattern';

/**
 * What BullMQ is told to do with one failed attempt, from the shared `enginePlan` and what
 * BullMQ can do beyond a retry:
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

/** The facts `plan` decides from. */
export interface Situation {
  /** The failure, normalized; or the `KycFailure` of a `retry()` inside the processor. */
  readonly failure: KycError | KycFailure;
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
 * Decides what one failed attempt becomes: the shared plan (what no retry can help fails, a
 * possible duplicate fails with check-status advice, a wait too long for a backoff is
 * rescheduled), then what only BullMQ does: throttling pauses the whole queue.
 */
export function plan(s: Situation): Plan {
  const planned = enginePlan(s.failure, {
    idempotent: s.idempotent,
    refreshed: s.refreshedBefore,
    now: s.now,
    maxWaitMs: s.maxBackoffMs,
  });
  return match(planned)
    .returnType<Plan>()
    .with({ kind: 'stop' }, { kind: 'check-vendor' }, ({ error }) => ({ kind: 'fail', error }))
    .with({ kind: 'refresh' }, ({ error }) =>
      s.canRefresh ? { kind: 'refresh', error } : { kind: 'fail', error },
    )
    .with({ kind: 'retry' }, ({ error, afterMs }) =>
      pauses(error, s) ? pause(error, afterMs, s) : { kind: 'retry', error },
    )
    .with({ kind: 'defer' }, ({ error, notBefore }) => {
      const wait = Math.max(0, notBefore - s.now);
      return pauses(error, s)
        ? pause(error, wait, s)
        : { kind: 'delay', error, until: s.now + wait };
    })
    .exhaustive();
}

/**
 * Throttling says the account is over its allowance, so every job that calls the vendor holds
 * off. A 503 with `Retry-After` says the vendor struggles: it delays only its own job.
 */
function pauses(error: KycError, s: Situation): boolean {
  return error.category === 'rate-limit' && s.canPause;
}

function pause(error: KycError, wait: number | undefined, s: Situation): Plan {
  const ms = wait ?? s.pauseStepMs;
  if (ms <= s.maxPauseMs) return { kind: 'pause', error, ms };
  return { kind: 'pause', error, ms: s.maxPauseMs, until: s.now + ms };
}
