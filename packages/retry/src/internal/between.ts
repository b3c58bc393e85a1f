import type { KycError, Provider } from '@kyc-errors/core';
import type { RefreshCredentials, RetryEvent } from '../options.js';
import type { Sleep } from '../sleep.js';
import { bounded } from './bounded.js';
import type { Go } from './decide.js';
import { errorOf } from './error-of.js';
import { failure } from './failure.js';
import { type CallScope, CutOff } from './scope.js';

/** What the step between two attempts needs: the same for `retry()` and the p-retry adapter. */
export interface BetweenAttempts {
  readonly provider: Provider;
  readonly sleep: Sleep;
  /** The call's scope: the wait and the refresh get its signal and are cut off with it. */
  readonly scope: CallScope;
  readonly refreshCredentials: RefreshCredentials | undefined;
  readonly onRetry: ((event: RetryEvent) => void) | undefined;
  readonly now: () => number;
}

/**
 * What happens between a failed attempt and the next one, once the decision is to retry:
 * tell `onRetry`, wait, then refresh credentials when the advice asked for it. The wait and
 * the refresh are {@link bounded}: an abort or the deadline rejects with a `CutOff` (the
 * loop reports it with the failure being retried), whether or not the hook honours the
 * signal. The refresh's own failure stops the call as `'not-retryable'`; what `sleep` or
 * `onRetry` throws for any other reason propagates unchanged.
 */
export async function betweenAttempts(
  step: Go,
  error: KycError,
  attempt: number,
  context: BetweenAttempts,
): Promise<void> {
  context.onRetry?.({ attempt, delayMs: step.delayMs, error });
  await bounded((signal) => context.sleep(step.delayMs, signal), context.scope);
  const refresh = context.refreshCredentials;
  if (!step.refresh || refresh === undefined) return;
  try {
    await bounded((signal) => refresh(error, { signal }), context.scope);
  } catch (refreshError) {
    if (refreshError instanceof CutOff) throw refreshError;
    // The refresh's own failure is what needs fixing (a wrong client secret, a token
    // endpoint down). It is not retried here: wrap the hook in its own retry() if the
    // token endpoint is flaky.
    const refreshFailure = await errorOf(context.provider, refreshError, context.now);
    throw failure(refreshFailure, attempt, 'not-retryable');
  }
}
