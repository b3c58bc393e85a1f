import { isKycFailure, type KycError, KycFailure, type Provider } from '@kyc-errors/core';
import { backoffDelay, retryDelay } from './backoff.js';
import { decideOnAdvice } from './internal/decide.js';
import { errorOf, knownErrorOf } from './internal/error-of.js';
import { failure } from './internal/failure.js';
import { type PolicySettings, resolvePolicy } from './internal/settings.js';
import type { RetryPolicyOptions } from './options.js';

// cockatiel is an optional peer: its backoff interfaces are restated here (checked against
// the real package in test/types.test-d.ts), so importing this module never loads it.

/** What cockatiel 3 hands a backoff (`IRetryBackoffContext`): the retry number and the failure. */
export interface CockatielBackoffContext {
  /** The retry about to happen, from 1 (equal to the number of the attempt that failed). */
  readonly attempt: number;
  /** What failed: a thrown error, or a returned value cockatiel was told to retry. */
  readonly result: { readonly error: unknown } | { readonly value: unknown };
}

/** cockatiel 3's `IBackoff`: one delay, and the factory for the next. */
export interface CockatielBackoff extends CockatielBackoffFactory {
  /** How long to wait before this retry, in ms. */
  readonly duration: number;
}

/** cockatiel 3's `IBackoffFactory`. */
export interface CockatielBackoffFactory {
  /** The backoff for the retry described by `context`. */
  next(context: CockatielBackoffContext): CockatielBackoff;
}

/** What cockatiel's `retry(handleWhen(shouldHandle), options)` needs. */
export interface CockatielOptions {
  /**
   * cockatiel's `maxAttempts`, which counts retries, not attempts: the policy's
   * `maxAttempts - 1`, so `maxAttempts: 3` means three calls in all here as in `retry()`.
   */
  readonly maxAttempts: number;
  /** Exponential backoff with full jitter, never shorter than the failure's `Retry-After`. */
  readonly backoff: CockatielBackoffFactory;
  /** For `handleWhen`: `true` for failures the advice lets a loop retry in process. */
  readonly shouldHandle: (error: unknown) => boolean;
  /**
   * Wraps the operation you hand `policy.execute`: whatever it throws reaches cockatiel as a
   * `KycFailure`, classified with the provider (a ky `HTTPError`'s unread body included),
   * so neither the filter nor your logs ever see the client's own error and the request it
   * carries (headers, body).
   */
  readonly guard: <A extends unknown[], T>(
    operation: (...args: A) => PromiseLike<T> | T,
  ) => (...args: A) => Promise<T>;
}

/**
 * The pieces of a cockatiel 3 retry policy that follows a vendor's advice, without loading
 * cockatiel: pass them to `retry(handleWhen(o.shouldHandle), o)` (or use `cockatielPolicy`
 * from `@kyc-errors/retry/cockatiel`, which does exactly that).
 *
 * `shouldHandle` retries what the advice allows (and, with `idempotent: false`, only
 * failures that provably did not reach the vendor); it declines expired tokens (cockatiel
 * has nowhere to refresh them) and `Retry-After` waits beyond `maxInProcessWaitMs`, so
 * those reject at once. Wrap the operation in `o.guard(...)` so that what rejects is a
 * `KycFailure`, never the client's error. cockatiel's own wait cannot be aborted, and it
 * has no awaited hook before an attempt, so the shared budget, cool-down and rate limit
 * are `retry()`'s alone: use `retry()` where those matter.
 *
 * @example
 * ```ts
 * import { handleWhen, retry } from 'cockatiel';
 * import { cockatielOptions } from '@kyc-errors/retry';
 *
 * const o = cockatielOptions(idenfy, { maxAttempts: 4 });
 * const policy = retry(handleWhen(o.shouldHandle), o);
 * await policy.execute(o.guard(() => createToken(request)));
 * ```
 */
export function cockatielOptions(
  provider: Provider,
  options: RetryPolicyOptions = {},
): CockatielOptions {
  const settings = resolvePolicy(options);
  // The filter and the backoff see the same thrown value: normalize it once.
  const seen = new WeakMap<object, KycError>();
  const kycErrorOf = (thrown: unknown): KycError => {
    if (typeof thrown !== 'object' || thrown === null) return knownErrorOf(provider, thrown);
    let error = seen.get(thrown);
    if (error === undefined) {
      error = knownErrorOf(provider, thrown);
      seen.set(thrown, error);
    }
    return error;
  };

  const guard =
    <A extends unknown[], T>(operation: (...args: A) => PromiseLike<T> | T) =>
    async (...args: A): Promise<T> => {
      try {
        return await operation(...args);
      } catch (thrown) {
        throw isKycFailure(thrown) ? thrown : new KycFailure(await errorOf(provider, thrown));
      }
    };

  const shouldHandle = (thrown: unknown): boolean =>
    decideOnAdvice(kycErrorOf(thrown), settings).kind === 'retry';

  const next = (context: CockatielBackoffContext): CockatielBackoff => {
    const { attempt, result } = context;
    const duration = Object.hasOwn(result, 'error')
      ? retryDelay(kycErrorOf((result as { readonly error: unknown }).error), attempt, settings)
      : // A result cockatiel was told to retry (handleWhenResult): plain backoff.
        backoffDelay(attempt, settings.baseDelayMs, settings.maxDelayMs, settings.random);
    return { duration, next };
  };

  return {
    maxAttempts: settings.maxAttempts - 1,
    backoff: { next },
    shouldHandle,
    guard,
  };
}

/**
 * The `KycFailure` a cockatiel policy built by `cockatielPolicy` rejects with, given what
 * cockatiel rejected with after `attempts` attempts: why it stopped, read from the advice
 * the way `retry()` reads it, so callers see the same `stoppedBecause` and `notBefore`.
 * @internal
 */
export async function adapterStop(
  provider: Provider,
  settings: PolicySettings,
  thrown: unknown,
  attempts: number,
  aborted: boolean,
): Promise<KycFailure> {
  if (isKycFailure(thrown) && thrown.stoppedBecause !== undefined) return thrown;
  const error = isKycFailure(thrown) ? thrown.error : await errorOf(provider, thrown);
  const step = decideOnAdvice(error, settings, Date.now(), aborted ? error : undefined);
  // The filter let the failure through, so cockatiel stopped because it ran out of attempts.
  if (step.kind === 'retry') return failure(error, attempts, 'attempts-exhausted');
  return failure(step.error, attempts, step.reason, step.notBefore);
}
