import { isKycFailure, type KycError, KycFailure } from '@kyc-errors/core';
import { err, ok, ResultAsync } from 'neverthrow';
import { checkStatusFirst } from './check-status.js';
import { coolingOf } from './cooldown.js';
import { betweenAttempts } from './internal/between.js';
import { decide } from './internal/decide.js';
import { errorOf, notAttempted } from './internal/error-of.js';
import { failure } from './internal/failure.js';
import { openScope } from './internal/scope.js';
import { millis, type PolicySettings, resolvePolicy } from './internal/settings.js';
import { awaitTurn } from './internal/turn.js';
import type { AttemptContext, RetryOptions } from './options.js';
import { hasAborted, sleep } from './sleep.js';

/** An operation `retry()` runs: one attempt per call. */
export type Operation<T> = (context: AttemptContext) => PromiseLike<T> | T;

/**
 * Runs `operation` until it succeeds or the vendor's advice, the attempt count, the retry
 * budget, the deadline or the caller says stop. Every failure is normalized with
 * `options.provider` (a thrown `KycFailure` is taken as it is) and acted on by its advice:
 *
 * - transient failures (`backoff`) and throttling (`wait`) are retried after an exponential,
 *   fully jittered delay; a vendor's `Retry-After` is a floor, never cut short;
 * - an expired token (`refresh-credentials`) is retried once, after `refreshCredentials`;
 * - everything else (validation, auth, account, user state, verdicts, unknown) stops at once;
 * - with `idempotent: false`, a failure that may have reached the vendor stops as
 *   `'ambiguous'`, its advice turned into `check-status`;
 * - a wait longer than `maxInProcessWaitMs` stops as `'deferred'` with `notBefore`.
 *
 * Resolves with the operation's value, or rejects with a `KycFailure` carrying the last
 * `KycError`, the number of attempts and `stoppedBecause`. What the caller's own hooks
 * (`onRetry`, `sleep`, `now`, `random`) throw propagates unchanged.
 *
 * @throws {RangeError} synchronously, for an option out of range (a bug, not a failure);
 *   `TypeError` for an operation or clock that is not a function.
 * @example
 * ```ts
 * import { retry } from '@kyc-errors/retry';
 * import { smileId } from '@kyc-errors/smile-id';
 *
 * const job = await retry(
 *   ({ signal }) => client.submitJob(request, { signal }),
 *   { provider: smileId, idempotent: false, deadlineMs: 30_000 },
 * );
 * ```
 */
export function retry<T>(operation: Operation<T>, options: RetryOptions): Promise<T> {
  if (typeof operation !== 'function') throw new TypeError('retry: operation must be a function');
  const settings = resolvePolicy(options);
  const now = options.now ?? Date.now;
  if (typeof now !== 'function') throw new TypeError('retry: now must be a function');
  const start = now();
  return run(operation, options, settings, now, deadlineOf(options, start));
}

/**
 * {@link retry} answering with a neverthrow `ResultAsync`, for code that keeps failures as
 * values: `ok` with the operation's value, `err` with the `KycFailure`. Never rejects (what
 * a hook throws becomes an `unknown` failure).
 *
 * @throws {RangeError} synchronously, for an option out of range.
 * @example
 * ```ts
 * const result = await retryResult(() => createToken(request), { provider: idenfy });
 * result.match(
 *   (token) => startSession(token),
 *   (failure) => failure.stoppedBecause === 'deferred' ? requeue(failure.notBefore) : report(failure.error),
 * );
 * ```
 */
export function retryResult<T>(
  operation: Operation<T>,
  options: RetryOptions,
): ResultAsync<T, KycFailure> {
  const settled = retry(operation, options).then(
    (value) => ok<T, KycFailure>(value),
    async (thrown: unknown) =>
      err<T, KycFailure>(
        isKycFailure(thrown) ? thrown : new KycFailure(await errorOf(options.provider, thrown)),
      ),
  );
  return new ResultAsync(settled);
}

function deadlineOf(options: RetryOptions, start: number): number {
  const relative = millis('deadlineMs', options.deadlineMs, Number.POSITIVE_INFINITY, true);
  const absolute = options.deadline ?? Number.POSITIVE_INFINITY;
  if (typeof absolute !== 'number' || Number.isNaN(absolute)) {
    throw new RangeError(`retry: deadline must be an epoch time in ms, got ${absolute}`);
  }
  return Math.min(absolute, start + relative);
}

async function run<T>(
  operation: Operation<T>,
  options: RetryOptions,
  settings: PolicySettings,
  now: () => number,
  deadlineAt: number,
): Promise<T> {
  const { provider, budget, cooldown, rateLimit, signal } = options;
  const wait = options.sleep ?? sleep;
  const refreshCredentials = options.refreshCredentials;
  const scope = openScope(signal, deadlineAt - now());
  const between = {
    provider,
    sleep: wait,
    signal: scope.signal,
    callerSignal: signal,
    deadlineFired: scope.deadlineFired,
    race: scope.race,
    refreshCredentials,
    onRetry: options.onRetry,
    now,
  };
  const turn = {
    cooldown,
    rateLimit,
    maxInProcessWaitMs: settings.maxInProcessWaitMs,
    deadlineAt,
    now,
    sleep: wait,
    signal: scope.signal,
    race: scope.race,
  };
  let last: KycError | undefined;
  let refreshed = false;
  // What the latest retry took from the budget: a success gives it back (AWS' rule).
  let refund: number | undefined;
  // A shared policy (budget, cool-down, rate limit) or a wait cut off by the caller's abort
  // or the deadline stops the call with the failure at hand (or a "not attempted" one).
  const cutOff = async <R>(work: () => Promise<R>, attempts: number): Promise<R> => {
    try {
      return await work();
    } catch (thrown) {
      if (hasAborted(signal)) {
        throw failure(last ?? notAttempted(provider, 'aborted'), attempts, 'aborted');
      }
      if (scope.deadlineFired()) {
        throw failure(last ?? notAttempted(provider, 'deadline'), attempts, 'deadline');
      }
      throw thrown;
    }
  };
  try {
    for (let attempt = 1; ; attempt++) {
      if (hasAborted(signal)) {
        throw failure(last ?? notAttempted(provider, 'aborted'), attempt - 1, 'aborted');
      }
      if (scope.deadlineFired() || now() >= deadlineAt) {
        throw failure(last ?? notAttempted(provider, 'deadline'), attempt - 1, 'deadline');
      }
      if (cooldown !== undefined || rateLimit !== undefined) {
        const answer = await cutOff(() => awaitTurn(turn), attempt - 1);
        if (answer.kind === 'defer') {
          const error = last ?? notAttempted(provider, answer.why, answer.waitMs);
          throw failure(error, attempt - 1, 'deferred', now() + answer.waitMs);
        }
      }
      let value: T;
      try {
        // Raced against the scope: an operation that ignores its signal cannot hold the call
        // past the deadline or the caller's abort.
        value = await scope.race(operation({ attempt, signal: scope.signal }));
      } catch (thrown) {
        const error = await errorOf(provider, thrown, now);
        if (hasAborted(signal)) {
          // The attempt most likely failed because of the abort itself: the failure before
          // it says more. But an attempt cut off in flight may still have reached the vendor.
          const echo = thrown === signal?.reason || error.reason === 'REQUEST_ABORTED';
          const carried = echo && last !== undefined ? last : error;
          const inFlight = !settings.idempotent && error.delivery === 'uncertain';
          throw failure(inFlight ? checkStatusFirst(carried) : carried, attempt, 'aborted');
        }
        last = error;
        // Throttled with a known wait: the whole fleet waits, whatever this call does next.
        const cooling = cooldown === undefined ? undefined : coolingOf(error);
        if (cooldown !== undefined && cooling !== undefined) {
          await cutOff(() => scope.race(cooldown.hold(cooling)), attempt);
        }
        const state = { attempt, refreshed, now: now(), deadlineAt };
        const step = decide(error, state, settings, refreshCredentials !== undefined);
        if (step.kind === 'stop') throw failure(step.error, attempt, step.reason, step.notBefore);
        if (scope.deadlineFired()) throw failure(error, attempt, 'deadline');
        // A refresh is not an outage signal (and happens once per call): it costs nothing.
        if (!step.refresh && budget !== undefined) {
          const cost = budget.costOf(error);
          const paid = await cutOff(() => scope.race(budget.tryAcquire(cost)), attempt);
          if (paid !== true) throw failure(error, attempt, 'budget-exhausted');
          refund = cost;
        }
        if (step.refresh) refreshed = true;
        await betweenAttempts(step, error, attempt, between);
        continue;
      }
      // The call succeeded: a budget that cannot be told so in time must not fail it.
      if (budget !== undefined) await scope.race(budget.recordSuccess(refund)).catch(() => {});
      return value;
    }
  } finally {
    scope.close();
  }
}
