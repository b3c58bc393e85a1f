import { KycFailure } from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import { createKycErrSerializer, kycErrSerializer } from '@kyc-errors/observe/pino';
import { smileId } from '@kyc-errors/smile-id';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { throwingProxy } from '../../../test/support/hostile.js';
import { axiosError, fromThrown, thrownBy, vendorError } from './support.js';

// pino itself, writing JSON lines to an in-memory stream, with the serializers as a user
// registers them.

const SECRET = 'Zq7xKpWm';
const API_KEY = 'sk_live_4f3e2d1c0b9a';

/** A logger whose lines land in `lines`, parsed. */
function logger(serializers: Record<string, pino.SerializerFn> = {}) {
  const lines: Record<string, unknown>[] = [];
  const stream = { write: (line: string) => void lines.push(JSON.parse(line)) };
  return { log: pino({ base: null, timestamp: false, serializers }, stream), lines };
}

// iDenfy echoes the rejected value in its message: core keeps `firstName`, redacts the value.
const invalidField = () =>
  vendorError(idenfy, 400, {
    identifier: 'BAD_VALUE',
    message: `Invalid value for field firstName: ${SECRET}`,
  });
// A body nothing recognises: `raw` keeps its shape.
const unrecognised = () =>
  vendorError(smileId, undefined, { weird: SECRET, error: `Teapot for ${SECRET}` });

describe("pino's standard err serializer, for comparison", () => {
  it('copies every enumerable property: error.vendorMessage, a client error’s request headers', () => {
    const { log, lines } = logger({ err: pino.stdSerializers.err });
    log.error({ err: thrownBy(invalidField()) }, 'failed');
    log.error({ err: axiosError(401, {}, { authorization: `Bearer ${API_KEY}` }) }, 'failed');
    const [failure, client] = lines.map((l) => l.err);
    expect(failure).toHaveProperty(
      'error.vendorMessage',
      'Invalid value for field firstName: [redacted]',
    );
    expect(client).toHaveProperty('config.headers.authorization', `Bearer ${API_KEY}`);
  });

  it('and a KycError logged under a key of its own without a serializer goes out whole, raw included', () => {
    const { log, lines } = logger();
    log.warn({ kyc: unrecognised() }, 'failed');
    expect(lines[0]?.kyc).toMatchObject({ raw: { weird: '[string(8)]', error: '[string(19)]' } });
  });
});

describe('kycErrSerializer', () => {
  it("writes a KycFailure's safe fields only: no raw, no vendorMessage", () => {
    const { log, lines } = logger({ err: kycErrSerializer });
    const failure = thrownBy(invalidField(), { attempts: 1, stoppedBecause: 'not-retryable' });
    log.error({ err: failure }, 'onboarding failed');
    const err = lines[0]?.err as Record<string, unknown>;
    expect(err).toMatchObject({
      type: 'KycFailure',
      message:
        'idenfy BAD_VALUE INVALID_FIELD: A request field iDenfy names in its message failed validation.',
      attempts: 1,
      stoppedBecause: 'not-retryable',
      error: {
        provider: 'idenfy',
        code: 'BAD_VALUE',
        category: 'validation',
        reason: 'INVALID_FIELD',
        field: 'firstName',
        retry: { retryable: false, action: 'fix-request' },
        delivery: 'rejected',
        matchedBy: 'message',
        httpStatus: 400,
      },
    });
    expect(err.error).not.toHaveProperty('vendorMessage');
    expect(err.error).not.toHaveProperty('raw');
  });

  it('never writes raw, even for an unknown failure', () => {
    const { log, lines } = logger({ err: kycErrSerializer });
    log.error({ err: thrownBy(unrecognised()) });
    expect(lines[0]?.err).toMatchObject({ error: { reason: 'UNRECOGNIZED_FAILURE' } });
    expect(JSON.stringify(lines[0])).not.toContain('string(8)');
  });

  it('writes vendorMessage only with { vendorMessage: true }', () => {
    const { log, lines } = logger({ err: createKycErrSerializer({ vendorMessage: true }) });
    log.error({ err: thrownBy(invalidField()) });
    expect(lines[0]?.err).toMatchObject({
      error: { vendorMessage: 'Invalid value for field firstName: [redacted]' },
    });
  });

  it('serializes the error given as the first argument (pino puts it under err)', () => {
    const { log, lines } = logger({ err: kycErrSerializer });
    log.error(thrownBy(invalidField()), 'onboarding failed');
    expect(lines[0]).toMatchObject({ msg: 'onboarding failed', err: { type: 'KycFailure' } });
    expect(lines[0]?.err).not.toHaveProperty('error.vendorMessage');
  });

  it('writes a plain KycError (say, under a key of its own) with type KycError', () => {
    const { log, lines } = logger({ kyc: kycErrSerializer });
    log.warn({ kyc: invalidField() }, 'verification step failed');
    expect(lines[0]?.kyc).toMatchObject({ type: 'KycError', reason: 'INVALID_FIELD' });
    expect(lines[0]?.kyc).not.toHaveProperty('vendorMessage');
  });

  it("keeps a KycFailure's stack frames under a first line rebuilt from the safe fields", () => {
    const { log, lines } = logger({ err: kycErrSerializer });
    log.error({ err: thrownBy(invalidField()) });
    const stack = String((lines[0]?.err as { stack?: unknown } | undefined)?.stack).split('\n');
    expect(stack[0]).toBe(
      'KycFailure: idenfy BAD_VALUE INVALID_FIELD: A request field iDenfy names in its message failed validation.',
    );
    expect(stack.length).toBeGreaterThan(1);
    for (const line of stack.slice(1)) expect(line).toMatch(/^ {4}at /);
  });

  it('{ stack: false } leaves the stack out', () => {
    const { log, lines } = logger({ err: createKycErrSerializer({ stack: false }) });
    log.error({ err: thrownBy(invalidField()) });
    expect(lines[0]?.err).not.toHaveProperty('stack');
  });

  it('writes a foreign error by its type only: never its message, properties or stack', () => {
    const { log, lines } = logger({ err: kycErrSerializer });
    log.error({ err: axiosError(401, {}, { authorization: `Bearer ${API_KEY}` }) });
    log.error({ err: new Error(`lookup failed for ${SECRET}`) });
    log.error({ err: `thrown string ${SECRET}` });
    expect(lines.map((l) => l.err)).toEqual([
      { type: 'AxiosError' },
      { type: 'Error' },
      { type: 'string' },
    ]);
  });

  it('hands a foreign error to `otherwise` when given one', () => {
    const { log, lines } = logger({
      err: createKycErrSerializer({ otherwise: pino.stdSerializers.err }),
    });
    log.error({ err: new Error('database unavailable') });
    expect(lines[0]?.err).toMatchObject({ type: 'Error', message: 'database unavailable' });
  });

  it('a client error normalized first is written safely: its headers never reach the line', () => {
    const { log, lines } = logger({ err: kycErrSerializer });
    const thrown = axiosError(
      400,
      { code: '2213', error: `Invalid id_number for ${SECRET}` },
      { authorization: `Bearer ${API_KEY}` },
    );
    log.error({ err: new KycFailure(fromThrown(smileId, thrown)) });
    const line = JSON.stringify(lines[0]);
    expect(line).toContain('MISSING_PARAMETER');
    expect(line).not.toContain(API_KEY);
    expect(line).not.toContain(SECRET);
  });

  it('never throws: a proxy whose every trap throws is written as _OTHER', () => {
    const hostile = throwingProxy();
    expect(kycErrSerializer(hostile)).toEqual({ type: '_OTHER' });
  });
});
