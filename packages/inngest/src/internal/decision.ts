import {
  isKycFailure,
  type KycError,
  type KycFailure,
  RETRY_ACTIONS,
  type RetryAction,
} from '@kyc-errors/core';
import { afterMsOf, checkStatusFirst, DEFAULT_MAX_IN_PROCESS_WAIT_MS } from '@kyc-errors/retry';
import { match } from 'ts-pattern';

/** What an engine can do about an advice: retry it itself, refresh first, or stop. */
type Handling = 'retry' | 'refresh' | 'stop';

/**
 * How each retry action is handled by an engine, as `retry()` handles it. Exhaustive on
 * purpose: a new action in core does not compile here until someone decides.
 */
function handlingOf(action: RetryAction): Handling {
  return (
    match(action)
      .returnType<Handling>()
      .with('backoff', 'wait', () => 'retry')
      .with('refresh-credentials', () => 'refresh')
      // Only the caller can look the job up, mint a new id or wait for the verdict: a blind
      // resubmission risks a duplicate job (Smile ID 2215) or a second check.
      .with('check-status', 'new-idempotency-key', 'wait-for-result', () => 'stop')
      // Someone must act; waiting does not help.
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

/** The one decision this adapter makes about a failure. */
export type Decision =
  /** Fail for good. `checkVendorFirst`: an ambiguous failure of a non-idempotent call. */
  | { readonly kind: 'stop'; readonly error: KycError; readonly checkVendorFirst: boolean }
  /** Refresh credentials, then let the engine retry (no sooner than `afterMs`). */
  | { readonly kind: 'refresh'; readonly error: KycError; readonly afterMs?: number }
  /**
   * Let the engine retry: no sooner than `afterMs` when the vendor named a wait; at
   * `notBefore` (epoch ms) when the wait is hour-scale or a `retry()` loop deferred.
   */
  | {
      readonly kind: 'retry';
      readonly error: KycError;
      readonly afterMs?: number;
      readonly notBefore?: number;
    };

/** What the decision depends on besides the failure. */
export interface DecisionOptions {
  /** `false` for a call that must not run twice. */
  readonly idempotent: boolean;
  /** The clock, epoch ms. */
  readonly now: () => number;
}

/** `failure` when it is a `KycFailure` (a `retry()` loop's or `bodyOrThrow`'s). */
export function loopFailureOf(failure: unknown): KycFailure | undefined {
  return isKycFailure(failure) ? failure : undefined;
}

/**
 * Decides, in `retry()`'s order: a loop that already deferred or found the call ambiguous
 * says so; then the advice (retryable, an action an engine can carry out); then, for a
 * non-idempotent call, whether the failure may have reached the vendor; then the wait.
 */
export function decisionOf(failure: KycError | KycFailure, options: DecisionOptions): Decision {
  const loop = loopFailureOf(failure);
  const error = loop === undefined ? (failure as KycError) : loop.error;
  if (loop?.stoppedBecause === 'deferred' && typeof loop.notBefore === 'number') {
    return { kind: 'retry', error, notBefore: loop.notBefore };
  }
  const action: string = error.retry.action;
  const handling =
    error.retry.retryable === true && KNOWN_ACTIONS.has(action)
      ? handlingOf(action as RetryAction)
      : 'stop';
  if (handling === 'stop') {
    return { kind: 'stop', error, checkVendorFirst: action === 'check-status' };
  }
  // Only proof that the vendor did not act lets a non-idempotent call go again.
  if (!options.idempotent && error.delivery !== 'not-sent' && error.delivery !== 'rejected') {
    return { kind: 'stop', error: checkStatusFirst(error), checkVendorFirst: true };
  }
  const afterMs = afterMsOf(error);
  if (handling === 'refresh') {
    return afterMs === undefined ? { kind: 'refresh', error } : { kind: 'refresh', error, afterMs };
  }
  if (afterMs === undefined) return { kind: 'retry', error };
  // An hour-scale wait is pinned to a date: it no longer depends on when the engine reads it.
  if (afterMs > DEFAULT_MAX_IN_PROCESS_WAIT_MS) {
    return { kind: 'retry', error, afterMs, notBefore: options.now() + afterMs };
  }
  return { kind: 'retry', error, afterMs };
}
