import type { Category } from '@kyc-errors/core';

/** Sentry's severity levels. */
export type SentryLevel = 'fatal' | 'error' | 'warning' | 'log' | 'info' | 'debug';

/**
 * The Sentry level of a failure of each category: `error` for what is an incident (our
 * configuration or account is broken, the vendor is down after every retry, nobody knows),
 * `warning` for what a developer or operator should look at but is not an outage, `info` for
 * a verdict. Keyed by category, so a new category does not compile until it has a level.
 */
export const SENTRY_LEVELS = {
  // Our credentials or environment are wrong: every call fails until someone fixes them.
  auth: 'error',
  // The account cannot do this (no credits, product off): every call fails until someone acts.
  account: 'error',
  // One request was malformed: a bug to fix, or one user's bad input; not an outage.
  validation: 'warning',
  // One end user's record is in the wrong state at the vendor: the flow must handle it.
  'user-state': 'warning',
  // The vendor ran its checks and said no: a verdict about a person, not a fault.
  verification: 'info',
  // Still failing after every retry the advice allowed: the vendor is down for us.
  retryable: 'error',
  // Throttled beyond what retries absorbed: we send too much, not broken.
  'rate-limit': 'warning',
  // Nothing recognised it: a person must read it.
  unknown: 'error',
} as const satisfies Record<Category, SentryLevel>;

/**
 * The categories that are expected outcomes of a KYC flow rather than faults, dropped by
 * `kycEventProcessor({ dropExpected: true })`: a verification rejection.
 */
export const EXPECTED_CATEGORIES: readonly Category[] = ['verification'];
