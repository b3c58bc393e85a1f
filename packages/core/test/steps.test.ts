import { normalize } from '@kyc-errors/core';
import { boundedMemo, defineProvider, type EntrySpec } from '@kyc-errors/core/provider-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchMessage } from '../src/messages.js';
import { STEPS } from '../src/steps.js';
import { acme } from './fixtures/acme.js';

describe('the order of recognition', () => {
  it('is the named list, most specific first', () => {
    expect(STEPS.map(([, step]) => step.name)).toEqual([
      'refiningMessage',
      'exactCode',
      'codeFamily',
      'documentedMessage',
      'vendorStatus',
      'genericStatus',
    ]);
    expect(STEPS.map(([name]) => name)).toEqual([
      'message',
      'code',
      'family',
      'message',
      'status',
      'status',
    ]);
  });

  // One provider where every step has something to say about the same failure, so each
  // test removes the more specific clue and sees the next step answer.
  const CATALOG = [
    {
      code: 'CATCH_ALL',
      kind: 'error',
      category: 'validation',
      reason: 'CATCH_ALL',
      message: 'm',
      remedy: 'r',
    },
    {
      code: 'REFINED',
      kind: 'error',
      category: 'validation',
      reason: 'REFINED',
      message: 'm',
      remedy: 'r',
      native: false,
    },
    { code: 'A100', kind: 'error', category: 'auth', reason: 'EXACT', message: 'm', remedy: 'r' },
    {
      code: 'BY_TEXT',
      kind: 'error',
      category: 'account',
      reason: 'BY_TEXT',
      message: 'm',
      remedy: 'r',
      native: false,
    },
    {
      code: 'BY_STATUS',
      kind: 'error',
      category: 'rate-limit',
      reason: 'BY_STATUS',
      message: 'm',
      remedy: 'r',
      native: false,
    },
  ] as const satisfies readonly EntrySpec[];
  const ladder = defineProvider({
    id: 'ladder',
    name: 'Ladder',
    catalog: CATALOG,
    read: (b) => b as { code?: string; text?: string },
    family: (code) => (code.startsWith('A1') ? 'A100' : undefined),
    messages: [
      { pattern: /^refine me$/, code: 'REFINED', refines: ['CATCH_ALL'] },
      { pattern: /^known text$/, code: 'BY_TEXT' },
    ],
    statuses: { 429: 'BY_STATUS' },
  });

  it.each([
    [
      'checks a catch-all code refined by its message before the exact code',
      { code: 'CATCH_ALL', text: 'refine me' },
      'REFINED',
      'message',
    ],
    [
      'checks the exact code before its family',
      { code: 'A100', text: 'known text' },
      'EXACT',
      'code',
    ],
    [
      'checks the family before a documented message',
      { code: 'A199', text: 'known text' },
      'EXACT',
      'family',
    ],
    [
      'checks a documented message before the vendor status',
      { text: 'known text' },
      'BY_TEXT',
      'message',
    ],
    [
      'checks the vendor status before the generic status',
      { text: 'other' },
      'BY_STATUS',
      'status',
    ],
  ])('%s', (_, body, reason, matchedBy) => {
    expect(normalize(ladder, { status: 429, body })).toMatchObject({ reason, matchedBy });
  });

  it('falls to the generic status, then to unknown', () => {
    expect(normalize(ladder, { status: 503, body: { text: 'other' } })).toMatchObject({
      reason: 'SERVICE_UNAVAILABLE',
      matchedBy: 'status',
    });
    expect(normalize(ladder, { body: { text: 'other' } })).toMatchObject({
      category: 'unknown',
      matchedBy: 'none',
    });
  });
});

describe('boundedMemo', () => {
  it('cached equals uncached, whatever the order and repetition of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 500 }), (keys) => {
        const memo = boundedMemo<string, number>(8);
        for (const key of keys) {
          const known = memo.get(String(key));
          if (known !== undefined) expect(known).toBe(key * 2);
          else memo.set(String(key), key * 2);
        }
      }),
    );
  });

  it('keeps at most two generations: old entries go, hot ones survive a turnover', () => {
    const memo = boundedMemo<string, string>(2);
    memo.set('1', 'a');
    memo.set('2', 'b');
    memo.set('3', 'c'); // 1 and 2 are now the old generation
    expect(memo.get('1')).toBe('a'); // promoted
    memo.set('4', 'd');
    memo.set('5', 'e'); // a turnover drops 2
    expect(memo.get('2')).toBeUndefined();
    expect(memo.get('1')).toBe('a');
  });

  it('counts a key set twice once', () => {
    const memo = boundedMemo<string, string>(2);
    memo.set('a', '1');
    memo.set('a', '2');
    memo.set('b', '3'); // still the young generation: two keys
    memo.set('c', '4'); // the turnover: a and b are old, and promoted when asked for
    expect(memo.get('a')).toBe('2');
    expect(memo.get('b')).toBe('3');
  });

  it('answers nothing for a key it was not given, prototype names included', () => {
    const memo = boundedMemo<string, string>(4);
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(memo.get(key)).toBeUndefined();
    }
    memo.set('__proto__', 'x');
    memo.set('constructor', 'y');
    expect(memo.get('__proto__')).toBe('x');
    expect(memo.get('constructor')).toBe('y');
    expect(memo.get('toString')).toBeUndefined();
    expect(({} as { x?: unknown }).x).toBeUndefined(); // nothing leaked onto Object.prototype
  });
});

describe('memoized message matching', () => {
  it('answers as the uncached matcher does, for any text and status', () => {
    const rules = acme.definition.messages ?? [];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            'Partner reached token limit',
            'Partner reached token limit today',
            "Field 'country' must be a valid ISO 3166-1 alpha-2 code",
            'partner reached token limit',
            '',
          ),
        ),
        fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }),
        (text, status) => {
          const viaNormalize = normalize(acme, { status, body: { msg: text } });
          const direct = matchMessage(rules, text, status);
          // No code in the body: the documented-message step decides exactly when the
          // uncached matcher finds a rule.
          expect(viaNormalize.matchedBy === 'message').toBe(direct !== undefined);
          if (direct !== undefined) {
            expect(viaNormalize.reason).toBe(acme.lookup(direct.code)?.reason);
          }
          // Twice: the second answer comes from the memo.
          expect(normalize(acme, { status, body: { msg: text } })).toEqual(viaNormalize);
        },
      ),
    );
  });
});
