import type { KycError, KycFailure } from '@kyc-errors/core';
import type { RetryEvent } from '@kyc-errors/retry';
import { type Attributes, type Span, SpanStatusCode } from '@opentelemetry/api';
import { errorOf, failureOf } from '../find.js';
import { countLabel, millisLabel, stopLabel } from '../internal/grammar.js';
import { safeKycError } from '../safe-error.js';
import { KYC_ATTRIBUTES, kycAttributes, SEMCONV_ATTRIBUTES } from './attributes.js';

/** The name of the span event {@link recordKycRetry} adds for each retried attempt. */
export const RETRY_EVENT = 'kyc.retry';

/**
 * Marks `span` as failed with a vendor failure, as the semantic conventions for errors ask:
 * status `ERROR` (described by our message, never the vendor's), `error.type` = the reason,
 * the `kyc.` attributes, `http.response.status_code` when known and, from a `KycFailure`,
 * `kyc.retry.stopped_because` and `http.request.resend_count` (attempts after the first).
 * Call it once, when the operation has finally failed; a retried attempt is an event
 * ({@link recordKycRetry}), not an error.
 *
 * @example
 * ```ts
 * import { recordKycFailure } from '@kyc-errors/observe/otel';
 *
 * try { await retry(op, options); } catch (e) { if (isKycFailure(e)) recordKycFailure(span, e); throw e; }
 * ```
 */
export function recordKycFailure(span: Span, failure: KycFailure | KycError): void {
  const error = errorOf(failure);
  const attributes = kycAttributes(error);
  const thrown = failureOf(failure);
  if (thrown !== undefined) {
    const stopped = stopLabel(thrown.stoppedBecause);
    if (stopped !== undefined) attributes[KYC_ATTRIBUTES.stoppedBecause] = stopped;
    const attempts = countLabel(thrown.attempts);
    if (attempts !== undefined && attempts > 1) {
      attributes[SEMCONV_ATTRIBUTES.resendCount] = attempts - 1;
    }
  }
  span.setAttributes(attributes);
  span.setStatus({ code: SpanStatusCode.ERROR, message: safeKycError(error).message });
}

/**
 * Adds a `kyc.retry` event to `span` for an attempt that failed and will be retried: the
 * failure's attributes, the wait (`kyc.retry.delay_ms`) and `http.request.resend_count` of
 * the failed attempt. The span's status is left alone: the operation has not failed yet.
 *
 * @example
 * ```ts
 * import { recordKycRetry } from '@kyc-errors/observe/otel';
 *
 * await retry(op, { provider: smileId, onRetry: (event) => recordKycRetry(span, event) });
 * ```
 */
export function recordKycRetry(span: Span, event: RetryEvent): void {
  const attributes: Attributes = kycAttributes(event.error);
  const delay = millisLabel(event.delayMs);
  if (delay !== undefined) attributes[KYC_ATTRIBUTES.delayMs] = delay;
  const attempt = countLabel(event.attempt);
  if (attempt !== undefined && attempt > 1)
    attributes[SEMCONV_ATTRIBUTES.resendCount] = attempt - 1;
  span.addEvent(RETRY_EVENT, attributes);
}
