import { bodyOrThrow, type Provider } from '@kyc-errors/core';
import { type Answer, type Loopback, startLoopback } from '../fleet/loopback.js';
import { fetchWithTimeout } from './clients.js';
import { API_KEY, PERSONAL_REQUEST, SECRET_HEADERS, SECRETS } from './secrets.js';

// For the tests of the engine adapters (packages/inngest, packages/restate): a loopback vendor
// (node:http on 127.0.0.1) answering each request in turn, the vendor call as an application
// writes it (fetch, then core's bodyOrThrow), and the failures a client throws with a planted
// secret and personal data in them, for the privacy tests.

/** Smile ID's answer to a bad signature. */
export const SMILE_2205: Answer = {
  status: 401,
  body: { code: '2205', error: 'You are not authorized to do that' },
};

/** A gateway's 503, HTML, no vendor code. */
export const GATEWAY_503: Answer = {
  status: 503,
  headers: { 'content-type': 'text/html' },
  body: '<html><title>503 Service Temporarily Unavailable</title></html>',
};

/** A 429 asking for `seconds` of patience. */
export const throttled = (seconds: number): Answer => ({
  status: 429,
  headers: { 'retry-after': String(seconds) },
  body: {},
});

/** An answer that comes long after any timeout of these tests (the server is closed first). */
export const HANGING: Answer = { status: 200, body: {}, delayMs: 30_000 };

/** SigningCloud's envelope: HTTP 200, the failure inside (result 6: the token expired). */
export const signingCloudResult = (result: number): Answer => ({
  status: 200,
  body: { result, data: 'dGVzdA==', mac: '00ff' },
});

/** A success. */
export const OK: Answer = { status: 200, body: { job_id: 'job-1' } };

/** Starts a vendor answering the requests in order with `answers`, then with `OK`. */
export function vendor(...answers: readonly Answer[]): Promise<Loopback> {
  return startLoopback((n) => answers[n] ?? OK);
}

/** The call an application makes: POST, then the body or a `KycFailure`. */
export function call(
  provider: Provider,
  server: Loopback,
  timeoutMs = 10_000,
): () => Promise<unknown> {
  return () =>
    bodyOrThrow(
      provider,
      fetchWithTimeout(
        server.url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ partner_params: { job_id: 'job-1' } }),
        },
        timeoutMs,
      ),
    );
}

/**
 * A vendor call as a KYC call is: a POST of personal data with the API key, then the body or
 * a `KycFailure` (what the engine adapters' privacy tests plant their secrets in).
 */
export function callWithPersonalData(
  provider: Provider,
  url: string,
  init: { readonly signal?: AbortSignal; readonly authorization?: string } = {},
): Promise<unknown> {
  return bodyOrThrow(
    provider,
    fetch(url, {
      method: 'POST',
      headers: {
        ...SECRET_HEADERS,
        ...(init.authorization === undefined ? {} : { authorization: init.authorization }),
        'content-type': 'application/json',
      },
      body: JSON.stringify(PERSONAL_REQUEST),
      ...(init.signal === undefined ? {} : { signal: init.signal }),
      // Held until the call settles: see fetchWithTimeout.
    }).finally(() => init.signal?.aborted),
  );
}

/** A value planted in a vendor body: an adapter must hand its engine none of these. */
export const PLANTED_SECRET = 'sk_live_PLANTED_5f4e3d2c1b0a9988';

/** Everything planted: the secret, the API key and the applicant's personal data. */
export const PLANTED: readonly string[] = [PLANTED_SECRET, ...SECRETS];

/** A vendor body echoing the request (as some vendors do) with the planted secret in it. */
const echo = {
  ...PERSONAL_REQUEST,
  signature: PLANTED_SECRET,
  note: `for ${PLANTED_SECRET} ${PERSONAL_REQUEST.first_name} ${PERSONAL_REQUEST.last_name}`,
};

/** The request an axios error carries: the key in a header, personal data in the body. */
const config = {
  url: 'https://api.vendor.test/v1/id_verification',
  method: 'post',
  headers: { Authorization: `Bearer ${API_KEY}` },
  data: JSON.stringify(PERSONAL_REQUEST),
};

/** What axios throws for an HTTP failure: the request and the vendor's body on the error. */
export function clientError(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Error {
  return Object.assign(new Error(`Request failed with status code ${status} (${PLANTED_SECRET})`), {
    name: 'AxiosError',
    isAxiosError: true,
    code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    config,
    response: {
      status,
      headers: { 'content-type': 'application/json', ...headers },
      data: body,
      config,
    },
  });
}

/** axios' own timeout, with the request on it. */
export function clientTimeout(): Error {
  return Object.assign(new Error(`timeout of 100ms exceeded (${PLANTED_SECRET})`), {
    name: 'AxiosError',
    isAxiosError: true,
    code: 'ECONNABORTED',
    config,
  });
}

/**
 * The failures of the privacy tests, each carrying the planted values, with the vendor that
 * sent it: Smile ID 2205, a 503, a 429 with Retry-After, an unknown 418, a timeout and an
 * expired SigningCloud token.
 */
export const PLANTED_FAILURES = [
  [
    'Smile ID 2205',
    'smile-id',
    clientError(401, { code: '2205', error: `Not authorized ${PLANTED_SECRET}`, ...echo }),
  ],
  [
    'a 503',
    'smile-id',
    clientError(503, `<html>${PLANTED_SECRET} ${PERSONAL_REQUEST.first_name}</html>`),
  ],
  ['a 429 with Retry-After', 'smile-id', clientError(429, echo, { 'retry-after': '30' })],
  [
    'an unknown 418 echoing the request',
    'smile-id',
    clientError(418, { error: `bad ${PLANTED_SECRET}`, ...echo }),
  ],
  ['a timeout', 'smile-id', clientTimeout()],
  [
    'an expired SigningCloud token',
    'signingcloud',
    clientError(200, { result: 6, data: PLANTED_SECRET, mac: PLANTED_SECRET, ...echo }),
  ],
] as const;
