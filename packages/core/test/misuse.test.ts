import { Readable } from 'node:stream';
import {
  createRegistry,
  fromResponse,
  type HttpFailure,
  KycFailure,
  normalize,
  normalizeThrown,
  type Provider,
} from '@kyc-errors/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acme } from './fixtures/acme.js';

// Two mistakes a caller makes that used to pass in silence: an unread fetch Response handed
// to normalize (classified from its status alone, the vendor's code lost) and a provider's id
// string where the provider belongs (UNRECOGNIZED_FAILURE). Both are type errors
// (misuse.test-d.ts); these are the run-time answers, for JavaScript and casts.

/** What acme sends for a wrong key: its code E401 is in the body, the status says 401. */
const BAD_KEY = JSON.stringify({ err: 'E401', msg: 'Bad key' });
const unread = (status = 401) =>
  new Response(BAD_KEY, { status, headers: { 'content-type': 'application/json' } });

/** The failure as JavaScript (or a cast) would hand it over, past the type check. */
const untyped = (failure: unknown) => failure as HttpFailure & Record<never, never>;

describe('an unread body answers BODY_NOT_READ', () => {
  it('the unread Response itself as the failure: BODY_NOT_READ, not UNAUTHENTICATED with code null', () => {
    const e = normalize(acme, untyped(unread()));
    expect(e).toMatchObject({
      provider: 'acme',
      code: null,
      category: 'unknown',
      reason: 'BODY_NOT_READ',
      httpStatus: 401,
      retry: { retryable: false, action: 'fix-request' },
      matchedBy: 'none',
    });
  });

  it('the same response, read, classifies by the code in its body (what was lost)', async () => {
    const response = unread();
    const e = normalize(acme, {
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    });
    expect(e).toMatchObject({ code: 'E401', reason: 'BAD_KEY', matchedBy: 'code' });
  });

  it.each([
    ['the Response', () => unread()],
    ['its web stream', () => unread().body],
    ['a promise of its JSON (a missing await)', () => unread().json()],
    ['a Blob', () => new Blob([BAD_KEY])],
    ['a Node stream', () => Readable.from([BAD_KEY])],
  ])('as the body, %s: BODY_NOT_READ', (_, body) => {
    const e = normalize(acme, untyped({ status: 401, body: body() }));
    expect(e).toMatchObject({ reason: 'BODY_NOT_READ', code: null, httpStatus: 401 });
  });

  it('the remedy says how to pass it: the body read, or the Response to bodyOrThrow or fromFetch', () => {
    const { remedy, message } = normalize(acme, untyped(unread()));
    expect(message).toMatch(/not read/);
    for (const name of ['await response.text()', 'fromResponse', 'bodyOrThrow', 'fromFetch']) {
      expect(remedy).toContain(name);
    }
  });

  it('fromResponse handed an unread error Response says so too', () => {
    const result = fromResponse(acme, untyped(unread(401)) as HttpFailure & { status: number });
    expect(result.isErr() && result.error.reason).toBe('BODY_NOT_READ');
  });

  it('parsed JSON, text and bytes are never taken for an unread body', () => {
    const bytes = new TextEncoder().encode(BAD_KEY);
    for (const body of [BAD_KEY, JSON.parse(BAD_KEY), bytes, bytes.buffer, Buffer.from(BAD_KEY)]) {
      expect(normalize(acme, { status: 401, body }).reason).toBe('BAD_KEY');
    }
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 100, max: 599 }), (body, status) => {
        expect(normalize(acme, { status, body }).reason).not.toBe('BODY_NOT_READ');
      }),
    );
  });

  it('a promise made by hand (a plain object with then) is unread too, as the body or the failure', () => {
    // biome-ignore lint/suspicious/noThenProperty: the hand-made promise is what is tested
    const thenable = { then: (resolve: (v: unknown) => void) => resolve(JSON.parse(BAD_KEY)) };
    expect(normalize(acme, untyped({ status: 401, body: thenable })).reason).toBe('BODY_NOT_READ');
    expect(normalize(acme, untyped(Object.assign(thenable, { status: 401 }))).reason).toBe(
      'BODY_NOT_READ',
    );
    const bare = Object.assign(Object.create(null), thenable);
    expect(normalize(acme, untyped({ status: 401, body: bare })).reason).toBe('BODY_NOT_READ');
  });

  it('a failure object with a prototype of its own is read by its fields unless it is a Response', () => {
    class Answer {
      status = 401;
      body = BAD_KEY;
      pipe(): void {} // got's response is a stream that has its body read already
    }
    expect(normalize(acme, untyped(new Answer())).reason).toBe('BAD_KEY');
  });

  it('a failure whose prototype cannot be read is asked every question, and read as before', () => {
    const secretive = (target: object) =>
      new Proxy(target, {
        getPrototypeOf() {
          throw new Error('no');
        },
      });
    const failure = secretive({ status: 401, body: JSON.parse(BAD_KEY) });
    expect(normalize(acme, untyped(failure))).toMatchObject({ reason: 'BAD_KEY', httpStatus: 401 });
    // As the body it gets the answer it always got: no throw, nothing read from it.
    const body = secretive(JSON.parse(BAD_KEY));
    expect(normalize(acme, untyped({ status: 401, body })).category).toBe('unknown');
  });

  it('a hostile body whose getters throw still gets an answer, never a throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(normalize(acme, untyped({ status: 401, body: hostile })).category).toBe('unknown');
    expect(normalize(acme, untyped(hostile)).category).toBe('unknown');
  });
});

describe('a provider that is not one answers NOT_A_PROVIDER', () => {
  const failure = { status: 401, body: { err: 'E401' } };
  const notProviders: [string, unknown][] = [
    ['its id string', 'acme'],
    ['undefined (a registry miss passed on unchecked)', createRegistry([acme]).get('acme-typo')],
    ['an object defineProvider did not make', { ...acme }],
  ];

  it.each(notProviders)('normalize with %s', (_, provider) => {
    const e = normalize(provider as Provider, failure);
    expect(e).toMatchObject({
      code: null,
      category: 'unknown',
      reason: 'NOT_A_PROVIDER',
      retry: { retryable: false, action: 'fix-request' },
    });
    expect(e.reason).not.toBe('UNRECOGNIZED_FAILURE');
    expect(e.remedy).toMatch(/provider object, not its id/);
  });

  it.each(notProviders)('normalizeThrown with %s, even for a network error', (_, provider) => {
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    expect(normalizeThrown(provider as Provider, refused).reason).toBe('NOT_A_PROVIDER');
  });

  it('an id string is not echoed as the provider; an object keeps its own id', () => {
    expect(normalize('signingcloud' as unknown as Provider, failure).provider).toBe('unknown');
    expect(normalize({ ...acme } as Provider, failure).provider).toBe('acme');
  });

  it('a KycFailure thrown earlier still passes through as it is', () => {
    const error = normalize(acme, failure);
    expect(normalizeThrown('acme' as unknown as Provider, new KycFailure(error))).toBe(error);
  });
});
