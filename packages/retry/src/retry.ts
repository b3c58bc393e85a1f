import { isKycFailure, type KycError, KycFailure } from '@kyc-errors/core';
import { err, ok, ResultAsync } from 'neverthrow';
import { betweenAttempts } from './internal/between.js';
import { raceSignal } from './internal/bounded.js';
import { decide } from './internal/decide.js';
import { errorOf, notAttempted } from './internal/error-of.js';
import { failure } from './internal/failure.js';
import { fleetOf } from './internal/fleet.js';
import { type CallScope, CutOff, openScope } from './internal/scope.js';
import { millis, type PolicySettings, resolvePolicy } from './internal/settings.js';
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
 * (`onRetry`, `sleep`, `now`, `random`) throw propagates unchanged. The deadline and the
 * caller's abort are hard stops: an attempt or hook still pending then is cut off, whether or
 * not it honours the signal, and the call stops as `deadline` or `aborted`.
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
  const { provider, signal, refreshCredentials, onRetry } = options;
  const wait = options.sleep ?? sleep;
  const canRefresh = refreshCredentials !== undefined;
  const scope = openScope(signal, deadlineAt, now);
  const { maxInProcessWaitMs } = settings;
  const fleet = fleetOf({ ...options, maxInProcessWaitMs, deadlineAt, now, sleep: wait, scope });
  const between = { provider, sleep: wait, scope, refreshCredentials, onRetry, now };
  let last: KycError | undefined;
  let made = 0;
  let refreshed = false;
  // What the latest retry took from the budget: a success gives it back (AWS' rule).
  let refund: number | undefined;
  try {
    for (;;) {
      scope.check();
      const turn = await fleet.turn();
      if (turn.kind === 'defer') {
        const error = last ?? notAttempted(provider, turn.why, turn.waitMs);
        throw failure(error, made, 'deferred', now() + turn.waitMs);
      }
      made += 1;
      const outcome = await attempt(operation, made, scope);
      if (outcome.ok) {
        await fleet.succeeded(refund);
        return outcome.value;
      }
      const error = await errorOf(provider, outcome.thrown, now);
      const aborted = hasAborted(signal)
        ? reported(error, outcome.thrown, last, signal)
        : undefined;
      if (aborted === undefined) {
        last = error;
        await fleet.cool(error);
      }
      const t = now();
      const at = { attempt: made, refreshed, canRefresh, now: t, msLeft: scope.msLeft(t) };
      const step = decide(error, { ...at, abortedWith: aborted }, settings);
      if (step.kind === 'stop') throw failure(step.error, made, step.reason, step.notBefore);
      // A refresh is not an outage signal (and happens once per call): it costs nothing.
      if (!step.refresh) refund = (await fleet.pay(error, made)) ?? refund;
      refreshed ||= step.refresh;
      await betweenAttempts(step, error, made, between);
    }
  } catch (thrown) {
    // An abort or the deadline cut a hook or a wait off: stop with the failure at hand.
    if (!(thrown instanceof CutOff)) throw thrown;
    throw failure(last ?? notAttempted(provider, thrown.why), made, thrown.why);
  } finally {
    scope.close();
  }
}

type Attempted<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly thrown: unknown };

/**
 * One attempt, raced against the scope: an operation that ignores its signal cannot hold
 * the call past the deadline or the caller's abort (it then fails with the signal's reason,
 * a `TimeoutError` at the deadline, which classifies as a timeout).
 */
async function attempt<T>(
  operation: Operation<T>,
  number: number,
  scope: CallScope,
): Promise<Attempted<T>> {
  try {
    return {
      ok: true,
      value: await raceSignal(operation({ attempt: number, signal: scope.signal }), scope.signal),
    };
  } catch (thrown) {
    return { ok: false, thrown };
  }
}

/**
 * The failure to report when the caller aborted during an attempt: the attempt's own, unless
 * it failed only with the abort's echo and an earlier failure says more.
 */
function reported(
  error: KycError,
  thrown: unknown,
  last: KycError | undefined,
  signal: AbortSignal | undefined,
): KycError {
  const echo = thrown === signal?.reason || error.reason === 'REQUEST_ABORTED';
  return echo && last !== undefined ? last : error;
}
