import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiTokens, keepWords, tokens } from '../src/keep-words.js';
import { COMMON_WORDS } from '../src/words.js';

describe('keepWords', () => {
  it('the ASCII fast path cuts a text exactly as the Unicode path does', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'No',
        'record',
        'for',
        'Ada',
        'OBI',
        '429',
        '0803',
        'x1',
        '@',
        '.',
        ' ',
        '  ',
      ),
      fc.constantFrom('[', ']', '(', ')', "'", '"', '-', '_', '/', '?', '=', '&', '\t', '\n'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(asciiTokens(text)).toEqual(tokens(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps known words and short stand-alone numbers, and nothing else', () => {
    expect(keepWords('HTTP 429 for Ada Obi at +234 803 555', COMMON_WORDS, new Set())).toBe(
      'HTTP 429 for [redacted] at +[redacted]',
    );
  });
});
