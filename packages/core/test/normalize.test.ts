import { type KycError, KycFailure, normalize } from '@kyc-errors/core';
import { describe, expect, it } from 'vitest';
import { acme } from './fixtures/acme.js';

const body = (err: string, msg?: string) => (msg === undefined ? { err } : { err, msg });

describe('normalize: specific before generic', () => {
  it('an exact code wins over the HTTP status', () => {
    const e = normalize(acme, { status: 500, body: body('E401', 'Bad key') });
    expect(e).toMatchObject({
      code: 'E401',
      category: 'auth',
      reason: 'BAD_KEY',
      matchedBy: 'code',
    });
  });

  it('checks the exact code E2215 before the family rule (E2315 would borrow E2215)', () => {
    expect(normalize(acme, { status: 400, body: body('E2215') }).matchedBy).toBe('code');
  });

  it('an undocumented code in a documented family borrows its sibling and says so', () => {
    const e = normalize(acme, { status: 500, body: body('E2301') });
    expect(e).toMatchObject({
      code: 'E2301',
      reason: 'SYSTEM_ERROR',
      category: 'retryable',
      matchedBy: 'family',
      inferredFrom: 'E2201',
    });
  });

  it('a family without a documented sibling falls through to the status', () => {
    const e = normalize(acme, { status: 503, body: body('E2399') });
    // Neither in the catalog nor read through a sibling: the code is not echoed.
    expect(e).toMatchObject({ code: null, matchedBy: 'status', reason: 'SERVICE_UNAVAILABLE' });
  });

  it('a documented message refines a catch-all code it is allowed to refine', () => {
    const e = normalize(acme, {
      status: 400,
      body: body('BAD_VALUE', "Field 'country' must be a valid ISO 3166-1 alpha-2 code."),
    });
    expect(e).toMatchObject({
      code: 'BAD_VALUE',
      reason: 'INVALID_COUNTRY',
      field: 'country',
      matchedBy: 'message',
    });
  });

  it('a message does not override a specific code it does not refine', () => {
    const e = normalize(acme, { status: 401, body: body('E401', 'Partner reached token limit') });
    expect(e.reason).toBe('BAD_KEY');
  });

  it('an unknown message with a known catch-all code keeps the code category', () => {
    const e = normalize(acme, { status: 400, body: body('BAD_VALUE', 'Something new') });
    expect(e).toMatchObject({ reason: 'BAD_VALUE', category: 'validation', matchedBy: 'code' });
  });

  it('a documented message decides when the code is unknown, before the status', () => {
    const e = normalize(acme, {
      status: 429,
      body: body('NEW_CODE', 'Partner reached token limit'),
    });
    expect(e).toMatchObject({ code: null, category: 'account', reason: 'NO_CREDITS' });
  });

  it('a vendor status mapping wins over the generic status table', () => {
    const e = normalize(acme, { status: 402, body: '' });
    expect(e).toMatchObject({
      code: null,
      reason: 'WALLET_EMPTY',
      category: 'account',
      matchedBy: 'status',
    });
  });

  it('the generic status table answers when nothing vendor-specific matched', () => {
    expect(normalize(acme, { status: 429 })).toMatchObject({
      category: 'rate-limit',
      matchedBy: 'status',
    });
    expect(normalize(acme, { status: 418 })).toMatchObject({
      category: 'validation',
      reason: 'CLIENT_ERROR',
    });
    expect(normalize(acme, { status: 599 })).toMatchObject({
      category: 'retryable',
      reason: 'SERVER_ERROR',
    });
  });

  it('nothing known is unknown, with the raw body kept redacted', () => {
    const e = normalize(acme, { status: 200, body: { weird: true, FullName: 'Ada Obi' } });
    expect(e).toMatchObject({
      category: 'unknown',
      reason: 'UNRECOGNIZED_FAILURE',
      matchedBy: 'none',
    });
    expect(e.raw).toEqual({ weird: true, FullName: '[redacted]' });
  });

  it('a body reporting success is not turned into a failure', () => {
    expect(normalize(acme, { status: 200, body: { err: 'OK' } }).reason).toBe('NOT_A_FAILURE');
    // ...but a failing status still decides.
    expect(normalize(acme, { status: 503, body: { err: 'OK' } }).reason).toBe(
      'SERVICE_UNAVAILABLE',
    );
  });

  it('a rejected verdict code is a verification failure; a pending one is not a failure', () => {
    expect(normalize(acme, { status: 200, body: body('R2') })).toMatchObject({
      category: 'verification',
      retry: { retryable: false, action: 'user-action' },
    });
    expect(normalize(acme, { status: 200, body: body('R3') }).reason).toBe('NOT_A_FAILURE');
  });
});

describe('normalize: codes shared by several entries', () => {
  it.each([
    ['Data Invalid', 'DATA_INVALID', 'validation'],
    ['Data Invalid - Unable to extract zip file', 'ZIP_UNREADABLE', 'validation'],
    ['System Error', 'PROCESSING_SYSTEM_ERROR', 'retryable'],
    ['system error', 'PROCESSING_SYSTEM_ERROR', 'retryable'],
    ['Data Invalid - something new', 'DATA_INVALID', 'validation'],
  ])('E0001 with text %j is %s', (msg, reason, category) => {
    expect(normalize(acme, { body: body('E0001', msg) })).toMatchObject({ reason, category });
  });

  it('without a text, the first entry for the code', () => {
    expect(normalize(acme, { body: body('E0001') }).reason).toBe('DATA_INVALID');
  });
});

describe('normalize: body forms', () => {
  const expectAuth = (e: KycError) => expect(e).toMatchObject({ code: 'E401', reason: 'BAD_KEY' });

  it('parsed JSON', () => expectAuth(normalize(acme, { status: 401, body: { err: 'E401' } })));
  it('a JSON string', () => expectAuth(normalize(acme, { status: 401, body: '{"err":"E401"}' })));
  it('a JSON string with BOM and whitespace', () =>
    expectAuth(normalize(acme, { status: 401, body: '\uFEFF \n {"err":"E401"}' })));
  it('bytes', () =>
    expectAuth(normalize(acme, { status: 401, body: new TextEncoder().encode('{"err":"E401"}') })));
  it('an ArrayBuffer', () =>
    expectAuth(
      normalize(acme, { status: 401, body: new TextEncoder().encode('{"err":"E401"}').buffer }),
    ));

  it('HTML from a proxy: status decides, the title becomes the vendor message', () => {
    const e = normalize(acme, {
      status: 502,
      body: '<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>',
    });
    expect(e).toMatchObject({
      reason: 'BAD_GATEWAY',
      vendorMessage: '502 Bad Gateway',
      code: null,
    });
  });

  it('plain text', () => {
    expect(normalize(acme, { status: 503, body: 'upstream connect error' })).toMatchObject({
      reason: 'SERVICE_UNAVAILABLE',
      vendorMessage: 'upstream connect error',
    });
  });

  it('broken JSON is text', () => {
    expect(normalize(acme, { status: 500, body: '{"err": "E401"' }).matchedBy).toBe('status');
  });

  it('absent body, absent status', () => {
    expect(normalize(acme, {})).toMatchObject({ category: 'unknown', code: null });
  });

  it.each([
    ['a non-integer status', 401.5],
    ['a status out of range', 42],
    ['a string status', '401'],
  ])('ignores %s', (_, status) => {
    const e = normalize(acme, { status: status as number });
    expect(e.category).toBe('unknown');
    expect(e.httpStatus).toBeUndefined();
  });
});

describe('normalize: Retry-After', () => {
  const now = () => Date.parse('2026-11-22T10:00:00Z');

  it('delta-seconds become afterMs on a retryable failure', () => {
    const e = normalize(acme, { status: 429, headers: { 'Retry-After': '30' } });
    expect(e.retry).toEqual({ retryable: true, action: 'wait', afterMs: 30_000 });
  });

  it('an HTTP-date is read with the injected clock', () => {
    const e = normalize(
      acme,
      { status: 503, headers: new Headers({ 'retry-after': 'Sun, 22 Nov 2026 10:02:00 GMT' }) },
      { now },
    );
    expect(e.retry.afterMs).toBe(120_000);
  });

  it('is ignored on failures that must not be retried', () => {
    const e = normalize(acme, {
      status: 401,
      headers: { 'retry-after': '30' },
      body: body('E401'),
    });
    expect(e.retry).toEqual({ retryable: false, action: 'fix-config' });
  });

  it('garbage is ignored', () => {
    expect(
      normalize(acme, { status: 429, headers: { 'retry-after': '-1' } }).retry.afterMs,
    ).toBeUndefined();
  });

  it('does not mutate the shared advice of the catalog', () => {
    normalize(acme, { status: 500, headers: { 'retry-after': '9' }, body: body('E2201') });
    expect(acme.lookup('E2201')?.retry.afterMs).toBeUndefined();
    expect(normalize(acme, { status: 500, body: body('E2201') }).retry.afterMs).toBeUndefined();
  });
});

describe('KycError is plain data', () => {
  it('survives a JSON round trip unchanged', () => {
    const cases = [
      normalize(acme, { status: 429, headers: { 'retry-after': '5' } }),
      normalize(acme, {
        status: 400,
        body: body('BAD_VALUE', "Field 'country' must be a valid ISO 3166-1 alpha-2 code."),
      }),
      normalize(acme, { status: 500, body: body('E2301') }),
      normalize(acme, { body: { odd: [1, 'x', null] } }),
    ];
    for (const e of cases) expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });

  it('has no undefined-valued keys', () => {
    const e = normalize(acme, { body: body('E401') });
    for (const value of Object.values(e)) expect(value).not.toBeUndefined();
  });

  it('normalizing twice gives equal results', () => {
    const failure = {
      status: 500,
      headers: { 'retry-after': '3' },
      body: '{"err":"E0001","msg":"System Error"}',
    };
    expect(normalize(acme, failure)).toEqual(normalize(acme, failure));
  });

  it('KycFailure carries it, with our message only', () => {
    const e = normalize(acme, { status: 401, body: body('E401', 'Bad key for ada@example.com') });
    const failure = new KycFailure(e, { attempts: 2, stoppedBecause: 'not-retryable' });
    expect(failure.message).toBe('acme E401 BAD_KEY: The API key is wrong.');
    expect(failure.name).toBe('KycFailure');
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure.stack)).not.toContain('ada@example.com');
    expect(JSON.parse(JSON.stringify(failure))).toEqual({
      name: 'KycFailure',
      message: failure.message,
      error: e,
      attempts: 2,
      stoppedBecause: 'not-retryable',
    });
  });
});

describe('normalize is total', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'boom'],
    [
      'a throwing status getter',
      Object.defineProperty({}, 'status', {
        get: () => {
          throw new Error('x');
        },
      }),
    ],
    [
      'a throwing body getter',
      Object.defineProperty({ status: 500 }, 'body', {
        get: () => {
          throw new Error('x');
        },
      }),
    ],
    [
      'a revoked proxy',
      (() => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      })(),
    ],
  ])('%s', (_, failure) => {
    const e = normalize(acme, failure as never);
    expect(e.provider).toBe('acme');
    expect(typeof e.retry.retryable).toBe('boolean');
  });

  it('with a broken provider object', () => {
    expect(normalize({} as never, { status: 500 }).category).toBe('unknown');
    expect(normalize(null as never, { status: 500 }).provider).toBe('unknown');
  });
});
