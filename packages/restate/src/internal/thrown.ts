import { isKycFailure, type KycError, normalizeThrown, type Provider } from '@kyc-errors/core';
import { caughtError } from '@kyc-errors/core/provider-kit';

/**
 * The `KycError` of whatever a vendor call threw: core's `caughtError`, which also reads the
 * unread body of a ky `HTTPError`. A `KycError` thrown as it is goes to `normalizeThrown`
 * instead: core brands `KycError`s and `KycFailure`s in one registry, so `caughtError` takes
 * such an error for a `KycFailure` and answers with its (absent) `error`.
 */
export async function errorOfThrown(
  provider: Provider,
  thrown: unknown,
  now: () => number,
): Promise<KycError> {
  if (isKycFailure(thrown) && !(thrown instanceof Error)) {
    return normalizeThrown(provider, thrown, { now });
  }
  return caughtError(provider, thrown, { now });
}
