import { readHeader } from '@kyc-errors/core';
import { describe, expect, it } from 'vitest';

describe('readHeader', () => {
  it.each([
    ['plain object, canonical case', { 'Retry-After': '7' }],
    ['plain object, lower case', { 'retry-after': '7' }],
    ['plain object, upper case', { 'RETRY-AFTER': '7' }],
    ['array value (Node raw)', { 'retry-after': ['7', '9'] }],
    ['number value', { 'retry-after': 7 }],
    ['Headers', new Headers({ 'Retry-After': '7' })],
    ['Map, mixed case', new Map([['Retry-After', '7']])],
    ['Map with array', new Map([['retry-after', ['7']]])],
    ['object without prototype', Object.assign(Object.create(null), { 'Retry-After': '7' })],
    [
      'get()-style container (AxiosHeaders)',
      { get: (name: string) => (name === 'retry-after' ? '7' : undefined) },
    ],
  ])('%s', (_, headers) => {
    expect(readHeader(headers, 'Retry-After')).toBe('7');
  });

  it.each([
    ['missing', {}],
    ['null', null],
    ['a string', 'retry-after: 7'],
    ['a number', 42],
    ['null value', { 'retry-after': null }],
    ['object value', { 'retry-after': { toString: () => '7' } }],
    ['NaN', { 'retry-after': Number.NaN }],
  ])('answers undefined for %s', (_, headers) => {
    expect(readHeader(headers, 'retry-after')).toBeUndefined();
  });

  it('survives a throwing getter and a throwing proxy', () => {
    const getter = Object.defineProperty({}, 'retry-after', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('boom');
        },
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(readHeader(getter, 'retry-after')).toBeUndefined();
    expect(readHeader(proxy, 'retry-after')).toBeUndefined();
  });
});
