import type { FailureDetails, KycError, KycFailure, RetryAdvice } from '@kyc-errors/core';

/**
 * What an engine adapter hands its engine as a failure's details (Temporal's detail, Inngest's
 * `cause`, Restate's `cause` and metadata): the fields of the `KycError` this library chose
 * (catalogued codes, our reasons, messages and remedies, the advice, flattened), and why and
 * until when a `retry()` loop inside the job stopped. Never `vendorMessage`, `raw` or `field`,
 * which are read from what the vendor sent (a field name only has to fit a grammar that a
 * person's name also fits), nor anything a client threw.
 */
export type SafeDetails = Pick<
  KycError,
  | 'provider'
  | 'code'
  | 'category'
  | 'reason'
  | 'message'
  | 'remedy'
  | 'delivery'
  | 'matchedBy'
  | 'httpStatus'
> &
  Pick<RetryAdvice, 'retryable' | 'action' | 'afterMs' | 'caution'> &
  Pick<FailureDetails, 'stoppedBecause' | 'notBefore'>;

/** The sentence {@link safeMessage} adds when the vendor may have acted on the request. */
export const CHECK_VENDOR_FIRST =
  'Check the vendor first: look up its status before sending it again.';

/**
 * The one message an engine adapter gives the errors it hands its engine:
 * `"<provider> <REASON>: <our message>"`, and for `check-status` advice
 * {@link CHECK_VENDOR_FIRST} after it. Our message is catalog text this library wrote, safe
 * to log (a `KycFailure`'s message holds it too); the vendor's own text never goes in.
 *
 * @example
 * ```ts
 * safeMessage(normalize(smileId, { status: 401, body: { code: '2205' } }));
 * // 'smile-id INVALID_SIGNATURE: Smile ID did not accept the request signature.'
 * ```
 */
export function safeMessage(error: KycError): string {
  const head = `${error.provider} ${error.reason}: ${error.message}`;
  return error.retry.action === 'check-status' ? `${head} ${CHECK_VENDOR_FIRST}` : head;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/**
 * The {@link SafeDetails} of `error`, built field by field (nothing else is copied), and of
 * the `retry()` loop that gave up on it, when there was one (`loop`: why and until when).
 *
 * @example
 * ```ts
 * const plan = enginePlan(thrown, { idempotent: false });
 * const details = safeDetails(plan.error, isKycFailure(thrown) ? thrown : undefined);
 * ```
 */
export function safeDetails(error: KycError, loop?: KycFailure): SafeDetails {
  const details: { -readonly [K in keyof SafeDetails]: SafeDetails[K] } = {
    provider: String(error.provider),
    code: str(error.code) ?? null,
    category: error.category,
    reason: String(error.reason),
    message: String(error.message),
    remedy: String(error.remedy),
    retryable: error.retry.retryable === true,
    action: error.retry.action,
    delivery: error.delivery,
    matchedBy: error.matchedBy,
  };
  const afterMs = num(error.retry.afterMs);
  if (afterMs !== undefined) details.afterMs = afterMs;
  const caution = str(error.retry.caution);
  if (caution !== undefined) details.caution = caution;
  const httpStatus = num(error.httpStatus);
  if (httpStatus !== undefined) details.httpStatus = httpStatus;
  if (loop?.stoppedBecause !== undefined) details.stoppedBecause = loop.stoppedBecause;
  const notBefore = num(loop?.notBefore);
  if (notBefore !== undefined) details.notBefore = notBefore;
  return details;
}
