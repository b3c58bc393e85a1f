import {
  bodyOrThrow,
  fromFetch,
  type KycError,
  MAX_RETRY_AFTER_MS,
  normalizeThrown,
  type Provider,
} from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { IDENFY_TOKEN } from '../../packages/idenfy/test/emulator.js';
import { SIGNINGCLOUD_DATA } from '../../packages/signingcloud/test/emulator.js';
import {
  FAR_FUTURE_RETRY_AT,
  SMILE_ID_JOB_STATUS,
  SMILE_ID_RETRY_AT,
} from '../../packages/smile-id/test/emulator.js';
import { CLIENTS } from '../support/clients.js';
import { refusedUrl } from '../support/emulator.js';
import {
  rejection,
  send,
  useEmulator,
  type VendorRoute,
  type VendorSession,
} from '../support/harness.js';
import { expectCalls, SLOW_TIMEOUT_MS, timeoutFor } from '../support/loops.js';
import { API_KEY, leaks } from '../support/secrets.js';

// One call through the response boundary, with each client: the same scenario must give
// the same KycError whatever the client, and nothing thrown may carry the request.

const emulator = useEmulator();

/** An HTTP failure and the KycError every client must end with. */
interface HttpCase {
  readonly route: VendorRoute;
  readonly provider: Provider;
  readonly expected: Partial<KycError> & Pick<KycError, 'category' | 'reason'>;
  readonly action: string;
}

const HTTP_CASES: readonly HttpCase[] = [
  {
    route: 'smile-id/not-authorized',
    provider: smileId,
    expected: { category: 'auth', reason: 'INVALID_SIGNATURE', code: '2205', httpStatus: 401 },
    action: 'fix-config',
  },
  {
    // A conflict on job_id: the earlier submission may have landed, so look before resending.
    route: 'smile-id/job-exists',
    provider: smileId,
    expected: { category: 'validation', reason: 'JOB_ALREADY_EXISTS', code: '2215' },
    action: 'check-status',
  },
  {
    route: 'smile-id/html-500',
    provider: smileId,
    expected: { category: 'retryable', reason: 'VENDOR_INTERNAL_ERROR', code: null },
    action: 'backoff',
  },
  {
    route: 'smile-id/unavailable',
    provider: smileId,
    expected: { category: 'retryable', reason: 'SERVICE_UNAVAILABLE', httpStatus: 503 },
    action: 'backoff',
  },
  {
    route: 'smile-id/rate-limited-seconds',
    provider: smileId,
    expected: { category: 'rate-limit', reason: 'RATE_LIMITED', httpStatus: 429 },
    action: 'wait',
  },
  {
    route: 'idenfy/throttled',
    provider: idenfy,
    expected: { category: 'rate-limit', reason: 'RATE_LIMITED', code: 'TOO_MANY_REQUESTS' },
    action: 'wait',
  },
  {
    // Same identifier and status as throttling, but out of credits: waiting never helps.
    route: 'idenfy/token-limit',
    provider: idenfy,
    expected: { category: 'account', reason: 'OUT_OF_CREDITS', code: 'TOO_MANY_REQUESTS' },
    action: 'account-action',
  },
  {
    route: 'idenfy/unauthorized',
    provider: idenfy,
    expected: { category: 'auth', reason: 'INVALID_CREDENTIALS', code: null, httpStatus: 401 },
    action: 'fix-config',
  },
  {
    // HTTP 200: the failure is inside the body.
    route: 'signingcloud/token-expired',
    provider: signingCloud,
    expected: { category: 'auth', reason: 'ACCESS_TOKEN_EXPIRED', code: '6' },
    action: 'refresh-credentials',
  },
  {
    route: 'signingcloud/no-credit',
    provider: signingCloud,
    expected: { category: 'account', reason: 'INSUFFICIENT_CREDIT', code: '74' },
    action: 'account-action',
  },
  {
    // HTTP 200 with an undocumented result and the personal request echoed back.
    route: 'signingcloud/echo',
    provider: signingCloud,
    expected: { category: 'unknown', reason: 'UNRECOGNIZED_FAILURE', code: null },
    action: 'investigate',
  },
];

/** A failure below HTTP, the reason and delivery every client must give it, and the calls seen. */
const TRANSPORT_CASES = [
  {
    name: 'a response slower than the timeout',
    route: 'net/slow',
    expected: { category: 'retryable', reason: 'REQUEST_TIMEOUT', delivery: 'uncertain' },
    calls: 1,
  },
  {
    name: 'a connection closed without an answer',
    route: 'net/hang-up',
    expected: { category: 'retryable', reason: 'CONNECTION_RESET', delivery: 'uncertain' },
    calls: 1,
  },
  {
    name: 'a connection reset',
    route: 'net/reset',
    expected: { category: 'retryable', reason: 'CONNECTION_RESET', delivery: 'uncertain' },
    calls: 1,
  },
  {
    name: 'a refused connection',
    route: 'refused',
    expected: { category: 'retryable', reason: 'CONNECTION_REFUSED', delivery: 'not-sent' },
    calls: 0,
  },
] as const;

async function urlOf(vendor: VendorSession, route: VendorRoute | 'refused'): Promise<string> {
  return route === 'refused' ? refusedUrl() : vendor.url(route);
}

describe.concurrent.each(CLIENTS)('$name through bodyOrThrow', (client) => {
  it.each(HTTP_CASES)('$route: $expected.category $expected.reason', async (c) => {
    const vendor = emulator.session();
    const failure = await rejection(
      bodyOrThrow(c.provider, () => send(client, vendor.url(c.route))),
    );
    expect(failure.error).toMatchObject(c.expected);
    expect(failure.error.retry.action).toBe(c.action);
    expect(vendor.calls(c.route)).toBe(1);
    expect(leaks(failure)).toEqual([]);
  });

  it('resolves with the parsed body of a success, for every vendor', async () => {
    const vendor = emulator.session();
    await expect(bodyOrThrow(smileId, send(client, vendor.url('smile-id/ok')))).resolves.toEqual(
      SMILE_ID_JOB_STATUS,
    );
    await expect(bodyOrThrow(idenfy, send(client, vendor.url('idenfy/ok')))).resolves.toEqual(
      IDENFY_TOKEN,
    );
    await expect(
      bodyOrThrow(signingCloud, send(client, vendor.url('signingcloud/ok'))),
    ).resolves.toMatchObject({ result: 0, data: SIGNINGCLOUD_DATA });
  });

  it('the request reached the emulator as sent (the secrets are really in it)', async () => {
    const vendor = emulator.session();
    await bodyOrThrow(smileId, send(client, vendor.url('smile-id/ok')));
    const [request] = vendor.requests('smile-id/ok');
    expect(request?.headers.authorization).toMatch(/^Bearer sk_live_/);
    expect(JSON.parse(request?.body ?? '')).toMatchObject({ id_number: '70123456789' });
  });

  describe('Retry-After becomes retry.afterMs', () => {
    it('in seconds', async () => {
      const vendor = emulator.session();
      const failure = await rejection(
        bodyOrThrow(smileId, send(client, vendor.url('smile-id/rate-limited-seconds'))),
      );
      expect(failure.error.retry.afterMs).toBe(3000);
    });

    it('as an HTTP-date, read against the injected clock', async () => {
      const vendor = emulator.session();
      const now = () => Date.parse(SMILE_ID_RETRY_AT) - 5000;
      const failure = await rejection(
        bodyOrThrow(smileId, send(client, vendor.url('smile-id/rate-limited-date')), { now }),
      );
      expect(failure.error.retry.afterMs).toBe(5000);
    });

    it('sent twice (joined as "2, 2"): the first valid value', async () => {
      const vendor = emulator.session();
      const failure = await rejection(
        bodyOrThrow(smileId, send(client, vendor.url('smile-id/rate-limited-twice'))),
      );
      expect(failure.error.retry.afterMs).toBe(2000);
    });

    it('a date beyond a year is clamped to MAX_RETRY_AFTER_MS, not dropped', async () => {
      const vendor = emulator.session();
      const now = () => Date.parse(FAR_FUTURE_RETRY_AT) - 80 * 365 * 24 * 3600 * 1000;
      const failure = await rejection(
        bodyOrThrow(smileId, send(client, vendor.url('smile-id/rate-limited-far')), { now }),
      );
      expect(failure.error.retry.afterMs).toBe(MAX_RETRY_AFTER_MS);
    });
  });

  it.each(TRANSPORT_CASES)('$name: $expected.reason, $expected.delivery', async (c) => {
    const vendor = emulator.session();
    const url = await urlOf(vendor, c.route);
    const failure = await rejection(
      bodyOrThrow(smileId, () => send(client, url, { timeoutMs: timeoutFor(c.route) })),
    );
    expect(failure.error).toMatchObject({ ...c.expected, matchedBy: 'transport' });
    expectCalls(vendor, c.route, c.calls);
    expect(leaks(failure)).toEqual([]);
  });

  it.each(TRANSPORT_CASES)('$name: normalizeThrown on the raw error agrees', async (c) => {
    const vendor = emulator.session();
    const url = await urlOf(vendor, c.route);
    const thrown = await send(client, url, { timeoutMs: timeoutFor(c.route) }).then(
      () => expect.unreachable('the call must fail'),
      (e: unknown) => e,
    );
    expect(normalizeThrown(smileId, thrown)).toMatchObject(c.expected);
  });

  it('a timeout by AbortSignal.timeout() is REQUEST_TIMEOUT too, not an abort', async () => {
    const vendor = emulator.session();
    const signal = AbortSignal.timeout(SLOW_TIMEOUT_MS);
    const failure = await rejection(
      bodyOrThrow(smileId, send(client, vendor.url('net/slow'), { signal, timeoutMs: 5000 })),
    );
    expect(failure.error).toMatchObject({ reason: 'REQUEST_TIMEOUT', delivery: 'uncertain' });
    expect(failure.error.retry.retryable).toBe(true);
  });

  it('a call the caller aborts is REQUEST_ABORTED, not retryable', async () => {
    const vendor = emulator.session();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const failure = await rejection(
      bodyOrThrow(smileId, send(client, vendor.url('net/slow'), { signal: controller.signal })),
    );
    expect(failure.error).toMatchObject({ reason: 'REQUEST_ABORTED' });
    expect(failure.error.retry.retryable).toBe(false);
    expect(leaks(failure)).toEqual([]);
  });
});

describe.concurrent.each(CLIENTS.filter((c) => c.name !== 'fetch'))(
  '$name: the raw error does carry the request (so the leak check can see one)',
  (client) => {
    it('the API key is in what a logger prints of the raw error', async () => {
      const vendor = emulator.session();
      const thrown = await send(client, vendor.url('smile-id/not-authorized')).then(
        () => expect.unreachable('the call must fail'),
        (e: unknown) => e,
      );
      expect(leaks(thrown)).toContain(API_KEY);
    });
  },
);

describe.concurrent.each(CLIENTS)('$name through fromFetch (never rejects)', (client) => {
  it.each(HTTP_CASES)('$route: err $expected.reason', async (c) => {
    const vendor = emulator.session();
    const result = await fromFetch(c.provider, () => send(client, vendor.url(c.route)));
    expect(result.isErr() && result.error).toMatchObject(c.expected);
    expect(leaks(result)).toEqual([]);
  });

  it('a refused connection: err CONNECTION_REFUSED', async () => {
    const url = await refusedUrl();
    const result = await fromFetch(idenfy, () => send(client, url));
    expect(result.isErr() && result.error.reason).toBe('CONNECTION_REFUSED');
  });

  it('ok with the body of a success', async () => {
    const vendor = emulator.session();
    const result = await fromFetch(idenfy, send(client, vendor.url('idenfy/ok')));
    expect(result.isOk() && result.value).toEqual(IDENFY_TOKEN);
  });
});

describe.concurrent('fromFetch is total', () => {
  it.each([
    ['a response without a working text()', { status: 502, text: () => Promise.reject(1) }],
    [
      'a response whose body getter throws',
      Object.defineProperty({ status: 500 }, 'body', {
        get() {
          throw new Error('boom');
        },
      }),
    ],
    ['a thrown string', () => Promise.reject('nope')],
    [
      'a function that throws synchronously',
      () => {
        throw new TypeError('sync');
      },
    ],
  ])('%s: an err, no rejection', async (_name, input) => {
    const result = await fromFetch(smileId, input);
    expect(result.isErr()).toBe(true);
  });
});
