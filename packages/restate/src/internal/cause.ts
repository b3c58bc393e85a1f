import type {
  Category,
  Delivery,
  KycError,
  KycFailure,
  MatchedBy,
  RetryAction,
  StopReason,
} from '@kyc-errors/core';

/**
 * The `cause` this adapter puts on every error it hands Restate: fields of the `KycError`
 * that this library chose (catalog codes, our reasons, messages and remedies, the advice),
 * copied one by one. Never the vendor's message, `raw`, `field` or anything the client threw:
 * a logger (the SDK's own included) prints the cause of what the handler throws.
 */
export interface KycCause {
  /** The provider id, e.g. `'smile-id'`. */
  readonly provider: string;
  /** The vendor's catalogued code, or `null`. */
  readonly code: string | null;
  /** The taxonomy bucket. */
  readonly category: Category;
  /** The stable UPPER_SNAKE_CASE reason. */
  readonly reason: string;
  /** Our one-line explanation. */
  readonly message: string;
  /** What to do about it. */
  readonly remedy: string;
  /** Whether the failure may be retried, and what must happen first. */
  readonly retryable: boolean;
  /** The advice's action (`'check-status'` after an ambiguous failure of a non-idempotent call). */
  readonly action: RetryAction;
  /** The vendor's least wait, in ms, when it named one. */
  readonly afterMs?: number;
  /** The warning on the advice (the duplicate-job trap), when there is one. */
  readonly caution?: string;
  /** Whether the vendor may have acted on the request. */
  readonly delivery: Delivery;
  /** Which step recognised the failure. */
  readonly matchedBy: MatchedBy;
  /** The HTTP status, when there was a response. */
  readonly httpStatus?: number;
  /** Why a `retry()` loop inside the step stopped, when one did. */
  readonly stoppedBecause?: StopReason;
  /** With `stoppedBecause: 'deferred'`: the earliest time (epoch ms) to try again. */
  readonly notBefore?: number;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Builds the {@link KycCause} of an error (and of the loop that gave up on it, if any). */
export function causeOf(error: KycError, failure?: KycFailure): KycCause {
  const cause: {
    -readonly [K in keyof KycCause]: KycCause[K];
  } = {
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
  if (afterMs !== undefined) cause.afterMs = afterMs;
  const caution = str(error.retry.caution);
  if (caution !== undefined) cause.caution = caution;
  const httpStatus = num(error.httpStatus);
  if (httpStatus !== undefined) cause.httpStatus = httpStatus;
  if (failure?.stoppedBecause !== undefined) cause.stoppedBecause = failure.stoppedBecause;
  const notBefore = num(failure?.notBefore);
  if (notBefore !== undefined) cause.notBefore = notBefore;
  return cause;
}
