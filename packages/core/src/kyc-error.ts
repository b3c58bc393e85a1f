import { type Category, isCategory } from './category.js';
import type { Delivery, RetryAdvice } from './retry-advice.js';

/**
 * Which step of the pipeline recognised a failure, from most to least specific:
 *
 * - `code`: the vendor's own code, found in the catalog.
 * - `family`: an undocumented code read through a documented sibling (Smile ID's 23xx/24xx
 *   codes share the meaning of the 22xx code with the same suffix). `inferredFrom` names it.
 * - `message`: the vendor's message text matched one of the vendor's documented messages.
 * - `status`: only the HTTP status was understood.
 * - `transport`: the request failed below HTTP (DNS, connection, timeout, abort).
 * - `none`: nothing matched; the category is `unknown`.
 */
export type MatchedBy = 'code' | 'family' | 'message' | 'status' | 'transport' | 'none';

/**
 * One vendor failure in the normalized shape. A plain, JSON-safe, readonly object: log it,
 * send it across a queue, compare it with `toEqual`. It never holds personal data: the
 * vendor's message is redacted and `raw` keeps only a redacted skeleton.
 */
export interface KycError {
  /** The provider id, e.g. `'smile-id'`. */
  readonly provider: string;
  /** The vendor's native code as a string (`'2205'`, `'BAD_VALUE'`, `'6'`), or `null`. */
  readonly code: string | null;
  /** The taxonomy bucket; decides who acts. */
  readonly category: Category;
  /** A stable UPPER_SNAKE_CASE machine reason, e.g. `'INVALID_SIGNATURE'`. */
  readonly reason: string;
  /** Our one-line explanation, safe to log and show to developers. */
  readonly message: string;
  /** What to do about it. */
  readonly remedy: string;
  /** Whether and how to try again. */
  readonly retry: RetryAdvice;
  /** Whether the vendor may have acted on the request (matters for non-idempotent calls). */
  readonly delivery: Delivery;
  /** Which step recognised the failure. */
  readonly matchedBy: MatchedBy;
  /** The HTTP status, when there was a response. */
  readonly httpStatus?: number;
  /** The request field at fault, when the vendor named one. */
  readonly field?: string;
  /** The vendor's own message, truncated and with personal data scrubbed. */
  readonly vendorMessage?: string;
  /** With `matchedBy: 'family'`: the documented code whose meaning was borrowed. */
  readonly inferredFrom?: string;
  /** With `category: 'unknown'`: a redacted, size-bounded copy of what was received. */
  readonly raw?: unknown;
  /**
   * The vendor's reference for this request, to quote to its support (Persona's
   * `Request-Id`, `req_…`): kept only when it matches the grammar the provider documents for
   * it. It names the API call, never the person.
   */
  readonly requestId?: string;
}

/**
 * Narrows an arbitrary value to a {@link KycError} by its required fields.
 *
 * @example
 * ```ts
 * if (isKycError(value)) console.log(value.category);
 * ```
 */
export function isKycError(value: unknown): value is KycError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const retry = v.retry as Record<string, unknown> | null | undefined;
  return (
    typeof v.provider === 'string' &&
    (typeof v.code === 'string' || v.code === null) &&
    isCategory(v.category) &&
    typeof v.reason === 'string' &&
    typeof v.message === 'string' &&
    typeof retry === 'object' &&
    retry !== null &&
    typeof retry.retryable === 'boolean'
  );
}
