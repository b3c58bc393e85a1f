import { decodeFields } from '@kyc-errors/core/provider-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorObject } from '../src/payload.js';
import { errorFields, readError } from '../src/read.js';

// A Stripe error object (`{"type", "code", "message", "param", …}`), and every variation a
// client or a proxy may make of it: numbers, nulls, lists and objects where strings belong,
// keys left out, keys the codec does not know.
const text = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom('', 'invalid_request_error', 'lock_timeout', 'api_error', 'type'),
);
const odd = fc.oneof(
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.array(text, { maxLength: 2 }),
  fc.dictionary(text, text, { maxKeys: 2 }),
);
const field = fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: odd });
const errorObject = fc.record(
  { type: field, code: field, message: field, param: field, doc_url: field, decline_code: field },
  { requiredKeys: [] },
);

describe('fast path equals codec', () => {
  it('errorFields reads every error object as the codec does, field by field', () => {
    fc.assert(
      fc.property(errorObject, (object) => {
        expect(errorFields(object)).toEqual(decodeFields(ErrorObject, object));
      }),
      { numRuns: 3000 },
    );
  });

  it('and so does the whole reader, wrapped or bare', () => {
    fc.assert(
      fc.property(errorObject, (object) => {
        const byCodec = decodeFields(ErrorObject, object);
        const wrapped = readError({ error: object });
        expect(wrapped?.text).toBe(byCodec?.message?.trim() || undefined);
        expect(wrapped?.field).toBe(byCodec?.param?.trim() || undefined);
        expect(wrapped?.failed).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('an unreadable object gives nothing, as the codec: a throwing getter, a revoked proxy', () => {
    const throwing = Object.defineProperty({ type: 'api_error' }, 'message', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    const { proxy, revoke } = Proxy.revocable({ type: 'api_error' }, {});
    revoke();
    for (const object of [throwing, proxy]) {
      expect(errorFields(object)).toBeUndefined();
      expect(decodeFields(ErrorObject, object)).toBeUndefined();
    }
  });

  it('the common shape takes the fast path: strings only, nothing else decoded', () => {
    const object = {
      type: 'invalid_request_error',
      code: 'parameter_missing',
      message: 'Missing required param: type.',
      param: 'type',
    };
    expect(errorFields(object)).toEqual(object);
    expect(errorFields(object)).toEqual(decodeFields(ErrorObject, object));
    expect(errorFields({ ...object, code: 7 })).toEqual({
      type: object.type,
      message: object.message,
      param: 'type',
    });
  });
});
