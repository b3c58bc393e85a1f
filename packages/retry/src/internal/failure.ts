import { type KycError, KycFailure, type StopReason } from '@kyc-errors/core';

/**
 * The `KycFailure` a loop throws when it stops: the last error, the attempts made, why it
 * stopped and, for `deferred`, when to come back. The one constructor `retry()` and the
 * adapters share, so every path reports a stop the same way.
 */
export function failure(
  error: KycError,
  attempts: number,
  stoppedBecause: StopReason,
  notBefore?: number,
): KycFailure {
  return new KycFailure(
    error,
    notBefore === undefined
      ? { attempts, stoppedBecause }
      : { attempts, stoppedBecause, notBefore },
  );
}
