import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorByCodec, readError } from '../src/read.js';

// Values a key of an error body may hold: the documented strings, and what a framework or an
// attacker may put there instead.
const value = fc.oneof(
  fc.constantFrom('BAD_VALUE', 'MISSING_VALUE', 'APPROVED', ''),
  fc.string({ maxLength: 20 }),
  fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  fc.integer(),
  fc.constant(null),
);

const body = fc.record(
  { identifier: value, message: value, detail: value, error: value },
  { requiredKeys: [] },
);

describe('fast path equals codec', () => {
  it('readError answers every generated error body as the io-ts codecs do', () => {
    fc.assert(
      fc.property(body, (b) => {
        expect(readError(b)).toEqual(errorByCodec(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('the documented shape takes the fast path and still agrees', () => {
    const b = { identifier: 'BAD_VALUE', message: "Field 'country' must be a valid code." };
    expect(readError(b)).toEqual({
      code: 'BAD_VALUE',
      text: "Field 'country' must be a valid code.",
    });
    expect(readError(b)).toEqual(errorByCodec(b));
  });
});
