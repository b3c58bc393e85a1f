import { fromFetch, fromResponse, normalize } from '@kyc-errors/core';
import { caughtError, textOf } from '@kyc-errors/core/provider-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acme } from './fixtures/acme.js';

describe('fromResponse', () => {
  it('ok with the parsed body on 2xx', () => {
    const result = fromResponse(acme, { status: 200, body: '{"result":"R1","text":"Pass"}' });
    expect(result._unsafeUnwrap()).toEqual({ result: 'R1', text: 'Pass' });
  });

  it('err on a non-2xx status', () => {
    const result = fromResponse(acme, { status: 401, body: { err: 'E401' } });
    expect(result._unsafeUnwrapErr()).toMatchObject({ reason: 'BAD_KEY', httpStatus: 401 });
  });

  it('err when a 200 body carries an error code', () => {
    const result = fromResponse(acme, { status: 200, body: { err: 'E419' } });
    expect(result._unsafeUnwrapErr().retry).toEqual({
      retryable: true,
      action: 'refresh-credentials',
    });
  });

  it('a verdict, even a rejection, is not a request error', () => {
    expect(fromResponse(acme, { status: 200, body: { err: 'R2' } }).isOk()).toBe(true);
    expect(fromResponse(acme, { status: 200, body: { err: 'OK' } }).isOk()).toBe(true);
  });
});

describe('fromFetch', () => {
  it('ok with the body of a successful response', async () => {
    const result = await fromFetch(
      acme,
      Promise.resolve(new Response('{"ok":true}', { status: 200 })),
    );
    expect(result._unsafeUnwrap()).toEqual({ ok: true });
  });

  it('err with the KycError of a failed response, headers included', async () => {
    const response = new Response('{"err":"E2201"}', {
      status: 503,
      headers: { 'Retry-After': '4' },
    });
    const result = await fromFetch(acme, () => Promise.resolve(response));
    expect(result._unsafeUnwrapErr()).toMatchObject({
      reason: 'SYSTEM_ERROR',
      retry: { afterMs: 4000 },
    });
  });

  it('err with a transport KycError when fetch rejects, never a rejection', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const result = await fromFetch(acme, () =>
      Promise.reject(new TypeError('fetch failed', { cause: refused })),
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      reason: 'CONNECTION_REFUSED',
      delivery: 'not-sent',
    });
  });

  it('a function that throws synchronously is still an err', async () => {
    const result = await fromFetch(acme, () => {
      throw new TypeError('fetch failed');
    });
    expect(result._unsafeUnwrapErr().reason).toBe('FETCH_FAILED');
  });

  it('a body that cannot be read is an err', async () => {
    const response = new Response('x', { status: 200 });
    await response.text();
    const result = await fromFetch(acme, Promise.resolve(response));
    expect(result.isErr()).toBe(true);
  });
});

describe('caughtError', () => {
  const kyError = (response: Response) =>
    Object.assign(new Error(`Request failed with status code ${response.status}`), {
      name: 'HTTPError',
      response,
    });

  it("reads the unread body of a ky HTTPError's Response", async () => {
    const response = new Response('{"err":"E401"}', { status: 401 });
    expect((await caughtError(acme, kyError(response))).reason).toBe('BAD_KEY');
  });

  it('passes its own results through, and reads a look-alike like anything else thrown', async () => {
    const own = normalize(acme, { status: 401, body: { err: 'E401' } });
    expect(await caughtError(acme, own)).toBe(own);
    const lookalike = { ...own, message: 'Bearer eyJhbGciOiJIUzI1NiJ9.leak' };
    const read = await caughtError(acme, lookalike);
    expect(read.reason).toBe('UNRECOGNIZED_FAILURE');
    expect(JSON.stringify(read)).not.toContain('eyJhbGciOiJIUzI1NiJ9');
  });

  it('falls back to the status when the body is gone', async () => {
    const response = new Response('{"err":"E401"}', { status: 401 });
    await response.text();
    expect((await caughtError(acme, kyError(response))).reason).toBe('UNAUTHENTICATED');
  });
});

describe('textOf', () => {
  it('answers what the regex version answered (the early stop never changes an answer)', () => {
    const TAG = /<[^<>]{0,2000}>/g;
    const TITLE = /<title[^<>]{0,200}>([^<]{0,300})<\/title>/i;
    const reference = (text: string, max = 200) => {
      const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
      const plain = (TITLE.exec(head)?.[1] ?? head.replace(TAG, ' ')).replace(/\s+/g, ' ').trim();
      return plain.length > max ? `${plain.slice(0, max)}…` : plain;
    };
    const piece = fc.constantFrom(
      '<',
      '>',
      '<b>',
      '</p>',
      ' ',
      '\n',
      '\u00a0',
      'x',
      'yz',
      '<title>T</title>',
      `<${'a'.repeat(2001)}>`,
      '\t \t',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 1, max: 30 }),
        (parts, max) => textOf(parts.join(''), max) === reference(parts.join(''), max),
      ),
      { numRuns: 2000 },
    );
  });
});
