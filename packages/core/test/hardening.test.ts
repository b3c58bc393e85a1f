import { CATEGORIES, normalize, normalizeThrown, RETRY_ACTIONS, VERDICTS } from '@kyc-errors/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { throwingProxy } from '../../../test/support/hostile.js';
import { acme } from './fixtures/acme.js';

/** Arbitrary header containers in every form clients hand out, with hostile values. */
const headers = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(
    fc.string(),
    fc.oneof(fc.string(), fc.array(fc.string()), fc.integer(), fc.constant(null)),
  ),
  fc.dictionary(fc.constantFrom('Retry-After', 'retry-after', 'RETRY-AFTER'), fc.string()),
  fc.string().map((v) => new Headers({ 'retry-after': v.replace(/[^\x20-\x7e]/g, '') })),
  fc.array(fc.tuple(fc.string(), fc.string())).map((entries) => new Map(entries)),
  fc.anything(),
);

/** Bodies as they arrive: JSON values, JSON strings, HTML, text, bytes, anything. */
const bodies = fc.oneof(
  fc.jsonValue(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => `\uFEFF${JSON.stringify(v)}`),
  fc.string().map((s) => `<html><head><title>${s}</title></head><body>${s}</body></html>`),
  fc.string(),
  fc.uint8Array().map((b) => b),
  fc.record({
    err: fc.oneof(fc.string(), fc.constantFrom('E401', 'E2301', '__proto__', 'constructor')),
    msg: fc.string(),
  }),
  fc.anything(),
);

const failures = fc.record(
  {
    status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.integer(), fc.double(), fc.anything()),
    headers,
    body: bodies,
  },
  { requiredKeys: [] },
);

function expectWellFormed(e: ReturnType<typeof normalize>): void {
  expect(CATEGORIES).toContain(e.category);
  expect(RETRY_ACTIONS).toContain(e.retry.action);
  expect(typeof e.retry.retryable).toBe('boolean');
  expect(typeof e.reason).toBe('string');
  expect(JSON.parse(JSON.stringify(e))).toEqual(e);
}

describe('totality (fast-check)', () => {
  it('normalize never throws and always answers a well-formed, JSON-safe error', () => {
    fc.assert(
      fc.property(failures, (failure) => {
        expectWellFormed(normalize(acme, failure as never));
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 500) },
    );
  });

  it('normalize is deterministic: the same input twice gives equal results', () => {
    fc.assert(
      fc.property(failures, (failure) => {
        const now = () => 1_800_000_000_000;
        expect(normalize(acme, failure as never, { now })).toEqual(
          normalize(acme, failure as never, { now }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('normalizeThrown never throws, for anything and for error-shaped objects', () => {
    const errorLike = fc.record(
      {
        name: fc.oneof(
          fc.string(),
          fc.constantFrom('TimeoutError', 'AbortError', 'HTTPError', 'KycFailure'),
        ),
        message: fc.string(),
        code: fc.oneof(
          fc.string(),
          fc.constantFrom('ECONNRESET', 'ENOTFOUND', 'ERR_CANCELED', '__proto__'),
        ),
        cause: fc.anything(),
        response: fc.oneof(
          fc.anything(),
          fc.record({ status: fc.integer(), headers, data: bodies }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), errorLike), (thrown) => {
        expectWellFormed(normalizeThrown(acme, thrown));
      }),
      { numRuns: 500 },
    );
  });

  it('outcome never throws and is always a Result', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          bodies,
          fc.record({
            result: fc.string(),
            text: fc.string(),
            final: fc.anything(),
            tags: fc.anything(),
          }),
        ),
        (body) => {
          const r = acme.outcome(body);
          // Either a well-formed outcome of acme's, or a well-formed error.
          if (r.isOk()) {
            expect(r.value.provider).toBe('acme');
            expect(VERDICTS).toContain(r.value.verdict);
          } else expectWellFormed(r.error);
          expect(() => JSON.stringify(r.isOk() ? r.value : r.error)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('adversarial input', () => {
  it('a cyclic body', () => {
    const body: Record<string, unknown> = { err: 'nope' };
    body.self = body;
    const e = normalize(acme, { status: 200, body });
    expect(e.raw).toEqual({ err: '[string(4)]', self: '[circular]' });
  });

  it('getters and proxies that throw', () => {
    const proxy = throwingProxy();
    expectWellFormed(normalize(acme, { status: 500, headers: proxy as never, body: proxy }));
    expectWellFormed(normalize(acme, proxy as never));
    expectWellFormed(normalizeThrown(acme, proxy));
    expect(acme.outcome(proxy).isErr()).toBe(true);
  });

  it('objects without a prototype', () => {
    const body = Object.assign(Object.create(null), { err: 'E401' });
    const failure = Object.assign(Object.create(null), { status: 401, body });
    expect(normalize(acme, failure).reason).toBe('BAD_KEY');
  });

  it('BigInt, symbols and functions as values', () => {
    const body = {
      err: 10n,
      msg: Symbol('x'),
      field: () => 'country',
      nested: { big: 1n, fn: () => 1 },
    };
    const e = normalize(acme, { status: 400, body });
    expectWellFormed(e);
    expect(e.reason).toBe('BAD_REQUEST');
  });

  it.each([
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
  ])(
    'a code named %s is never a catalog hit, never echoed, and changes nothing on Object.prototype',
    (code) => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const e = normalize(acme, {
        body: JSON.parse(`{"err": ${JSON.stringify(code)}, "msg": "x"}`),
      });
      expect(e).toMatchObject({ category: 'unknown', code: null, matchedBy: 'none' });
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(({} as Record<string, unknown>).err).toBeUndefined();
    },
  );

  it('a body of several megabytes: answered, vendor message truncated', () => {
    const huge = `{"err":"E0001","msg":"System Error ${'x'.repeat(5 * 1024 * 1024)}"}`;
    const e = normalize(acme, { status: 500, body: huge });
    expect(e.reason).toBe('PROCESSING_SYSTEM_ERROR');
    expect((e.vendorMessage ?? '').length).toBeLessThanOrEqual(301);
    // Beyond the parse bound the status alone decides, in bounded time.
    const beyond = `{"err":"E0001","msg":"${'x'.repeat(9 * 1024 * 1024)}"}`;
    expect(normalize(acme, { status: 500, body: beyond }).reason).toBe('VENDOR_INTERNAL_ERROR');
    const html = `<html>${'<div>'.repeat(500_000)}</html>`;
    expect(normalize(acme, { status: 502, body: html }).reason).toBe('BAD_GATEWAY');
  });

  it('very long messages aimed at the message patterns', () => {
    for (const text of [
      "Field '".repeat(50_000),
      `Partner reached token limit${' '.repeat(200_000)}!`,
      'a'.repeat(1_000_000),
    ]) {
      expectWellFormed(normalize(acme, { status: 400, body: { err: 'BAD_VALUE', msg: text } }));
    }
  });
});
