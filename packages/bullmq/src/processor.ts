import { type KycError, normalizeThrown, type Provider } from '@kyc-errors/core';
import { backoffDelay, DEFAULT_MAX_IN_PROCESS_WAIT_MS } from '@kyc-errors/retry';
import { backoffSettings, loopFailureOf, refreshOnce } from '@kyc-errors/retry/engine';
import {
  DelayedError,
  type Job,
  type Processor,
  RATE_LIMIT_ERROR,
  RateLimitError,
  UnrecoverableError,
} from 'bullmq';
import { match } from 'ts-pattern';
import { millis } from './backoff.js';
import { failureMessage, remember } from './failure.js';
import { type Plan, plan } from './plan.js';

/** What {@link kycProcessor} pauses when a vendor throttles: a `Queue` (or `Worker`) of the queue. */
export interface QueueRateLimit {
  /** BullMQ's manual rate limit: no worker of the queue takes a job for `expireTimeMs`. */
  rateLimit(expireTimeMs: number): Promise<void>;
}

/** Called once for an expired token, before BullMQ retries the job. */
export type RefreshJobCredentials = (
  error: KycError,
  context: { readonly job: Job; readonly signal: AbortSignal | undefined },
) => unknown;

/** Options of {@link kycProcessor}. */
export interface KycProcessorOptions {
  /** The vendor's provider: turns whatever the processor throws into a `KycError`. */
  readonly provider: Provider;
  /**
   * `false` for a call that must not run twice (a Smile ID job submission, a signature): a
   * failure that may have reached the vendor fails the job, saying to check the vendor first.
   * Default `true`.
   */
  readonly idempotent?: boolean;
  /**
   * The queue to pause when the vendor throttles (`rate-limit` failures): a `Queue` of the
   * same name. The pause only holds workers that have a `limiter` or a queue with
   * `setGlobalRateLimit`; without this option a throttled job backs off alone.
   */
  readonly queue?: QueueRateLimit;
  /** Gets a new access token; called once for an expired token, then the job is retried. */
  readonly refreshCredentials?: RefreshJobCredentials;
  /**
   * Waits up to this long (a `Retry-After`) are an attempt's backoff; longer ones reschedule
   * the job without spending an attempt. Default one minute, `retry()`'s `maxInProcessWaitMs`.
   */
  readonly maxBackoffMs?: number;
  /** The longest queue-wide pause; a longer wait also delays the job itself. Default one hour. */
  readonly maxPauseMs?: number;
  /** The first pause when the vendor throttles without saying how long, doubling. Default 1 s. */
  readonly rateLimitBaseDelayMs?: number;
  /** The cap on that doubling pause. Default 20 s. */
  readonly maxDelayMs?: number;
  /** The clock, in epoch ms. Default `Date.now`. */
  readonly now?: () => number;
}

const ONE_HOUR_MS = 3_600_000;

/**
 * Wraps a BullMQ processor so that whatever it throws reaches BullMQ as what the vendor's
 * answer means: `UnrecoverableError` for what a retry cannot fix, a retry with the advised
 * backoff (see {@link kycBackoffStrategy}), a delayed job for a long wait or a deferral
 * (no attempt spent), a queue-wide pause for throttling, a refreshed token. What BullMQ stores
 * (`failedReason`, `stacktrace`) is `"<provider> <REASON>: <our message>"` ({@link failureMessage}),
 * never the vendor's text.
 *
 * @example
 * ```ts
 * const queue = new Queue('smile-id', { connection });
 * const worker = new Worker(
 *   'smile-id',
 *   kycProcessor((job) => submitJob(job.data), { provider: smileId, idempotent: false, queue }),
 *   { connection, limiter: { max: 100, duration: 1000 }, settings: { backoffStrategy: kycBackoffStrategy() } },
 * );
 * ```
 */
export function kycProcessor<D, R, N extends string>(
  processor: Processor<D, R, N>,
  options: KycProcessorOptions,
): Processor<D, R, N> {
  const settings = resolve(options);
  // Three parameters: BullMQ hands a processor an AbortSignal only when it declares one.
  return async (job, token, signal) => {
    try {
      return await processor(job, token, signal);
    } catch (thrown) {
      throw await translate(thrown, job as Job, token, signal, settings);
    }
  };
}

interface Settings {
  readonly provider: Provider;
  readonly idempotent: boolean;
  readonly queue: QueueRateLimit | undefined;
  readonly refreshCredentials: RefreshJobCredentials | undefined;
  readonly maxBackoffMs: number;
  readonly maxPauseMs: number;
  readonly rateLimitBaseDelayMs: number;
  readonly maxDelayMs: number;
  readonly now: () => number;
}

function resolve(options: KycProcessorOptions): Settings {
  if (typeof options?.provider?.id !== 'string') {
    throw new TypeError('@kyc-errors/bullmq: kycProcessor needs a provider');
  }
  const backoff = backoffSettings(options);
  return {
    provider: options.provider,
    idempotent: options.idempotent ?? true,
    queue: options.queue,
    refreshCredentials: options.refreshCredentials,
    maxBackoffMs: millis('maxBackoffMs', options.maxBackoffMs, DEFAULT_MAX_IN_PROCESS_WAIT_MS),
    maxPauseMs: millis('maxPauseMs', options.maxPauseMs, ONE_HOUR_MS),
    rateLimitBaseDelayMs: backoff.rateLimitBaseDelayMs,
    maxDelayMs: backoff.maxDelayMs,
    now: options.now ?? Date.now,
  };
}

/** BullMQ's own signals, thrown on purpose by the processor: passed through untouched. */
function isBullmqSignal(thrown: unknown): boolean {
  if (!(thrown instanceof Error)) return false;
  return (
    thrown.message === RATE_LIMIT_ERROR ||
    thrown.name === 'DelayedError' ||
    thrown.name === 'WaitingError' ||
    thrown.name === 'WaitingChildrenError' ||
    thrown.name === 'UnrecoverableError'
  );
}

async function translate(
  thrown: unknown,
  job: Job,
  token: string | undefined,
  signal: AbortSignal | undefined,
  s: Settings,
): Promise<Error> {
  if (isBullmqSignal(thrown)) return thrown as Error;
  const error = normalizeThrown(s.provider, thrown);
  const decided = plan({
    failure: loopFailureOf(thrown) ?? error,
    idempotent: s.idempotent,
    canRefresh: s.refreshCredentials !== undefined,
    // BullMQ keeps the last failure's message on the job: the same expired token twice in a
    // row means the refresh did not help (retry() stops there too).
    refreshedBefore: job.attemptsMade > 0 && job.failedReason === failureMessage(error),
    canPause: s.queue !== undefined,
    pauseStepMs: backoffDelay(
      Math.max(1, job.attemptsStarted ?? 1),
      s.rateLimitBaseDelayMs,
      s.maxDelayMs,
      () => 1,
    ),
    maxBackoffMs: s.maxBackoffMs,
    maxPauseMs: s.maxPauseMs,
    now: s.now(),
  });
  return carryOut(decided, job, token, signal, s);
}

async function carryOut(
  p: Plan,
  job: Job,
  token: string | undefined,
  signal: AbortSignal | undefined,
  s: Settings,
): Promise<Error> {
  return match(p)
    .returnType<Promise<Error>>()
    .with({ kind: 'fail' }, async ({ error }) =>
      handed(new UnrecoverableError(failureMessage(error)), error, false),
    )
    .with({ kind: 'retry' }, async ({ error }) =>
      handed(new Error(failureMessage(error)), error, false),
    )
    .with({ kind: 'refresh' }, async ({ error }) => {
      const hook = s.refreshCredentials;
      const { plan: after, refreshed } = await refreshOnce(
        { kind: 'refresh', error },
        { provider: s.provider, refreshCredentials: hook && ((e) => hook(e, { job, signal })) },
      );
      if (refreshed) return handed(new Error(failureMessage(error)), error, true);
      // As in retry(): a failing refresh stops, with the hook's own failure.
      return handed(new UnrecoverableError(failureMessage(after.error)), after.error, false);
    })
    .with({ kind: 'delay' }, async ({ error, until }) => {
      await job.moveToDelayed(Math.ceil(until), token);
      return handed(new DelayedError(), error, false);
    })
    .with({ kind: 'pause' }, async ({ error, ms, until }) => {
      await s.queue?.rateLimit(Math.ceil(ms));
      if (until === undefined) return handed(new RateLimitError(), error, false);
      await job.moveToDelayed(Math.ceil(until), token);
      return handed(new DelayedError(), error, false);
    })
    .exhaustive();
}

function handed<E extends Error>(thrown: E, error: KycError, refreshed: boolean): E {
  return remember(thrown, { error, refreshed });
}
