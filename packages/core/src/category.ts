/**
 * The categories every vendor failure is sorted into, in the order the docs list them.
 *
 * @example
 * ```ts
 * import { CATEGORIES } from '@kyc-errors/core';
 * CATEGORIES.includes('rate-limit'); // true
 * ```
 */
export const CATEGORIES = [
  'auth',
  'account',
  'validation',
  'user-state',
  'verification',
  'retryable',
  'rate-limit',
  'unknown',
] as const;

/**
 * What kind of failure a {@link KycError} is, and so who must act:
 *
 * - `auth`: credentials, signature, token or environment are wrong. Fix the configuration;
 *   only an expired token is retried, after a refresh.
 * - `account`: the partner account cannot do this (product not enabled, plan or contract,
 *   no funds or credits). Someone must top up or enable; never retried automatically.
 * - `validation`: the request itself is wrong (missing or malformed field, bad image,
 *   unsupported type). Fix the request; resending it unchanged fails the same way.
 * - `user-state`: the end user's record at the vendor is in the wrong state (not enrolled,
 *   already enrolled, disabled, deleted, locked). Change the state or the flow.
 * - `verification`: the vendor ran the check and it failed (spoof, document landmark
 *   failure, face mismatch). A verdict, not a fault: do not retry blindly.
 * - `retryable`: a transient fault at the vendor or on the network. Retry with backoff.
 * - `rate-limit`: throttled. Wait at least as long as told, then retry, and slow down.
 * - `unknown`: nothing matched. The raw cause is kept, redacted, for a human to read.
 *
 * @see {@link CATEGORY_INFO} for the same facts as data.
 */
export type Category = (typeof CATEGORIES)[number];

/** Who is expected to act on a failure of a category. */
export type Actor = 'developer' | 'operations' | 'account-owner' | 'end-user' | 'automatic';

/** Describes one category for people: what it means and who acts. */
export interface CategoryInfo {
  /** One sentence: what a failure of this category means. */
  readonly meaning: string;
  /** Who must act before the call can succeed. */
  readonly actor: Actor;
}

/**
 * One line per category for docs, the CLI and dashboards. Keyed by {@link Category}, so a
 * new category does not compile until it is described here.
 */
export const CATEGORY_INFO = {
  auth: {
    meaning:
      'Credentials, request signature, token or environment are wrong; the vendor refused to identify the caller.',
    actor: 'developer',
  },
  account: {
    meaning:
      'The partner account may not do this: product not enabled, plan or contract limits, no funds or credits.',
    actor: 'account-owner',
  },
  validation: {
    meaning:
      'The request itself is malformed: a missing or invalid field, an unusable file, an unsupported type.',
    actor: 'developer',
  },
  'user-state': {
    meaning:
      "The end user's record at the vendor is in the wrong state for this call (not enrolled, disabled, locked, ...).",
    actor: 'operations',
  },
  verification: {
    meaning:
      'The vendor ran its checks and they failed: a verdict about the person or document, not a fault.',
    actor: 'end-user',
  },
  retryable: {
    meaning:
      'A transient fault at the vendor or on the network; the same request may succeed later.',
    actor: 'automatic',
  },
  'rate-limit': {
    meaning: 'The vendor throttled the caller; wait as long as told, then send less.',
    actor: 'automatic',
  },
  unknown: {
    meaning: 'Nothing recognised the failure; the redacted raw cause is kept for a person to read.',
    actor: 'developer',
  },
} as const satisfies Record<Category, CategoryInfo>;

const categorySet: ReadonlySet<string> = new Set(CATEGORIES);

/**
 * Narrows an arbitrary value to a {@link Category}.
 *
 * @example
 * ```ts
 * isCategory('auth'); // true
 * isCategory('toString'); // false
 * ```
 */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && categorySet.has(value);
}
