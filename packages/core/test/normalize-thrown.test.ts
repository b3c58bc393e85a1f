import { isKycFailure, KycFailure, normalize, normalizeThrown } from '@kyc-errors/core';
import { describe, expect, it } from 'vitest';
import { acme } from './fixtures/acme.js';

const sysError = (code: string, message = `connect ${code} 10.0.0.1:443`) =>
  Object.assign(new Error(message), { code, errno: -111, syscall: 'connect' });

describe('normalizeThrown: network errors by code', () => {
  it.each([
    ['ECONNREFUSED', 'CONNECTION_REFUSED', 'not-sent'],
    ['ENOTFOUND', 'DNS_NOT_FOUND', 'not-sent'],
    ['EAI_AGAIN', 'DNS_TEMPORARY_FAILURE', 'not-sent'],
    ['EHOSTUNREACH', 'HOST_UNREACHABLE', 'not-sent'],
    ['UND_ERR_CONNECT_TIMEOUT', 'CONNECT_TIMEOUT', 'not-sent'],
    ['ECONNRESET', 'CONNECTION_RESET', 'uncertain'],
    // One reason per kind of failure, whatever the client calls it (issue #13).
    ['ETIMEDOUT', 'REQUEST_TIMEOUT', 'uncertain'],
    ['EPIPE', 'CONNECTION_RESET', 'uncertain'],
    ['ECONNABORTED', 'REQUEST_TIMEOUT', 'uncertain'],
    ['UND_ERR_SOCKET', 'CONNECTION_RESET', 'uncertain'],
    ['UND_ERR_HEADERS_TIMEOUT', 'REQUEST_TIMEOUT', 'uncertain'],
    ['CERT_HAS_EXPIRED', 'TLS_ERROR', 'not-sent'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS_ERROR', 'not-sent'],
  ])('%s is retryable, %s, delivery %s', (code, reason, delivery) => {
    const e = normalizeThrown(acme, sysError(code));
    expect(e).toMatchObject({
      provider: 'acme',
      code,
      category: 'retryable',
      reason,
      delivery,
      matchedBy: 'transport',
      retry: { retryable: true, action: 'backoff' },
    });
  });

  it("names every client timeout REQUEST_TIMEOUT, and got's connect-phase timeout CONNECT_TIMEOUT", () => {
    const fetchTimeout = new DOMException(
      'The operation was aborted due to timeout',
      'TimeoutError',
    );
    const kyTimeout = Object.assign(new Error('Request timed out: POST http://x/'), {
      name: 'TimeoutError',
    });
    const gotTimeout = Object.assign(new Error("Timeout awaiting 'request' for 50ms"), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
      event: 'request',
    });
    for (const thrown of [fetchTimeout, kyTimeout, gotTimeout]) {
      expect(normalizeThrown(acme, thrown)).toMatchObject({
        reason: 'REQUEST_TIMEOUT',
        delivery: 'uncertain',
      });
    }
    const gotConnect = Object.assign(new Error("Timeout awaiting 'connect' for 50ms"), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
      event: 'connect',
    });
    expect(normalizeThrown(acme, gotConnect)).toMatchObject({
      reason: 'CONNECT_TIMEOUT',
      delivery: 'not-sent',
    });
  });

  it('keeps no quoted value or URL query of a thrown message (Node quotes a bad header value)', () => {
    const thrown = new TypeError(
      'Headers.append: "Bearer sk_live_abc123" is an invalid header value; GET https://api.example.com/v1/x?api_key=k123&token=t456 failed',
    );
    const text = JSON.stringify(normalizeThrown(acme, thrown));
    for (const secret of ['sk_live_abc123', 'k123', 't456', 'api_key=']) {
      expect(text).not.toContain(secret);
    }
  });

  it('walks the cause chain of a fetch TypeError', () => {
    const thrown = new TypeError('fetch failed', { cause: sysError('ECONNRESET') });
    expect(normalizeThrown(acme, thrown).reason).toBe('CONNECTION_RESET');
  });

  it('walks several levels of cause', () => {
    const deep = new Error('a', {
      cause: new Error('b', { cause: new Error('c', { cause: sysError('ENOTFOUND') }) }),
    });
    expect(normalizeThrown(acme, deep).reason).toBe('DNS_NOT_FOUND');
  });

  it('stops walking a cyclic cause chain', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(normalizeThrown(acme, a).category).toBe('unknown');
  });

  it('reads an AggregateError of socket errors (Node happy eyeballs)', () => {
    const agg = new AggregateError([sysError('ECONNREFUSED'), sysError('ECONNREFUSED')], '');
    expect(normalizeThrown(acme, agg).reason).toBe('CONNECTION_REFUSED');
  });

  it('a bare fetch failure without a known cause is still transport', () => {
    expect(normalizeThrown(acme, new TypeError('fetch failed'))).toMatchObject({
      reason: 'FETCH_FAILED',
      category: 'retryable',
      matchedBy: 'transport',
    });
    expect(normalizeThrown(acme, new TypeError('Failed to fetch')).reason).toBe('FETCH_FAILED');
  });

  it('a TimeoutError (AbortSignal.timeout) is retryable and uncertain', () => {
    const e = normalizeThrown(
      acme,
      new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
    );
    expect(e).toMatchObject({
      reason: 'REQUEST_TIMEOUT',
      category: 'retryable',
      delivery: 'uncertain',
    });
  });

  it('an AbortError is the caller cancelling: never retried', () => {
    const e = normalizeThrown(acme, new DOMException('This operation was aborted', 'AbortError'));
    expect(e).toMatchObject({
      reason: 'REQUEST_ABORTED',
      retry: { retryable: false, action: 'none' },
    });
    const axiosCancel = Object.assign(new Error('canceled'), {
      name: 'CanceledError',
      code: 'ERR_CANCELED',
    });
    expect(normalizeThrown(acme, axiosCancel).reason).toBe('REQUEST_ABORTED');
  });
});

describe('normalizeThrown: HTTP client errors', () => {
  it('axios: response.status, headers and data', () => {
    const axiosError = Object.assign(new Error('Request failed with status code 401'), {
      isAxiosError: true,
      code: 'ERR_BAD_REQUEST',
      config: { headers: { Authorization: 'Basic c2VjcmV0' } },
      response: {
        status: 401,
        headers: { 'content-type': 'application/json' },
        data: { err: 'E401', msg: 'Bad key' },
      },
    });
    expect(normalizeThrown(acme, axiosError)).toMatchObject({
      code: 'E401',
      httpStatus: 401,
      reason: 'BAD_KEY',
    });
  });

  it('axios without a response: by code', () => {
    const timeout = Object.assign(new Error('timeout of 1000ms exceeded'), {
      isAxiosError: true,
      code: 'ECONNABORTED',
    });
    expect(normalizeThrown(acme, timeout).reason).toBe('REQUEST_TIMEOUT');
    const network = Object.assign(new Error('Network Error'), {
      isAxiosError: true,
      code: 'ERR_NETWORK',
    });
    expect(normalizeThrown(acme, network).reason).toBe('NETWORK_ERROR');
  });

  it('got: response.statusCode and a string body', () => {
    const gotError = Object.assign(new Error('Response code 429 (Too Many Requests)'), {
      name: 'HTTPError',
      code: 'ERR_NON_2XX_3XX_RESPONSE',
      response: { statusCode: 429, headers: { 'retry-after': '12' }, body: '' },
    });
    expect(normalizeThrown(acme, gotError)).toMatchObject({
      category: 'rate-limit',
      retry: { afterMs: 12_000 },
    });
  });

  it('ky: a fetch Response (unread body) and optional data', () => {
    const response = new Response('{"err":"E401"}', {
      status: 401,
      headers: { 'Retry-After': '1' },
    });
    const kyError = Object.assign(new Error('Request failed with status code 401'), {
      name: 'HTTPError',
      response,
    });
    expect(normalizeThrown(acme, kyError)).toMatchObject({
      httpStatus: 401,
      reason: 'UNAUTHENTICATED',
    });
    const withData = Object.assign(new Error('x'), {
      name: 'HTTPError',
      response,
      data: { err: 'E401' },
    });
    expect(normalizeThrown(acme, withData).reason).toBe('BAD_KEY');
  });
});

describe('normalizeThrown: already normalized, and everything else', () => {
  it('takes a KycFailure as it is', () => {
    const error = normalize(acme, { status: 401, body: { err: 'E401' } });
    expect(normalizeThrown(acme, new KycFailure(error))).toBe(error);
  });

  it('isKycFailure answers false for a proxy whose getPrototypeOf trap throws', () => {
    const proxy = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    );
    expect(isKycFailure(proxy)).toBe(false);
  });

  it('recognises a KycFailure from another copy of the package (the brand, not instanceof)', () => {
    const error = normalize(acme, { status: 401, body: { err: 'E401' } });
    // Another copy of core (the CommonJS build, say) brands its failure class with the same
    // registered symbol.
    class ForeignFailure extends Error {
      readonly error = error;
    }
    Object.defineProperty(ForeignFailure.prototype, Symbol.for('kyc-errors.made.v1'), {
      value: 'failure',
    });
    const foreign = new ForeignFailure();
    expect(foreign instanceof KycFailure).toBe(false);
    expect(isKycFailure(foreign)).toBe(true);
    expect(normalizeThrown(acme, foreign)).toBe(error);
  });

  it("a KycError is not a KycFailure, though both are the library's own", () => {
    const error = normalize(acme, { status: 401, body: { err: 'E401' } });
    expect(isKycFailure(error)).toBe(false);
    expect(isKycFailure(new KycFailure(error))).toBe(true);
  });

  it('a thrown object only shaped like a KycError or KycFailure is not passed through', () => {
    // A client that does `throw await res.json()` throws whatever the vendor sent.
    const forged = {
      provider: 'acme',
      code: 'E401',
      category: 'auth',
      reason: 'BAD_KEY',
      message: 'Bearer eyJhbGciOiJIUzI1NiJ9.secret BVN 22212345678 ada@example.com',
      remedy: 'x',
      retry: { retryable: false, action: 'fix-config' },
      delivery: 'rejected',
      matchedBy: 'code',
    };
    const cyclic: Record<string, unknown> = { ...forged };
    cyclic.raw = cyclic;
    for (const thrown of [
      forged,
      cyclic,
      Object.assign(new Error('x'), { name: 'KycFailure', error: forged }),
    ]) {
      const e = normalizeThrown(acme, thrown);
      expect(e).toMatchObject({ category: 'unknown', reason: 'UNRECOGNIZED_FAILURE', code: null });
      const json = JSON.stringify(e);
      for (const secret of ['eyJhbGciOiJIUzI1NiJ9', '22212345678', 'ada@example.com'])
        expect(json).not.toContain(secret);
    }
  });

  it('anything else is unknown, with only a scrubbed name and message', () => {
    const e = normalizeThrown(
      acme,
      new RangeError('bad input for ada@example.com, phone 0803 555 0199'),
    );
    expect(e).toMatchObject({ category: 'unknown', matchedBy: 'none', code: null });
    expect(e.raw).toEqual({
      name: 'RangeError',
      message: 'bad input for [redacted], phone [redacted]',
    });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'oops'],
    ['a number', 7],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['a function', () => 1],
    [
      'a throwing getter',
      Object.defineProperty({}, 'response', {
        get: () => {
          throw new Error('x');
        },
      }),
    ],
    [
      'a hostile proxy',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('x');
          },
          getPrototypeOf: () => {
            throw new Error('x');
          },
        },
      ),
    ],
  ])('is total for %s', (_, thrown) => {
    const e = normalizeThrown(acme, thrown);
    expect(e.category).toBe('unknown');
    expect(() => JSON.stringify(e)).not.toThrow();
  });
});

describe('normalizeThrown: timeouts that look like something else', () => {
  it('an axios cancellation caused by AbortSignal.timeout() is a timeout, not an abort', () => {
    const reason = new DOMException('signal timed out', 'TimeoutError');
    const thrown = Object.assign(new Error('canceled'), {
      name: 'CanceledError',
      code: 'ERR_CANCELED',
      config: { signal: { reason } },
    });
    expect(normalizeThrown(acme, thrown)).toMatchObject({ reason: 'REQUEST_TIMEOUT' });
    const plainCancel = Object.assign(new Error('canceled'), {
      name: 'CanceledError',
      code: 'ERR_CANCELED',
    });
    expect(normalizeThrown(acme, plainCancel)).toMatchObject({ reason: 'REQUEST_ABORTED' });
  });

  it("got's timeout carrying the 2xx response whose body never finished is a timeout", () => {
    const thrown = Object.assign(new Error("Timeout awaiting 'request' for 100ms"), {
      name: 'TimeoutError',
      code: 'ETIMEDOUT',
      event: 'request',
      response: { statusCode: 200, headers: {}, body: '{"partial' },
    });
    expect(normalizeThrown(acme, thrown)).toMatchObject({ reason: 'REQUEST_TIMEOUT' });
  });
});
