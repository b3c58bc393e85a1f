import type { KycError, Provider } from '@kyc-errors/core';
import type { RefreshCredentials, RetryEvent } from '../options.js';
import { hasAborted, type Sleep } from '../sleep.js';
import type { Go } from './decide.js';
import { errorOf } from './error-of.js';
import { failure } from './failure.js';

/** What the step between two attempts needs: the same for `retry()` and the p-retry adapter. */
export interface BetweenAttempts {
  readonly provider: Provider;
  readonly sleep: Sleep;
  /** The signal the wait and the refresh get (for `retry()`, the call's scope). */
  readonly signal: AbortSignal;
  /** The caller's own signal: when it has fired, the call stops as `'aborted'`. */
  readonly callerSignal: AbortSignal | undefined;
  /** Whether the call's deadline has fired (never, for the p-retry adapter). */
  readonly deadlineFired: () => boolean;
  /** Cuts a hook off when `signal` fires, whether or not the hook ever settles. */
  readonly race: <T>(work: PromiseLike<T> | T) => Promise<T>;
  readonly refreshCredentials: RefreshCredentials | undefined;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  readonly now: () => number;
}

/**
 * What happens between a failed attempt and the next one, once the decision is to retry:
 * tell `onRetry`, wait, then refresh credentials when the advice asked for it. An abort or
 * the deadline during the wait or the refresh stops the call with the failure being retried;
 * the refresh's own failure stops it as `'not-retryable'`. What the caller's `sleep` or
 * `onRetry` throws for any other reason propagates unchanged.
 */
export async function betweenAttempts(
  step: Go,
  error: KycError,
  attempt: number,
  context: BetweenAttempts,
): Promise<void> {
  const cutOff = (): void => {
    if (hasAborted(context.callerSignal)) throw failure(error, attempt, 'aborted');
    if (context.deadlineFired()) throw failure(error, attempt, 'deadline');
  };
  context.onRetry?.({ attempt, delayMs: step.delayMs, error });
  try {
    await context.sleep(step.delayMs, context.signal);
  } catch (sleepError) {
    cutOff();
    throw sleepError;
  }
  const refresh = context.refreshCredentials;
  if (!step.refresh || refresh === undefined) return;
  try {
    await context.race(refresh(error, { signal: context.signal }));
  } catch (refreshError) {
    cutOff();
    // The refresh's own failure is what needs fixing (a wrong client secret, a token
    // endpoint down). It is not retried here: wrap the hook in its own retry() if the
    // token endpoint is flaky.
    const refreshFailure = await errorOf(context.provider, refreshError, context.now);
    throw failure(refreshFailure, attempt, 'not-retryable');
  }
}
