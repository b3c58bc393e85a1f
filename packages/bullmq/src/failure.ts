import type { KycError } from '@kyc-errors/core';
import { safeMessage } from '@kyc-errors/retry/engine';

/** What this package remembers about an error it handed BullMQ. */
export interface Handed {
  /** The failure the error stands for (with check-status advice when it was ambiguous). */
  readonly error: KycError;
  /** After a credentials refresh: wait only for `Retry-After`, if any. */
  readonly refreshed: boolean;
}

// Only errors this package made are read back (by the backoff strategy and `kycErrorOf`): a
// thrown object shaped like one is not trusted, and nothing about the failure rides on the
// error BullMQ stores (its message and stack are all BullMQ keeps).
const HANDED = new WeakMap<object, Handed>();

/**
 * The one text BullMQ stores for a failure (`job.failedReason`, the first line of each
 * `job.stacktrace` entry): `"<provider> <REASON>: <our message>"`, all chosen by this library,
 * never the vendor's text; a failure that may have reached the vendor says to check it first.
 * The message every engine adapter uses (`safeMessage` of `@kyc-errors/retry/engine`).
 *
 * @example
 * ```ts
 * failureMessage(normalize(smileId, { status: 401, body: { code: '2205' } }));
 * // 'smile-id INVALID_SIGNATURE: Smile ID did not accept the request signature.'
 * ```
 */
export const failureMessage: (error: KycError) => string = safeMessage;

/** Remembers `handed` for `thrown`, which this package is about to throw. */
export function remember<E extends Error>(thrown: E, handed: Handed): E {
  HANDED.set(thrown, handed);
  return thrown;
}

/** What this package remembered about `thrown`, if it made it. */
export function recall(thrown: unknown): Handed | undefined {
  return typeof thrown === 'object' && thrown !== null ? HANDED.get(thrown) : undefined;
}

/**
 * The `KycError` behind an error a {@link kycProcessor} threw, in the same process: for a
 * worker's `failed` listener that logs or counts failures by category. `undefined` for any
 * other error (BullMQ's own, or one thrown outside the processor).
 *
 * @example
 * ```ts
 * worker.on('failed', (job, err) => {
 *   const error = kycErrorOf(err);
 *   if (error) metrics.increment('kyc.failed', { provider: error.provider, category: error.category });
 * });
 * ```
 */
export function kycErrorOf(thrown: unknown): KycError | undefined {
  return recall(thrown)?.error;
}
