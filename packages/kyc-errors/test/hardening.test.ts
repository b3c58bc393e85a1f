import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import {
  CATEGORIES,
  createDefaultRegistry,
  type KycError,
  KycFailure,
  normalize,
  normalizeThrown,
  type Outcome,
  type Provider,
  providers,
  RETRY_ACTIONS,
  VERDICTS,
} from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { cli } from '../../cli/test/helpers.js';
import { PII_CASES } from './pii-corpus.js';

const vendors: readonly Provider[] = Object.values(providers);

/** `at` names the input in a failure message. */
function expectWellFormed(e: KycError, at?: string): void {
  expect(CATEGORIES, at).toContain(e.category);
  expect(RETRY_ACTIONS, at).toContain(e.retry.action);
  expect(typeof e.retry.retryable, at).toBe('boolean');
  expect(JSON.parse(JSON.stringify(e)), at).toEqual(e);
}

function expectOutcome(o: Outcome, provider: Provider, at?: string): void {
  expect(o.provider, at).toBe(provider.id);
  expect(VERDICTS, at).toContain(o.verdict);
  expect(typeof o.final, at).toBe('boolean');
  expect(o.reason, at).toMatch(/^[A-Z][A-Z0-9_]*$/);
  expect(RETRY_ACTIONS, at).toContain(o.retry.action);
  expect(JSON.parse(JSON.stringify(o)), at).toEqual(o);
}

const headers = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()), fc.integer())),
  fc.string().map((v) => new Headers({ 'retry-after': v.replace(/[^\x20-\x7e]/g, '') })),
  fc.array(fc.tuple(fc.string(), fc.string())).map((e) => new Map(e)),
  fc.anything(),
);

// Every vendor's body shapes, with its known codes among arbitrary values, so that one
// cross-vendor property covers what each vendor's own totality property would: each provider
// below is handed every vendor's shapes, its own included.
const json = fc.jsonValue({ maxDepth: 4 });
const vendorish = fc.oneof(
  fc.record(
    {
      code: fc.oneof(
        fc.string(),
        fc.integer(),
        fc.constantFrom('2205', '2405', '0001', '__proto__'),
      ),
      error: fc.string(),
      success: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  fc.record({ status: fc.string(), message: fc.string() }, { requiredKeys: [] }),
  fc.record(
    {
      identifier: fc.oneof(
        fc.string(),
        fc.constantFrom('BAD_VALUE', 'TOO_MANY_REQUESTS', 'constructor'),
      ),
      message: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      result: fc.oneof(fc.integer(), fc.string(), fc.double(), fc.constant(null)),
      data: fc.string(),
      mac: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      ResultCode: fc.oneof(fc.string(), fc.constantFrom('0001', '0941', '1015')),
      ResultText: fc.string(),
      job_complete: fc.anything(),
      result: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      final: fc.anything(),
      status: fc.record(
        {
          overall: fc.oneof(fc.string(), fc.constantFrom('APPROVED', 'DENIED', 'REVIEWING')),
          fraudTags: fc.anything(),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  ),
  // iDenfy status answers.
  fc.record({ status: fc.oneof(fc.string(), json), final: fc.oneof(fc.boolean(), json) }),
  // Smile ID v3 (errors and results).
  fc.record(
    {
      status: fc.oneof(fc.constantFrom('clear', 'attention', 'block', 'error'), fc.string()),
      reason: fc.oneof(fc.constantFrom('high_risk', 'spoof_detected'), fc.string(), json),
      message: fc.oneof(fc.constant('Endpoint request timed out'), fc.string(), json),
      job_id: fc.string(),
      job_success: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  // Sumsub errors and reviews.
  fc.record(
    {
      description: fc.oneof(fc.string(), json),
      code: json,
      errorCode: fc.oneof(fc.integer(), fc.string(), fc.constantFrom(1000, 4003), json),
      errorName: fc.oneof(fc.string(), json),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      reviewStatus: fc.oneof(
        fc.constantFrom('completed', 'onHold', 'init', 'pending', 'queued'),
        fc.string(),
        json,
      ),
      reviewResult: fc.oneof(
        json,
        fc.record(
          {
            reviewAnswer: fc.oneof(fc.constantFrom('GREEN', 'RED'), fc.string(), json),
            reviewRejectType: fc.oneof(fc.constantFrom('RETRY', 'FINAL'), fc.string(), json),
            rejectLabels: fc.oneof(fc.array(fc.oneof(fc.string(), json)), json),
          },
          { requiredKeys: [] },
        ),
      ),
      type: fc.oneof(fc.constantFrom('applicantReviewed', 'applicantPending'), json),
    },
    { requiredKeys: [] },
  ),
  // Veriff errors, decisions and webhooks.
  fc.record(
    {
      status: fc.oneof(fc.constantFrom('fail', 'success'), fc.string()),
      code: fc.oneof(
        fc.integer(),
        fc.string(),
        fc.constantFrom(9001, 9102, 9104, '7002', 1102),
        json,
      ),
      message: fc.oneof(fc.string(), json),
      action: fc.oneof(fc.string(), json),
      verification: fc.oneof(
        fc.constant(null),
        json,
        fc.record(
          {
            code: fc.oneof(fc.integer(), fc.constantFrom(9001, 9102, 9103, 9121), json),
            status: fc.oneof(fc.string(), json),
            reasonCode: fc.oneof(fc.integer(), fc.constantFrom(102, '204'), json),
          },
          { requiredKeys: [] },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
  // Persona errors and resources.
  fc.record({
    errors: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              title: fc.oneof(fc.constantFrom('Forbidden', 'Record not found'), fc.string(), json),
              details: fc.oneof(fc.string(), json),
              source: fc.oneof(fc.record({ pointer: fc.oneof(fc.string(), json) }), json),
            },
            { requiredKeys: [] },
          ),
          json,
        ),
      ),
      json,
    ),
  }),
  fc.record({
    data: fc.record({
      type: fc.oneof(fc.constantFrom('inquiry', 'verification/selfie', 'event'), json),
      attributes: fc.oneof(
        fc.record(
          {
            status: fc.oneof(fc.constantFrom('approved', 'failed', 'pending'), fc.string(), json),
            name: fc.oneof(fc.constantFrom('inquiry.approved'), fc.string(), json),
            checks: fc.oneof(fc.array(json), json),
            payload: json,
          },
          { requiredKeys: [] },
        ),
        json,
      ),
    }),
  }),
);

// Vendor-shaped bodies weigh most: they reach the readers' own code paths, where arbitrary
// values mostly stop at the first check.
const bodies = fc.oneof(
  fc.jsonValue(),
  { arbitrary: vendorish, weight: 4 },
  { arbitrary: vendorish.map((v) => JSON.stringify(v)), weight: 2 },
  fc.jsonValue().map((v) => `\uFEFF${JSON.stringify(v)}`),
  fc
    .string()
    .map(
      (s) =>
        `<!DOCTYPE html><html><head><title>${s}</title></head><body><h1>${s}</h1></body></html>`,
    ),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.uint8Array(),
  fc.anything({ withNullPrototype: true }),
);

const boom = (): never => {
  throw new Error('boom');
};
const throwing = (key: string): object =>
  Object.defineProperty({}, key, { enumerable: true, get: boom });
const throwingIndex = Object.defineProperty([], 0, { get: boom });

/** Bodies no JSON parser makes, but a caller's object can be: each vendor's fields behind traps. */
const HOSTILE: readonly (readonly [string, unknown])[] = [
  [
    'a proxy that throws on every trap',
    new Proxy({}, { get: boom, getOwnPropertyDescriptor: boom, ownKeys: boom, has: boom }),
  ],
  ...[
    'code',
    'error',
    'identifier',
    'message',
    'result',
    'ResultCode',
    'ResultText',
    'status',
    'errorCode',
    'description',
    'errors',
    'data',
    'verification',
    'reviewStatus',
    'reviewResult',
  ].map((key) => [`a throwing getter for ${key}`, throwing(key)] as const),
  ['a throwing status.overall', { status: throwing('overall'), final: true }],
  [
    'a throwing reviewAnswer',
    { reviewStatus: 'completed', reviewResult: throwing('reviewAnswer') },
  ],
  ['a throwing verification.code', { status: 'success', verification: throwing('code') }],
  [
    'a proxy verification',
    {
      status: 'success',
      verification: new Proxy({}, { get: boom, getOwnPropertyDescriptor: boom }),
    },
  ],
  ['a throwing errors[].title', { errors: [throwing('title')] }],
  [
    'a throwing data.attributes',
    {
      data: Object.defineProperty({ type: 'inquiry' }, 'attributes', {
        enumerable: true,
        get: boom,
      }),
    },
  ],
  ['a throwing errors[0]', { errors: throwingIndex }],
  [
    'a throwing checks[0]',
    { data: { type: 'verification/x', attributes: { status: 'failed', checks: throwingIndex } } },
  ],
  ...[
    '{"__proto__":{"identifier":"TOO_MANY_REQUESTS"},"message":"x"}',
    '{"__proto__":{"code":"2204","ResultCode":"0841","result":6},"error":"x"}',
    '{"__proto__":{"errorCode":1004},"description":"x"}',
    '{"__proto__":{"verification":{"code":9001}},"status":"success"}',
    '{"__proto__":{"errors":[{"title":"Forbidden"}]}}',
    '{"data":{"__proto__":{"type":"inquiry","attributes":{"status":"approved"}}}}',
  ].map((text) => [`inherited keys ${text}`, JSON.parse(text) as unknown] as const),
  ['an array of mixed values', [null, 1, { message: 'Partner inactive', code: 1102 }]],
  ['a million holes of errors', { errors: new Array(1e6) }],
  [
    'a million reject labels',
    { reviewStatus: 'completed', reviewResult: { rejectLabels: new Array(1e6).fill('SPAM') } },
  ],
  [
    'a million holes of checks',
    { data: { type: 'verification/x', attributes: { status: 'failed', checks: new Array(1e6) } } },
  ],
];

const failures = fc.record(
  { status: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.anything()), headers, body: bodies },
  { requiredKeys: [] },
);

describe.each(vendors.map((p) => [p.id, p] as const))(
  '%s: totality (fast-check)',
  (_, provider) => {
    it('normalize never throws; the result is well-formed, JSON-safe and deterministic', () => {
      fc.assert(
        fc.property(failures, (failure) => {
          const now = () => 1_800_000_000_000;
          const a = normalize(provider, failure as never, { now });
          expectWellFormed(a);
          expect(normalize(provider, failure as never, { now })).toEqual(a);
        }),
        { numRuns: 400 },
      );
    });

    it('normalizeThrown never throws', () => {
      const thrown = fc.oneof(
        fc.anything(),
        fc.record(
          {
            name: fc.string(),
            code: fc.string(),
            cause: fc.anything(),
            response: fc.record(
              { status: fc.integer(), headers, data: bodies },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
      );
      fc.assert(
        fc.property(thrown, (t) => expectWellFormed(normalizeThrown(provider, t))),
        { numRuns: 300 },
      );
    });

    it('outcome never throws; an ok is a well-formed outcome, an err a well-formed error', () => {
      fc.assert(
        fc.property(bodies, (body) => {
          const r = provider.outcome(body);
          if (r.isOk()) expectOutcome(r.value, provider);
          else {
            expectWellFormed(r.error);
            expect(r.error.provider).toBe(provider.id);
          }
          expect(provider.outcome(body)).toEqual(r);
        }),
        { numRuns: 300 },
      );
    });

    it('hostile objects (throwing getters and proxies, inherited keys, huge arrays) are answered', () => {
      for (const [name, body] of HOSTILE) {
        for (const status of [200, 400]) {
          const e = normalize(provider, { status, body });
          expect(e.provider, `${name} at ${status}`).toBe(provider.id);
          expectWellFormed(e, `${name} at ${status}`);
        }
        const r = provider.outcome(body);
        if (r.isOk()) expectOutcome(r.value, provider, `outcome of ${name}`);
        else expectWellFormed(r.error, `outcome of ${name}`);
      }
    });

    it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
      'a code named %s is never a catalog hit',
      (code) => {
        const before = Object.getOwnPropertyNames(Object.prototype).sort();
        for (const body of [
          { code, error: 'x' },
          { identifier: code, message: 'x' },
          { result: code },
          { ResultCode: code, ResultText: 'x' },
        ]) {
          const e = normalize(provider, { body: JSON.parse(JSON.stringify(body)) });
          expect(e.matchedBy === 'code' || e.matchedBy === 'family').toBe(false);
          expect(provider.lookup(code)).toBeUndefined();
        }
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      },
    );

    it('a body of several megabytes is answered and its message truncated', () => {
      const huge = JSON.stringify({
        code: '2204',
        identifier: 'BAD_VALUE',
        result: 1,
        error: 'x'.repeat(4_000_000),
        message: 'y'.repeat(4_000_000),
      });
      const e = normalize(provider, { status: 400, body: huge });
      expectWellFormed(e);
      expect((e.vendorMessage ?? '').length).toBeLessThanOrEqual(301);
    });

    it('very long messages aimed at its message patterns stay well-formed', () => {
      for (const rule of provider.definition.messages ?? []) {
        const seed = rule.pattern.source.replace(/[^A-Za-z' ]/g, '').slice(0, 40);
        const text = `${seed}${' '.repeat(50_000)}${seed.repeat(1000)}!`;
        expectWellFormed(
          normalize(provider, {
            status: 400,
            body: { code: 'x', identifier: 'x', error: text, message: text },
          }),
        );
      }
    });
  },
);

// Every vendor message pattern is linear-time: scripts/check-redos.mjs proves it with recheck
// on the built packages, in `pnpm check`. The test above checks behaviour on long input.

describe('personal data never leaves the payload', () => {
  const registry = createDefaultRegistry();
  const bin = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));

  const expectClean = (text: string, secrets: readonly string[]) => {
    for (const secret of secrets) expect(text, `leaked ${secret}`).not.toContain(secret);
  };

  it.each(PII_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const provider = registry.get(c.provider) as Provider;
    const error = normalize(provider, c.failure);
    expectClean(JSON.stringify(error), c.secrets);
    const failure = new KycFailure(error, { attempts: 3, stoppedBecause: 'attempts-exhausted' });
    expectClean(failure.message, c.secrets);
    expectClean(String(failure.stack), c.secrets);
    expectClean(JSON.stringify(failure), c.secrets);
    const thrown = normalizeThrown(
      provider,
      Object.assign(new Error('Request failed'), {
        response: { status: c.failure.status ?? 400, headers: {}, data: c.failure.body },
      }),
    );
    expectClean(JSON.stringify(thrown), c.secrets);
    const outcome = provider.outcome(c.failure.body);
    expectClean(JSON.stringify(outcome.isOk() ? outcome.value : outcome.error), c.secrets);
  });

  // In-process, through the CLI's run() with non-terminal streams, as the bin calls it: a
  // process per case cost about 5 s. The built bin is run once, below.
  it.each(PII_CASES.map((c) => [c.name, c] as const))('CLI output: %s', async (_, c) => {
    for (const flags of [[], ['--json']]) {
      const r = await cli(['normalize', c.provider, ...flags], JSON.stringify(c.failure));
      expect(r.status).toBe(0);
      expectClean(r.stdout + r.stderr, c.secrets);
    }
  });

  it('CLI output through the built bin', () => {
    const c = PII_CASES[0] as (typeof PII_CASES)[number];
    for (const flags of [[], ['--json']]) {
      const r = spawnSync(process.execPath, [bin, 'normalize', c.provider, ...flags], {
        input: JSON.stringify(c.failure),
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(c.provider);
      expectClean(r.stdout + r.stderr, c.secrets);
    }
  });
});
