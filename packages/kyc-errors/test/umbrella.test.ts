import * as core from '@kyc-errors/core';
import {
  createDefaultRegistry,
  defineProvider,
  normalize,
  normalizeThrown,
  providers,
  registry,
  smileId,
} from 'kyc-errors';
import { describe, expect, it } from 'vitest';

describe('kyc-errors (umbrella)', () => {
  it('normalize takes a provider id or a provider, with the same answer', () => {
    const failure = {
      status: 401,
      body: { code: '2205', error: 'You are not authorized to do that' },
    };
    expect(normalize('smile-id', failure)).toEqual(core.normalize(smileId, failure));
    expect(normalize(smileId, failure)).toEqual(core.normalize(smileId, failure));
    expect(
      normalize('idenfy', { status: 429, body: { identifier: 'TOO_MANY_REQUESTS', message: 'x' } })
        .category,
    ).toBe('rate-limit');
    expect(normalize('signingcloud', { status: 200, body: { result: 6 } }).retry.action).toBe(
      'refresh-credentials',
    );
  });

  it('an unknown id is an unknown error, never a throw', () => {
    expect(normalize('acme', { status: 500 })).toMatchObject({
      provider: 'acme',
      reason: 'UNKNOWN_PROVIDER',
    });
    expect(normalize('__proto__', { status: 500 }).reason).toBe('UNKNOWN_PROVIDER');
    expect(normalizeThrown('nope', new Error('x')).reason).toBe('UNKNOWN_PROVIDER');
  });

  it('normalizeThrown takes an id', () => {
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    expect(normalizeThrown('idenfy', refused)).toMatchObject({
      provider: 'idenfy',
      delivery: 'not-sent',
    });
  });

  it('providers registered on the shared registry are reachable by id', () => {
    const acme = defineProvider({
      id: 'acme-umbrella-test',
      name: 'Acme',
      catalog: [
        {
          code: 'E1',
          kind: 'error',
          category: 'auth',
          reason: 'BAD_KEY',
          message: 'm',
          remedy: 'r',
        },
      ] as const,
      read: (b) =>
        typeof b === 'object' && b !== null && 'err' in b
          ? { code: String((b as { err: unknown }).err) }
          : undefined,
    });
    registry.register(acme);
    expect(normalize('acme-umbrella-test', { status: 401, body: { err: 'E1' } }).reason).toBe(
      'BAD_KEY',
    );
    // A fresh default registry does not see it.
    expect(createDefaultRegistry().get('acme-umbrella-test')).toBeUndefined();
  });

  it('ships the three vendors', () => {
    expect(Object.keys(providers)).toEqual(['smile-id', 'idenfy', 'signingcloud']);
    expect(registry.ids().slice(0, 3)).toEqual(['smile-id', 'idenfy', 'signingcloud']);
  });
});
