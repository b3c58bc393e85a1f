import {
  type KycError,
  KycFailure,
  normalize,
  normalizeThrown,
  type Provider,
} from '@kyc-errors/core';
import type { RetryOptions } from '@kyc-errors/retry';

// Failures as the vendors send them, and a retry loop that waits no real time.

/** A fetch `Response` with a JSON body, as the vendor answers. */
export function vendorResponse(
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A `KycError` for a vendor answer, through the real classifier. */
export function vendorError(
  provider: Provider,
  status: number | undefined,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): KycError {
  return normalize(provider, { status, body, headers });
}

/** The same, thrown as a retry loop ends. */
export function thrownBy(
  error: KycError,
  details: ConstructorParameters<typeof KycFailure>[1] = {},
): KycFailure {
  return new KycFailure(error, details);
}

/**
 * An axios error as axios 1.x throws it for an HTTP failure: the request's config (its
 * headers carry the API key, its body the person's data) and the vendor's response.
 * Enumerable, as axios makes them.
 */
export function axiosError(
  status: number,
  data: unknown,
  requestHeaders: Readonly<Record<string, string>>,
  requestBody?: string,
): Error {
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'AxiosError',
    code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    isAxiosError: true,
    config: {
      method: 'post',
      url: 'https://api.vendor.test/v1/check',
      headers: requestHeaders,
      data: requestBody,
    },
    response: {
      status,
      statusText: 'Error',
      headers: { 'content-type': 'application/json' },
      data,
    },
  });
}

/** `KycError` as normalizeThrown reads a thrown client error. */
export function fromThrown(provider: Provider, thrown: unknown): KycError {
  return normalizeThrown(provider, thrown);
}

/** Retry options that never wait for real. */
export const NO_WAIT = {
  sleep: async () => {},
  random: () => 0,
} as const satisfies Partial<RetryOptions>;
