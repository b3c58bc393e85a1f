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

function expectWellFormed(e: KycError): void {
  expect(CATEGORIES).toContain(e.category);
  expect(RETRY_ACTIONS).toContain(e.retry.action);
  expect(typeof e.retry.retryable).toBe('boolean');
  expect(JSON.parse(JSON.stringify(e))).toEqual(e);
}

function expectOutcome(o: Outcome, provider: Provider): void {
  expect(o.provider).toBe(provider.id);
  expect(VERDICTS).toContain(o.verdict);
  expect(typeof o.final).toBe('boolean');
  expect(o.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
  expect(RETRY_ACTIONS).toContain(o.retry.action);
  expect(JSON.parse(JSON.stringify(o))).toEqual(o);
}

const headers = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.string()), fc.integer())),
  fc.string().map((v) => new Headers({ 'retry-after': v.replace(/[^\x20-\x7e]/g, '') })),
  fc.array(fc.tuple(fc.string(), fc.string())).map((e) => new Map(e)),
  fc.anything(),
);

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
);

const bodies = fc.oneof(
  fc.jsonValue(),
  vendorish,
  vendorish.map((v) => JSON.stringify(v)),
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
  fc.anything(),
);

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
