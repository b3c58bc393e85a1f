import { inspect } from 'node:util';
import fc from 'fast-check';
import {
  type HttpFailure,
  KycFailure,
  normalize,
  normalizeThrown,
  type Provider,
  providers,
} from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { bodiesFor } from './text-bodies.js';

// The property behind the README's privacy promise: a value that sits under a personal or
// secret key anywhere in a vendor body, or that is written as a credential in free text,
// never comes out in any view of the result, wherever else the vendor echoes it.

const vendors: readonly Provider[] = Object.values(providers);

// Secrets in several scripts; a fixed prefix keeps them from ever matching our own text.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SCRIPTS = ['', 'İ', 'ß', 'Ω', 'Ж', 'ğ', 'é', 'ø', '中', 'ع', '🙂'];
const secret = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 6, maxLength: 24 }),
    fc.constantFrom(...SCRIPTS),
    fc.constantFrom(...SCRIPTS),
  )
  .map(([core, a, b]) => `Qx${a}${core}${b}`);

// Personal and secret keys in the casings and spellings vendors and clients use.
const SENSITIVE_KEYS = [
  'FullName',
  'full_name',
  'first-name',
  'LASTNAME',
  'surname',
  'dob',
  'DateOfBirth',
  'IDNumber',
  'id_no',
  'passportNo',
  'idNo',
  'nin',
  'bvn',
  'PhoneNumber',
  'msisdn',
  'email',
  'addr',
  'homeAddress',
  'residence',
  'selfie_url',
  'image_url',
  'photoUrl',
  'X-Api-Key',
  'Proxy-Authorization',
  'Authorization',
  'cookies',
  'Set-Cookie',
  'access_key',
  'secret_key',
  'private_key',
  'key',
  'auth',
  'bearer',
  'session',
  'password',
  'accessToken',
  'k'.repeat(81),
];

/** Plants `value` under `key` at `depth`, behind `before` other keys, maybe in an array. */
function plant(value: string, key: string, depth: number, before: number, inArray: boolean) {
  let node: unknown = inArray ? { [key]: [value] } : { [key]: value };
  for (let d = 0; d < depth; d++) node = { [`level${d}`]: node };
  const filler: Record<string, unknown> = {};
  for (let i = 0; i < before; i++) filler[`field${i}`] = i % 3 === 0 ? `v${i}` : i;
  return { ...filler, nested: node };
}

const placement = fc.record({
  key: fc.constantFrom(...SENSITIVE_KEYS),
  depth: fc.integer({ min: 0, max: 40 }),
  before: fc.integer({ min: 0, max: 1500 }),
  inArray: fc.boolean(),
  asJsonString: fc.boolean(),
  upper: fc.boolean(),
});

/** Every view of a KycError a log line could show. */
function views(failure: HttpFailure, provider: Provider): string {
  const error = normalize(provider, failure);
  const thrown = new KycFailure(error, { attempts: 2, stoppedBecause: 'attempts-exhausted' });
  return [
    JSON.stringify(error),
    inspect(error, { depth: 20 }),
    thrown.message,
    String(thrown.stack),
    JSON.stringify(thrown),
    inspect(thrown, { depth: 20 }),
    String(thrown),
  ].join('\n');
}

const ECHOES = [
  (s: string) => `No match for ${s}`,
  (s: string) => `${s} is not valid`,
  (s: string) => `User '${s}' (id ${s}) rejected`,
  (s: string) => `Name mismatch: ${s.toUpperCase()}`,
];

describe('planted secrets never come out', () => {
  it.each(vendors.map((p) => [p.id, p] as const))(
    '%s: a value under a personal key anywhere in the body',
    (_, provider) => {
      fc.assert(
        fc.property(secret, placement, fc.nat(ECHOES.length - 1), (value, where, e) => {
          const echoText = (ECHOES[e] as (s: string) => string)(
            where.upper ? value.toUpperCase() : value,
          );
          const planted = plant(value, where.key, where.depth, where.before, where.inArray);
          for (const base of bodiesFor(provider, echoText)) {
            const body = where.asJsonString
              ? { ...base, request: JSON.stringify(planted) }
              : { ...base, ...planted };
            const text = views({ status: 400, body }, provider);
            expect(text).not.toContain(value);
            expect(text.toLowerCase()).not.toContain(value.toLowerCase());
          }
        }),
        { numRuns: 60 },
      );
    },
  );

  const CREDENTIALS = [
    (s: string) => `Authorization: Basic ${s}`,
    (s: string) => `Authorization: Bearer ${s}`,
    (s: string) => `auth failed for Bearer ${s}`,
    (s: string) => `password=${s}`,
    (s: string) => `GET https://api.example.com/v1/x?api_key=${s}&token=${s}`,
    (s: string) => `{"secret_key": "${s}"}`,
    (s: string) => `X-Api-Key: ${s}`,
  ];

  it.each(vendors.map((p) => [p.id, p] as const))(
    '%s: credentials written in a vendor message or an HTML error page',
    (_, provider) => {
      fc.assert(
        fc.property(secret, fc.nat(CREDENTIALS.length - 1), (value, c) => {
          const written = (CREDENTIALS[c] as (s: string) => string)(value);
          for (const body of [
            ...bodiesFor(provider, `Request rejected: ${written}`),
            `<html><body><h1>401</h1><pre>${written}</pre></body></html>`,
          ]) {
            expect(views({ status: 401, body }, provider)).not.toContain(value);
          }
        }),
        { numRuns: 40 },
      );
    },
  );

  it('thrown client errors and their causes, with the request attached', () => {
    fc.assert(
      fc.property(secret, (value) => {
        const axiosLike = Object.assign(new Error(`Request failed: "${value}"`), {
          isAxiosError: true,
          config: { headers: { Authorization: `Bearer ${value}` }, data: { FullName: value } },
          request: { path: `/v1/x?token=${value}` },
          response: {
            status: 400,
            headers: {},
            data: { identifier: 'BAD_VALUE', message: `bad value ${value}`, email: value },
          },
        });
        const nodeFetch = new TypeError(
          `Headers.append: "${value}" is an invalid header value; GET https://x.test/a?k=${value}`,
          { cause: Object.assign(new Error(`connect to ${value}`), { code: 'ENOTFOUND' }) },
        );
        const plain = new Error(`failed for https://x.test/path?api_key=${value}#${value}`);
        for (const provider of vendors) {
          for (const thrown of [axiosLike, nodeFetch, plain]) {
            const error = normalizeThrown(provider, thrown);
            const failure = new KycFailure(error);
            const text = [
              JSON.stringify(error),
              inspect(error),
              failure.message,
              String(failure.stack),
              inspect(failure),
            ].join('\n');
            expect(text).not.toContain(value);
          }
        }
      }),
      { numRuns: 50 },
    );
  });

  it('a code field holding personal data is never kept as the code', () => {
    const email = 'ada.obi@example.ng';
    for (const provider of vendors) {
      for (const body of [
        { code: email, error: 'x' },
        { identifier: email, message: 'x' },
        { result: email },
        { ResultCode: email, ResultText: 'x' },
      ]) {
        const error = normalize(provider, { status: 400, body });
        expect(error.code).toBeNull();
        expect(JSON.stringify(error)).not.toContain(email);
        const outcome = provider.outcome(body);
        expect(JSON.stringify(outcome.isOk() ? outcome.value : outcome.error)).not.toContain(email);
      }
    }
  });

  it('vendorMessages: false drops the vendor text altogether', () => {
    for (const provider of vendors) {
      for (const body of bodiesFor(provider, 'Ada Obi was not found')) {
        const error = normalize(provider, { status: 400, body }, { vendorMessages: false });
        expect(error.vendorMessage).toBeUndefined();
        expect(JSON.stringify(error)).not.toContain('Ada');
      }
    }
  });
});
