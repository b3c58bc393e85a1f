import { type KycError, normalizeThrown, type Provider } from '@kyc-errors/core';

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
  // TODO(#13): `caughtError(provider, thrown, options)` from @kyc-errors/core/provider-kit
  // once core ships it; until then the synchronous form, which reads no unread body.
  return knownErrorOf(provider, thrown, now);
}

/**
 * The synchronous form of {@link errorOf}, for the places a library asks for an answer
 * at once (cockatiel's `handleWhen` filter, p-retry's `shouldRetry` used on its own). Those
 * see a `KycFailure` when the operation went through `errorOf` first, so nothing is lost.
 */
export function knownErrorOf(provider: Provider, thrown: unknown, now?: () => number): KycError {
  return normalizeThrown(provider, thrown, now === undefined ? undefined : { now });
}

/**
 * The error carried when a call stops before any attempt failed: the caller's signal had
 * already fired, or the deadline had already passed. Nothing was sent.
 */
export function notAttempted(provider: Provider, why: 'aborted' | 'deadline'): KycError {
  const aborted = why === 'aborted';
  // TODO(#11): `ruleError(providerId(provider), rule)` from the provider kit once it lands.
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

/** The provider's id, read defensively: a hostile or broken provider object is `'unknown'`. */
export function providerId(provider: Provider): string {
  try {
    return typeof provider?.id === 'string' ? provider.id : 'unknown';
  } catch {
    return 'unknown';
  }
}
