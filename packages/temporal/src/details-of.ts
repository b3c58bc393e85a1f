import type { SafeDetails as KycFailureDetails } from '@kyc-errors/retry/engine';
import { ApplicationFailure } from '@temporalio/common';

const MAX_DEPTH = 4;

/**
 * The `KycFailureDetails` of a failure an activity wrapped with `kycActivity` (or
 * `toApplicationFailure`) threw, as workflow code catches it: an `ActivityFailure` whose
 * `cause` is the `ApplicationFailure`. `undefined` for any other failure.
 *
 * @example
 * ```ts
 * try {
 *   await submitJob(job);
 * } catch (e) {
 *   if (kycDetailsOf(e)?.action === 'check-status') return await jobStatus(job.jobId);
 *   throw e;
 * }
 * ```
 */
export function kycDetailsOf(failure: unknown): KycFailureDetails | undefined {
  let current: unknown = failure;
  for (let depth = 0; depth < MAX_DEPTH && current instanceof Error; depth += 1) {
    if (current instanceof ApplicationFailure) {
      const detail: unknown = current.details?.[0];
      return isDetails(detail) && detail.reason === current.type ? detail : undefined;
    }
    current = current.cause;
  }
  return undefined;
}

function isDetails(value: unknown): value is KycFailureDetails {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.provider === 'string' &&
    typeof v.reason === 'string' &&
    typeof v.action === 'string' &&
    typeof v.retryable === 'boolean' &&
    typeof v.category === 'string'
  );
}
