import { type KycError, normalizeThrown, type Provider } from '@kyc-errors/core';
import { caughtError, ruleError } from '@kyc-errors/core/provider-kit';

/**
 * The `KycError` of whatever an attempt threw. The one place `retry()` and the adapters
 * classify a throw: a `KycFailure`'s own error is taken as it is (it was normalized
 * already, perhaps by `bodyOrThrow`). Async because core's `caughtError` reads the unread
 * body a ky `HTTPError` carries (bounded); it never rejects.
 */
export async function errorOf(
  provider: Provider,
  thrown: unknown,
  now?: () => number,
): Promise<KycError> {
  return caughtError(provider, thrown, now === undefined ? undefined : { now });
}

/**
 * The synchronous form of {@link errorOf}, for the places a library asks for an answer
 * at once (cockatiel's `handleWhen` filter, p-retry's `shouldRetry` used on its own). Those
 * see a `KycFailure` when the operation went through `errorOf` first, so nothing is lost.
 */
export function knownErrorOf(provider: Provider, thrown: unknown, now?: () => number): KycError {
  return normalizeThrown(provider, thrown, now === undefined ? undefined : { now });
}

/** Why a call stopped before any attempt failed. */
export type NotAttempted = 'aborted' | 'deadline' | 'cooling-down' | 'rate-limited';

const NOT_ATTEMPTED = {
  aborted: {
    reason: 'ABORTED',
    message: 'The call was cancelled before an attempt could fail.',
    remedy: 'Nothing to fix at the vendor; call again if the result is still wanted.',
  },
  deadline: {
    reason: 'DEADLINE_PASSED',
    message: 'The deadline had passed before the next attempt could start.',
    remedy: 'Allow a later deadline, or requeue the work.',
  },
  'cooling-down': {
    reason: 'FLEET_COOLING_DOWN',
    message: 'The vendor throttled another call with this key and asked everyone to wait.',
    remedy: 'Requeue the work for notBefore; nothing was sent.',
  },
  'rate-limited': {
    reason: 'FLEET_RATE_LIMITED',
    message: 'The shared request rate limit for this vendor key has no permit left for now.',
    remedy: 'Requeue the work for notBefore; nothing was sent.',
  },
} as const satisfies Record<NotAttempted, { reason: string; message: string; remedy: string }>;

/**
 * The error carried when a call stops before any attempt failed: the caller's signal had
 * already fired, the deadline had passed, or the fleet's cool-down or rate limit deferred
 * it (then it is a `rate-limit` failure whose `afterMs` is the wait). Nothing was sent.
 */
export function notAttempted(provider: Provider, why: NotAttempted, afterMs?: number): KycError {
  const waiting = why === 'cooling-down' || why === 'rate-limited';
  return ruleError(providerId(provider), {
    ...NOT_ATTEMPTED[why],
    category: waiting ? 'rate-limit' : 'unknown',
    retry: waiting
      ? afterMs === undefined
        ? { retryable: true, action: 'wait' }
        : { retryable: true, action: 'wait', afterMs }
      : { retryable: false, action: 'none' },
    delivery: 'not-sent',
  });
}

/** The provider's id, read defensively: a hostile or broken provider object is `'unknown'`. */
export function providerId(provider: Provider): string {
  try {
    return typeof provider?.id === 'string' ? provider.id : 'unknown';
  } catch {
    return 'unknown';
  }
}
