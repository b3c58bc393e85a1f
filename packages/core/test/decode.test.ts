import { decodeWith } from '@kyc-errors/core/provider-kit';
import fc from 'fast-check';
import { isRight } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';

// decodeWith reads io-ts' result by its `_tag` instead of through fp-ts (which cannot be
// imported at run time under Node ESM): it must say exactly what fp-ts says.
const CODECS = {
  'a required string': t.type({ code: t.string }),
  'an optional union': t.partial({ code: t.union([t.string, t.number]), text: t.string }),
  'a list of strings': t.readonlyArray(t.string),
  'an integer': t.Int,
} as const;

describe('fast path equals codec', () => {
  it.each(Object.entries(CODECS))('decodeWith agrees with fp-ts on %s', (_, codec) => {
    const input = fc.oneof(
      fc.anything(),
      fc.record({ code: fc.oneof(fc.string(), fc.integer()), text: fc.anything() }),
    );
    fc.assert(
      fc.property(input, (value) => {
        const decoder = codec as t.Decoder<unknown, unknown>;
        const ours = decodeWith(decoder, value);
        const theirs = decoder.decode(value);
        expect(ours.isOk()).toBe(isRight(theirs));
        if (ours.isOk() && isRight(theirs)) expect(ours.value).toEqual(theirs.right);
      }),
      { numRuns: 500 },
    );
  });
});
