import type { KycError, RetryAction } from '@kyc-errors/core';

/** What a retry can do about an action: the same split as `retry()`'s loop. */
export type Carried = 'again' | 'refresh' | 'stop';

/**
 * What Temporal may do with each action. A new action in core does not compile here until
 * someone decides what an activity retry may do with it.
 */
export const CARRIED = {
  backoff: 'again',
  wait: 'again',
  'refresh-credentials': 'refresh',
  'check-status': 'stop',
  'new-idempotency-key': 'stop',
  'wait-for-result': 'stop',
  'user-action': 'stop',
  'fix-request': 'stop',
  'fix-config': 'stop',
  'account-action': 'stop',
  'change-state': 'stop',
  investigate: 'stop',
  none: 'stop',
} as const satisfies Record<RetryAction, Carried>;

/**
 * Whether no retry can help `error`, whoever runs it: its advice is not retryable, or asks
 * for what only a person or the caller can do. An expired token counts as retryable (after
 * a refresh).
 */
export function neverRetried(error: KycError): boolean {
  return !error.retry.retryable || CARRIED[error.retry.action] === 'stop';
}

/**
 * The one text Temporal is handed for a failure (the `ApplicationFailure`'s message, and so
 * the first line of its stack): the provider and the reason, both chosen by this library,
 * never the vendor's text. A failure that may have reached the vendor says to look there first.
 */
export function failureMessage(error: KycError): string {
  const head = `${error.provider} ${error.reason}`;
  return error.retry.action === 'check-status'
    ? `${head}: may have reached the vendor; check its status there before sending it again`
    : head;
}
