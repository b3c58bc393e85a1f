import {
  codeByText,
  codesWhere,
  collectTags,
  decodeFields,
  decodeWith,
  firstText,
  MAX_SCAN,
  MAX_TAGS,
  stringCode,
} from '@kyc-errors/core/provider-kit';
import fc from 'fast-check';
import * as t from 'io-ts';
import { describe, expect, it } from 'vitest';
import { ACME_CATALOG } from './fixtures/acme.js';

describe('stringCode', () => {
  it.each([
    [6, undefined, '6'],
    ['2205', undefined, '2205'],
    [-1, undefined, '-1'],
    [1.5, undefined, undefined],
    [Number.MAX_SAFE_INTEGER + 2, undefined, undefined],
    ['', undefined, undefined],
    [null, undefined, undefined],
    ['2205', /^\d{4}$/, '2205'],
    [2205, /^\d{4}$/, '2205'],
    ['__proto__', /^\d{4}$/, undefined],
    [12345, /^\d{4}$/, undefined],
  ])('%j with grammar %s is %j', (value, grammar, expected) => {
    expect(stringCode(value, grammar)).toBe(expected);
  });

  it('answers a known code without the grammar, and anything else as before', () => {
    const grammar = /^\d{4}$/;
    const known = new Set(['2205']);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.constant('2205')), (value) => {
        expect(stringCode(value, grammar, known)).toBe(stringCode(value, grammar));
      }),
    );
    // The grammar is not run for a known code (which the caller vouches is in it).
    const never = { test: () => expect.unreachable('the grammar ran') } as unknown as RegExp;
    expect(stringCode('2205', never, known)).toBe('2205');
  });
});

describe('firstText', () => {
  it('takes the first non-empty string, a list counting as its first non-empty element', () => {
    expect(firstText(undefined, '', 5, ['', 7, 'Field is required'], 'later')).toBe(
      'Field is required',
    );
    expect(firstText('', [], null)).toBeUndefined();
  });

  it(`looks at no more than ${MAX_SCAN} elements of a list`, () => {
    const list = [...Array.from({ length: MAX_SCAN }, () => ''), 'too far'];
    expect(firstText(list)).toBeUndefined();
    expect(firstText(list.slice(1))).toBe('too far');
  });
});

describe('collectTags', () => {
  it('keeps each tag once, in order, across lists, skipping what is not a list', () => {
    expect(collectTags([['A', 'B'], null, ['B', 'C', 3]])).toEqual(['A', 'B', 'C']);
    expect(collectTags([[], 'A'])).toBeUndefined();
  });

  it('maps elements with toTag and skips the ones it refuses', () => {
    const toTag = (x: unknown) => (typeof x === 'number' ? `N${x}` : undefined);
    expect(collectTags([[1, 'x', 2]], toTag)).toEqual(['N1', 'N2']);
  });

  it(`never returns more than MAX_TAGS (${MAX_TAGS}) tags, however many lists and elements`, () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 })), (lists) => {
        const tags = collectTags(lists) ?? [];
        expect(tags.length).toBeLessThanOrEqual(MAX_TAGS);
        expect(new Set(tags).size).toBe(tags.length);
      }),
    );
  });
});

describe('decodeFields', () => {
  const Body = t.partial({
    code: t.union([t.string, t.number]),
    text: t.string,
    tags: t.array(t.string),
  });

  it('keeps the fields that decode and drops the malformed one', () => {
    expect(decodeFields(Body, { code: 7, text: ['not', 'a', 'string'], tags: ['A'] })).toEqual({
      code: 7,
      tags: ['A'],
    });
    expect(decodeFields(Body, 'a string')).toBeUndefined();
  });

  it('reads own properties only', () => {
    const body = Object.create({ text: 'inherited' }) as Record<string, unknown>;
    body.code = '1';
    expect(decodeFields(Body, body)).toEqual({ code: '1' });
  });

  it('reads each field once, and nothing of a body that throws or is a revoked proxy', () => {
    let reads = 0;
    const counted = Object.defineProperty({ text: 'hello' }, 'code', {
      enumerable: true,
      get: () => {
        reads += 1;
        return reads === 1 ? 'A1' : 99;
      },
    });
    expect(decodeFields(Body, counted)).toEqual({ code: 'A1', text: 'hello' });
    expect(reads).toBe(1);
    const throwing = Object.defineProperty({}, 'code', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    expect(decodeFields(Body, throwing)).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({ code: '1' }, {});
    revoke();
    expect(decodeFields(Body, proxy)).toBeUndefined();
  });

  it('answers what the whole codec decodes wherever the codec accepts the object', () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.constant(null));
    const body = fc.record({ code: field, text: field, tags: field }, { requiredKeys: [] });
    fc.assert(
      fc.property(body, (b) => {
        const whole = decodeWith(Body, b);
        fc.pre(whole.isOk());
        expect(decodeFields(Body, b)).toEqual(whole._unsafeUnwrap());
      }),
    );
  });
});

describe('decodeFields, field by field', () => {
  // A custom Type that converts: its guard accepts a number, its decoder reads a string.
  const NumberFromText = new t.Type<number, string, unknown>(
    'NumberFromText',
    (u): u is number => typeof u === 'number',
    (u, c) =>
      typeof u === 'string' && /^\d{1,6}$/.test(u) ? t.success(Number(u)) : t.failure(u, c),
    String,
  );
  const Short = t.refinement(t.string, (s) => s.length < 4, 'Short');
  const props = {
    s: t.string,
    n: t.number,
    b: t.boolean,
    lit: t.literal('approved'),
    key: t.keyof({ a: null, b: null }),
    either: t.union([t.string, t.null]),
    short: Short,
    anything: t.unknown,
    nested: t.type({ x: t.string }),
    exact: t.exact(t.type({ x: t.string })),
    converted: NumberFromText,
    mixed: t.union([t.string, NumberFromText]),
  };
  const Body = t.partial(props);

  it('gives each field what its own codec decodes, or leaves it out', () => {
    const value = fc.oneof(
      fc.anything(),
      fc.constantFrom('approved', 'a', 'b', '12', 'abcd', { x: 'y', extra: 1 }),
    );
    const keys = Object.keys(props) as (keyof typeof props)[];
    const body = fc.dictionary(fc.constantFrom(...keys), value);
    fc.assert(
      fc.property(body, (b) => {
        const out = decodeFields(Body, b) ?? {};
        for (const key of keys) {
          const alone = Object.hasOwn(b, key) ? decodeWith(props[key], b[key]) : undefined;
          if (alone?.isOk()) expect(out[key]).toStrictEqual(alone.value);
          else expect(Object.hasOwn(out, key)).toBe(false);
        }
      }),
    );
  });

  it('hands back the value itself where the codec does, and a decoded copy where it strips', () => {
    const nested = { x: 'y', extra: 1 };
    const out = decodeFields(Body, { anything: nested, nested, exact: nested });
    expect(out?.anything).toBe(nested);
    expect(out?.nested).toBe(nested);
    expect(out?.exact).toEqual({ x: 'y' });
  });

  it('decodes, not guards, every codec made from a primitive', () => {
    // io-ts-types' withValidate copies a codec and replaces its decoder: same tag, same guard.
    const trimmed = Object.assign(Object.create(Object.getPrototypeOf(t.string)), t.string, {
      validate: (u: unknown, c: t.Context) =>
        typeof u === 'string' ? t.success(u.trim()) : t.failure(u, c),
    }) as t.StringC;
    trimmed.decode = (u) => trimmed.validate(u, [{ key: '', type: trimmed, actual: u }]);
    const throwing = t.refinement(t.unknown, (u) => (u as string).length < 5, 'Throws');
    const Odd = t.partial({ zero: t.literal(0), code: trimmed, checked: throwing, kept: t.string });
    // The literal's decoder answers 0 for -0; the throwing refinement loses its field only.
    const out = decodeFields(Odd, { zero: -0, code: '  E1  ', checked: null, kept: 'k' });
    expect(out).toEqual({ zero: 0, code: 'E1', kept: 'k' });
    expect(Object.is(out?.zero, 0)).toBe(true);
  });
});

describe('codes over the catalog', () => {
  it('codesWhere gives the codes of the entries that pass', () => {
    expect([...codesWhere(ACME_CATALOG, (e) => e.kind === 'outcome')]).toEqual(['R1', 'R2', 'R3']);
    expect(codesWhere(ACME_CATALOG, (e) => e.kind === 'outcome').has('toString')).toBe(false);
  });

  it('codeByText maps each documented text to its code', () => {
    const byText = codeByText(ACME_CATALOG, (e) => e.kind === 'error');
    expect(byText.get('Bad key')).toBe('E401');
    expect(byText.get('System Error')).toBe('E0001');
    expect(byText.has('Pass')).toBe(false);
  });
});
