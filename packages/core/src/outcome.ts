import type { RetryAdvice } from './retry-advice.js';

/** The verdicts a verification can reach, kept apart from request errors. */
export const VERDICTS = ['approved', 'provisional', 'rejected', 'pending'] as const;

/**
 * A verification verdict:
 *
 * - `approved`: every check passed.
 * - `provisional`: passed by the machine, or partly, with a human review open or
 *   inconclusive. Usable if your risk policy allows; the final word may still change.
 * - `rejected`: a check failed. Final unless `final` is `false`.
 * - `pending`: no decision yet. Wait for the callback or poll; never resubmit.
 */
export type Verdict = (typeof VERDICTS)[number];

/** What each {@link Verdict} means for the caller, in one line, for docs and the CLI. */
export const VERDICT_INFO = {
  approved: 'Every check passed.',
  provisional: 'Passed by the machine or in part; a human review is open or was inconclusive.',
  rejected: 'A check failed.',
  pending: 'No decision yet: wait for the callback or poll, never resubmit.',
} as const satisfies Record<Verdict, string>;

/**
 * The default advice for each verdict. A rejection's entry overrides it where the end user
 * can help by capturing again.
 */
export const VERDICT_DEFAULTS = {
  approved: { retryable: false, action: 'none' },
  provisional: { retryable: false, action: 'wait-for-result' },
  rejected: { retryable: false, action: 'none' },
  pending: { retryable: false, action: 'wait-for-result' },
} as const satisfies Record<Verdict, RetryAdvice>;

/** The result of a verification, as read from a vendor's result or webhook body. */
export interface Outcome {
  /** The provider id. */
  readonly provider: string;
  /** The vendor's result code or status, as a string; `null` when the body carried none. */
  readonly code: string | null;
  /** The verdict. */
  readonly verdict: Verdict;
  /** `false` while a review is still open: wait, do not start a new session or job. */
  readonly final: boolean;
  /** A stable UPPER_SNAKE_CASE reason. */
  readonly reason: string;
  /** Our one-line explanation. */
  readonly message: string;
  /** What to do next. */
  readonly remedy: string;
  /** What to do before anything is sent again. */
  readonly retry: RetryAdvice;
  /** The vendor's own result text, when it is a documented text (never personal data). */
  readonly vendorText?: string;
  /** Vendor tags carried as data (fraud or mismatch flags), never personal values. */
  readonly tags?: readonly string[];
  /**
   * Never set on a verdict: it lets `webhook()`'s answer be told apart with
   * `answer.kind === 'event'` (a `KycEvent`) or not (an `Outcome`).
   */
  readonly kind?: never;
}
