import type { KycError } from '@kyc-errors/core';

/** The warning put on an ambiguous failure of a call that must not run twice. */
export const CHECK_STATUS_CAUTION =
  'This call is not idempotent and the failure does not show whether the vendor acted on it: ' +
  'look up the status of the job or document you sent before sending anything again, or you may create a duplicate.';

/**
 * The advice for a non-idempotent call whose failure may have reached the vendor (a
 * timeout, a reset connection, a 5xx after the request was sent): not retryable
 * automatically; check the status first. Returns a new error (a `KycError` is readonly);
 * everything else, `Retry-After` included, is kept.
 *
 * @example
 * ```ts
 * const advice = checkStatusFirst(timedOut).retry;
 * // { retryable: false, action: 'check-status', caution: 'This call is not idempotent …' }
 * ```
 */
export function checkStatusFirst(error: KycError): KycError {
  return {
    ...error,
    retry: {
      ...error.retry,
      retryable: false,
      action: 'check-status',
      caution: CHECK_STATUS_CAUTION,
    },
  };
}
