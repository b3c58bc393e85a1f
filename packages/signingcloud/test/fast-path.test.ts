import { decodeWith, stringCode } from '@kyc-errors/core/provider-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResultField } from '../src/payload.js';
import { readResult } from '../src/read.js';
import { SIGNINGCLOUD_CODE } from '../src/rules.js';

/** The envelope read through the codec and the grammar alone: what the fast path must equal. */
function byCodec(body: { result?: unknown }) {
  const decoded = decodeWith(ResultField, Object.hasOwn(body, 'result') ? body.result : undefined);
  if (decoded.isErr()) return { failed: true };
  const result = Number(decoded.value);
  return { code: stringCode(result, SIGNINGCLOUD_CODE), failed: result !== 0 };
}

// `result` as SigningCloud sends it, and as a proxy or a hostile body may.
const result = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom('6', ' 6 ', '06', '-1', '0', '', '6.0', '__proto__', '99999999999'),
  fc.string({ maxLength: 12 }),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 2 }),
);

describe('fast path equals codec', () => {
  it('readResult answers every envelope as the codec and the grammar would', () => {
    fc.assert(
      fc.property(fc.record({ result }, { requiredKeys: [] }), (body) => {
        expect(readResult(body, 200)).toEqual(byCodec(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('a catalogued result reads as the catalog spells it', () => {
    expect(readResult({ result: 6 }, 200)).toEqual({ code: '6', failed: true });
    expect(readResult({ result: '06' }, 200)).toEqual({ code: '6', failed: true });
    expect(readResult({ result: 0 }, 200)).toEqual({ code: '0', failed: false });
  });
});
