import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detailsSignal, readError } from '../src/read.js';

// A DocuSign error body (`{"errorCode", "message"}`) and the variations a client or a proxy
// may make of it: codes in any case or outside the grammar, a missing or odd message, extra
// keys, an errorDetails object beside it.
const text = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom('', 'The maximum number of hourly API invocations has been exceeded.'),
);
const code = fc.oneof(
  fc.constantFrom(
    'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
    'Hourly_Envelope_Polling_Limit_Exceeded',
    'envelope_does_not_exist',
    '__proto__',
    '',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 79, maxLength: 82 }),
);
const body = fc.record(
  {
    errorCode: fc.oneof(code, fc.integer(), fc.constant(null)),
    message: fc.oneof(text, fc.integer(), fc.constant(null), fc.constant(['a list'])),
    errorDetails: fc.record({ errorCode: code, message: text }, { requiredKeys: [] }),
    envelopeId: fc.uuid(),
  },
  { requiredKeys: ['errorCode'] },
);

describe('fast path equals codec', () => {
  it('readError reads every body as the codec does', () => {
    fc.assert(
      fc.property(body, (b) => {
        const byCodec = detailsSignal(b) ?? detailsSignal(b.errorDetails);
        expect(readError(b)).toEqual(byCodec);
      }),
      { numRuns: 2000 },
    );
  });

  it('the common shape takes the fast path: a string code and message', () => {
    const b = {
      errorCode: 'ENVELOPE_DOES_NOT_EXIST',
      message: 'The envelope specified either does not exist.',
    };
    expect(readError(b)).toEqual({
      code: 'ENVELOPE_DOES_NOT_EXIST',
      text: 'The envelope specified either does not exist.',
      failed: true,
    });
    expect(readError(b)).toEqual(detailsSignal(b));
  });
});
