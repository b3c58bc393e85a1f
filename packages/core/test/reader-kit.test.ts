import {
  codeByText,
  codesWhere,
  collectTags,
  firstText,
  MAX_SCAN,
  MAX_TAGS,
  stringCode,
} from '@kyc-errors/core/provider-kit';
import fc from 'fast-check';
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
