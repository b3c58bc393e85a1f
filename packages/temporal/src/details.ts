import type {
  Category,
  Delivery,
  KycError,
  MatchedBy,
  RetryAction,
  StopReason,
} from '@kyc-errors/core';

/**
 * What an `ApplicationFailure` made by {@link toApplicationFailure} carries as its one
 * detail: the `KycError`'s fields that this library chose (its own texts, catalogued codes),
 * never `vendorMessage`, `raw` or `field`, which are read from what the vendor sent (a field
 * name only has to fit a grammar that a person's name also fits).
 */
export interface KycFailureDetails {
  /** The provider id, e.g. `'smile-id'`. */
  readonly provider: string;
  /** The vendor's catalogued code, or `null`. */
  readonly code: string | null;
  /** The taxonomy bucket. */
  readonly category: Category;
  /** The stable reason, also the failure's `type`. */
  readonly reason: string;
  /** Our one-line explanation. */
  readonly message: string;
  /** What to do about it. */
  readonly remedy: string;
  /** What must happen before another attempt. */
  readonly action: RetryAction;
  /** Whether the advice allows another attempt. */
  readonly retryable: boolean;
  /** Whether the vendor may have acted on the request. */
  readonly delivery: Delivery;
  /** Which step recognised the failure. */
  readonly matchedBy: MatchedBy;
  /** The least wait before another attempt, in ms, when the vendor said. */
  readonly afterMs?: number;
  /** A warning for whoever wires the retry (the duplicate-job trap). */
  readonly caution?: string;
  /** The HTTP status, when there was a response. */
  readonly httpStatus?: number;
  /** Why a `retry()` inside the activity stopped, when one did. */
  readonly stoppedBecause?: StopReason;
  /** With `stoppedBecause: 'deferred'`: when to try again, epoch ms. */
  readonly notBefore?: number;
}

/** The allow-listed fields of `error`, built field by field (nothing else is copied). */
export function detailsOf(
  error: KycError,
  stop: { readonly stoppedBecause?: StopReason; readonly notBefore?: number } = {},
): KycFailureDetails {
  const { retry } = error;
  return {
    provider: error.provider,
    code: error.code,
    category: error.category,
    reason: error.reason,
    message: error.message,
    remedy: error.remedy,
    action: retry.action,
    retryable: retry.retryable,
    delivery: error.delivery,
    matchedBy: error.matchedBy,
    ...(retry.afterMs === undefined ? {} : { afterMs: retry.afterMs }),
    ...(retry.caution === undefined ? {} : { caution: retry.caution }),
    ...(error.httpStatus === undefined ? {} : { httpStatus: error.httpStatus }),
    ...(stop.stoppedBecause === undefined ? {} : { stoppedBecause: stop.stoppedBecause }),
    ...(stop.notBefore === undefined ? {} : { notBefore: stop.notBefore }),
  };
}
