import { type KycError, normalizeThrown, type Provider } from '@kyc-errors/core';

/**
 * The `KycError` of whatever an attempt threw, through core's `normalizeThrown`, which takes
 * a `KycFailure`'s own error as it is (it was normalized already, perhaps by a vendor-aware
 * client). Total.
 */
export function errorOf(provider: Provider, thrown: unknown, now?: () => number): KycError {
  return normalizeThrown(provider, thrown, now === undefined ? undefined : { now });
}

/**
 * The error carried when a call stops before any attempt failed: the caller's signal had
 * already fired, or the deadline had already passed. Nothing was sent.
 */
export function notAttempted(provider: Provider, why: 'aborted' | 'deadline'): KycError {
  const aborted = why === 'aborted';
  return {
    provider: providerId(provider),
    code: null,
    category: 'unknown',
    reason: aborted ? 'ABORTED' : 'DEADLINE_PASSED',
    message: aborted
      ? 'The call was cancelled before an attempt could fail.'
      : 'The deadline had passed before the next attempt could start.',
    remedy: aborted
      ? 'Nothing to fix at the vendor; call again if the result is still wanted.'
      : 'Allow a later deadline, or requeue the work.',
    retry: { retryable: false, action: 'none' },
    delivery: 'not-sent',
    matchedBy: 'none',
  };
}

function providerId(provider: Provider): string {
  try {
    return typeof provider?.id === 'string' ? provider.id : 'unknown';
  } catch {
    return 'unknown';
  }
}
