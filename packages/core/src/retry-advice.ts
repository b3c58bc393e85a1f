import type { Category } from './category.js';

/**
 * The actions a caller may have to take before another attempt, in the order they are
 * usually checked. `retry.action` on a {@link KycError} is always one of these.
 */
export const RETRY_ACTIONS = [
  'backoff',
  'wait',
  'refresh-credentials',
  'check-status',
  'new-idempotency-key',
  'wait-for-result',
  'user-action',
  'fix-request',
  'fix-config',
  'account-action',
  'change-state',
  'investigate',
  'none',
] as const;

/**
 * What must happen before another attempt:
 *
 * - `backoff`: retry the same request after an exponential, jittered delay.
 * - `wait`: retry no sooner than `retry.afterMs` (or a long backoff when the vendor gave no
 *   time), then slow down. Used for throttling.
 * - `refresh-credentials`: obtain a new access token, then retry once.
 * - `check-status`: the earlier request may have been processed; look up its status (a job,
 *   a document) before sending anything new, or you risk a duplicate.
 * - `new-idempotency-key`: the id you sent is spent; send again only with a fresh id.
 * - `wait-for-result`: nothing failed yet; the vendor is still deciding. Wait for the
 *   callback or poll the status; do not resubmit.
 * - `user-action`: the end user must do something (capture again, enter a new code).
 * - `fix-request`: change the request; sending it unchanged fails the same way.
 * - `fix-config`: fix credentials, keys, base URL or environment.
 * - `account-action`: the account owner must top up, enable a product or change the plan.
 * - `change-state`: change the end user's state at the vendor (enable, re-enrol) or the flow.
 * - `investigate`: nobody knows yet; a person must read the redacted cause.
 * - `none`: a final answer; there is nothing to retry.
 */
export type RetryAction = (typeof RETRY_ACTIONS)[number];

/**
 * What each {@link RetryAction} asks of the caller, in one line, for docs and the CLI.
 * Keyed by action, so a new action does not compile until it is described.
 */
export const RETRY_ACTION_INFO = {
  backoff: 'Retry the same request after an exponential, jittered delay.',
  wait: 'Retry no sooner than Retry-After (or a long backoff), then send less.',
  'refresh-credentials': 'Get a new access token, then retry once.',
  'check-status':
    'The earlier request may have been processed: look up its status before sending anything new.',
  'new-idempotency-key': 'The id sent is spent: send again only with a fresh id.',
  'wait-for-result': 'Nothing failed yet: wait for the callback or poll; do not resubmit.',
  'user-action': 'The end user must act (capture again, enter a new code).',
  'fix-request': 'Change the request; unchanged, it fails the same way.',
  'fix-config': 'Fix credentials, keys, base URL or environment.',
  'account-action': 'The account owner must top up, enable a product or change the plan.',
  'change-state': "Change the end user's state at the vendor (enable, re-enrol) or the flow.",
  investigate: 'Nobody knows yet: a person must read the redacted cause.',
  none: 'A final answer: there is nothing to retry.',
} as const satisfies Record<RetryAction, string>;

/**
 * Whether the vendor could have acted on the request, which decides if a non-idempotent
 * call (a job submission) may be sent again:
 *
 * - `not-sent`: the request never reached the vendor (DNS failure, connection refused).
 *   Safe to resend anything.
 * - `uncertain`: it may have been processed (timeout, reset connection, 5xx, a vendor
 *   "system error"). Resend a non-idempotent call only after checking its status.
 * - `rejected`: the vendor answered and did not act on it (a validation or auth error,
 *   throttling). Resending is safe, though often pointless.
 */
export type Delivery = 'not-sent' | 'uncertain' | 'rejected';

/** Retry guidance carried by every {@link KycError}. */
export interface RetryAdvice {
  /** `true` when the same request may be sent again automatically (perhaps after `action`). */
  readonly retryable: boolean;
  /** What must happen first. */
  readonly action: RetryAction;
  /** The least wait before another attempt, in milliseconds, when known (from `Retry-After`). */
  readonly afterMs?: number;
  /** A warning for the person wiring the retry, e.g. the duplicate-job trap of a resubmission. */
  readonly caution?: string;
  /**
   * For a vendor that deduplicates requests by an idempotency key: the key the next attempt
   * must carry. `same`: send again under the key already sent (the vendor returns or finishes
   * the first request, never runs it twice). `new`: that key is spent on this answer (sent
   * again, it replays it), so a changed or later request needs a fresh one. Absent when the
   * vendor has no such keys or the answer does not depend on them.
   */
  readonly idempotencyKey?: 'same' | 'new';
}

/** The retry advice of each category, before any catalog entry overrides it. */
export interface CategoryDefaults {
  readonly retry: RetryAdvice;
  readonly delivery: Delivery;
}

/**
 * The one table of default advice. A catalog entry overrides only its exceptions (an
 * expired token is `auth` but retryable after `refresh-credentials`).
 */
export const CATEGORY_DEFAULTS = {
  auth: { retry: { retryable: false, action: 'fix-config' }, delivery: 'rejected' },
  account: { retry: { retryable: false, action: 'account-action' }, delivery: 'rejected' },
  validation: { retry: { retryable: false, action: 'fix-request' }, delivery: 'rejected' },
  'user-state': { retry: { retryable: false, action: 'change-state' }, delivery: 'rejected' },
  verification: { retry: { retryable: false, action: 'none' }, delivery: 'rejected' },
  retryable: { retry: { retryable: true, action: 'backoff' }, delivery: 'uncertain' },
  'rate-limit': { retry: { retryable: true, action: 'wait' }, delivery: 'rejected' },
  unknown: { retry: { retryable: false, action: 'investigate' }, delivery: 'uncertain' },
} as const satisfies Record<Category, CategoryDefaults>;

/**
 * The default advice for a category, merged with an entry's overrides.
 *
 * @example
 * ```ts
 * adviceFor('auth', { retryable: true, action: 'refresh-credentials' });
 * // { retryable: true, action: 'refresh-credentials' }
 * ```
 */
export function adviceFor(category: Category, override?: Partial<RetryAdvice>): RetryAdvice {
  return withExceptions(CATEGORY_DEFAULTS[category].retry, override);
}

/**
 * The one merge of default advice: a base (a category's or a verdict's) with only the
 * exceptions an entry or a rule states; the base itself, shared, when there are none.
 */
export function withExceptions(
  base: RetryAdvice,
  exceptions: Partial<RetryAdvice> | undefined,
): RetryAdvice {
  return Object.freeze(exceptions === undefined ? base : { ...base, ...exceptions });
}
