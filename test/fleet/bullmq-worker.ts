import { isKycFailure } from '@kyc-errors/core';

// The example of docs/guides/fleets.md, as code its test runs. BullMQ itself is not a
// dependency (it would bring its own Redis client, Lua and a queue to run): the test drives
// this function with a fake job that records what BullMQ's `Job` would be asked to do.

/** The part of BullMQ's `Job` this needs (`Job#moveToDelayed(timestamp, token)`). */
export interface DelayableJob {
  moveToDelayed(timestamp: number, token?: string): Promise<void>;
}

/**
 * In a BullMQ processor: when `thrown` is a `KycFailure` that stopped as `deferred`, moves
 * the job to the delayed set until its `notBefore` and throws BullMQ's `DelayedError` (made
 * by `delayedError`), which tells the worker the job was rescheduled, not failed, and spends
 * none of its attempts. Anything else returns, for the caller to rethrow.
 */
export async function requeueDeferred(
  thrown: unknown,
  job: DelayableJob,
  token: string | undefined,
  delayedError: () => Error,
): Promise<void> {
  if (!isKycFailure(thrown) || thrown.stoppedBecause !== 'deferred') return;
  if (thrown.notBefore === undefined) return;
  await job.moveToDelayed(Math.ceil(thrown.notBefore), token);
  throw delayedError();
}
