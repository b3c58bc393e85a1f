import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSmileId, v1Signal } from '../src/read.js';

// A v1 error body as Smile ID sends it (`{"code":"2205","error":"..."}`), and every variation
// a client or a proxy may make of it: numeric codes, a message beside or instead of the error,
// a success flag, odd types.
const text = fc.oneof(fc.string({ maxLength: 24 }), fc.constantFrom('', 'Invalid job_id'));
const v1Body = fc.record(
  {
    code: fc.oneof(
      fc.constantFrom('2205', '2215', '0001'),
      fc.string({ maxLength: 6 }),
      fc.nat(9999),
    ),
    error: fc.oneof(text, fc.integer(), fc.constant(null)),
    message: fc.oneof(text, fc.integer()),
    success: fc.oneof(fc.boolean(), fc.constant('false')),
  },
  { requiredKeys: ['code'] },
);

describe('fast path equals codec', () => {
  it('readSmileId reads every v1 body the codec accepts as the codec does', () => {
    fc.assert(
      fc.property(v1Body, (body) => {
        const byCodec = v1Signal(body);
        fc.pre(byCodec !== undefined);
        expect(readSmileId(body)).toEqual(byCodec);
      }),
      { numRuns: 2000 },
    );
  });

  it('the common shape takes the fast path: a string code and error, nothing else', () => {
    const body = { code: '2205', error: 'You are not authorized to do that' };
    expect(readSmileId(body)).toEqual({ code: '2205', text: 'You are not authorized to do that' });
    expect(readSmileId(body)).toEqual(v1Signal(body));
  });
});
