import type { KycError } from '@kyc-errors/core';
import type { Attributes } from '@opentelemetry/api';
import { safeKycError } from '../safe-error.js';

/**
 * The attribute names of the `kyc.` namespace. Every value is a label from a closed set or a
 * checked grammar (never vendor text, never an id), so each has a bounded number of values.
 */
export const KYC_ATTRIBUTES = {
  /** The provider id: `smile-id`. */
  provider: 'kyc.provider',
  /** The category: `auth`, `rate-limit`, ... */
  category: 'kyc.category',
  /** The vendor's catalog code, when there is one: `2205`. */
  code: 'kyc.code',
  /** The advice's action: `backoff`, `fix-config`, ... */
  retryAction: 'kyc.retry.action',
  /** Whether the advice allows another attempt. */
  retryable: 'kyc.retry.retryable',
  /** Whether the vendor may have acted: `not-sent`, `uncertain`, `rejected`. */
  delivery: 'kyc.delivery',
  /** Why a retry loop stopped: `attempts-exhausted`, `deferred`, ... */
  stoppedBecause: 'kyc.retry.stopped_because',
  /** On a retry event: how long the loop waits before the next attempt, in ms. */
  delayMs: 'kyc.retry.delay_ms',
  /** On the failure counter: `true` for the failure that ended the call, `false` for a retried one. */
  final: 'kyc.final',
} as const;

/** The OpenTelemetry semantic-convention attributes this package sets (stable names). */
export const SEMCONV_ATTRIBUTES = {
  /** The class of error: here the failure's `reason`, stable and low-cardinality. */
  errorType: 'error.type',
  /** The HTTP status of the vendor's response, when there was one. */
  httpStatus: 'http.response.status_code',
  /** How many times the request was sent again, when it was (the first attempt is not a resend). */
  resendCount: 'http.request.resend_count',
} as const;

/**
 * The attributes that describe one failure: `error.type` (the reason), `kyc.provider`,
 * `kyc.category`, `kyc.code` (when catalogued), `kyc.retry.action`, `kyc.retry.retryable`,
 * `kyc.delivery` and `http.response.status_code` (when known). Each value checked against
 * its grammar or closed set; no text of the vendor's, no id.
 *
 * @example
 * ```ts
 * import { kycAttributes } from '@kyc-errors/observe/otel';
 *
 * span.setAttributes(kycAttributes(error));
 * ```
 */
export function kycAttributes(error: KycError): Attributes {
  const e = safeKycError(error);
  const out: Attributes = {
    [SEMCONV_ATTRIBUTES.errorType]: e.reason,
    [KYC_ATTRIBUTES.provider]: e.provider,
    [KYC_ATTRIBUTES.category]: e.category,
    [KYC_ATTRIBUTES.retryAction]: e.retry.action,
    [KYC_ATTRIBUTES.retryable]: e.retry.retryable,
    [KYC_ATTRIBUTES.delivery]: e.delivery,
  };
  if (e.code !== null) out[KYC_ATTRIBUTES.code] = e.code;
  if (e.httpStatus !== undefined) out[SEMCONV_ATTRIBUTES.httpStatus] = e.httpStatus;
  return out;
}
